package io.cutroom.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The projects opened last, newest first, kept in {@code cutroom/recent-projects} (one absolute
 * path a line) under {@code $XDG_CONFIG_HOME}, else {@code ~/.config}.
 */
public final class RecentProjects {

    /** How many are remembered. */
    public static final int LIMIT = 10;

    private final Path file;

    public RecentProjects(Path file) {
        this.file = file;
    }

    /** The list of the user running the editor. */
    public static RecentProjects standard() {
        return new RecentProjects(defaultFile(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    static Path defaultFile(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve("cutroom").resolve("recent-projects");
    }

    public Path file() {
        return file;
    }

    /** The list, newest first; empty when there is none yet. */
    public List<Path> load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && out.size() < LIMIT) {
                try {
                    out.add(Path.of(line.strip()));
                } catch (java.nio.file.InvalidPathException e) {
                    // a line no path can be made of is left out
                }
            }
        }
        return List.copyOf(out);
    }

    /** Puts {@code project} first (once) and saves; returns the new list. */
    public List<Path> add(Path project) throws IOException {
        Path p = project.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(load());
        list.remove(p);
        list.add(0, p);
        return save(list.subList(0, Math.min(LIMIT, list.size())));
    }

    /** Takes {@code project} off the list and saves; returns the new list. */
    public List<Path> remove(Path project) throws IOException {
        List<Path> list = new ArrayList<>(load());
        list.remove(project.toAbsolutePath().normalize());
        return save(list);
    }

    /** Empties the list. */
    public List<Path> clear() throws IOException {
        return save(List.of());
    }

    private List<Path> save(List<Path> list) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".recent-projects", ".tmp");
        try {
            StringBuilder sb = new StringBuilder();
            list.forEach(p -> sb.append(p).append('\n'));
            Files.writeString(temp, sb, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return List.copyOf(list);
    }
}
