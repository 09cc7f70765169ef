package io.cutroom.ui.safety;

import io.cutroom.timeline.Edits;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MediaScanner;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * File › Relink Missing Media…: the project's offline files, a folder searched (with its
 * subfolders) for files of the same names, what was found for each, and the relink applied as one
 * undoable edit ({@link Edits#relink}). When several files carry the name, the one whose folders
 * match the missing path's most closely is taken ({@code clips/a.mp4} prefers {@code …/clips/a.mp4}).
 */
public final class RelinkViewModel {

    /**
     * What the search found for one missing file.
     *
     * @param found the file to use, or null when none was found
     * @param candidates how many files of that name the folder holds
     */
    public record Match(Path missing, Path found, int candidates) {

        /** {@code a.mp4 → /new/place/clips/a.mp4 (1 of 2 of that name)}, or {@code a.mp4: not found}. */
        public String describe() {
            String name = missing.getFileName().toString();
            if (found == null) {
                return name + ": not found";
            }
            return name + " → " + found + (candidates > 1 ? " (the closest of " + candidates + " of that name)" : "");
        }
    }

    private final EditorViewModel editor;
    private final TaskExecutor tasks;
    private final MediaScanner scanner;
    private final ReadOnlyObjectWrapper<List<Match>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private int searches;

    /** @param scanner probes the files found, so the timeline knows their lengths at once */
    public RelinkViewModel(EditorViewModel editor, TaskExecutor tasks, MediaScanner scanner) {
        this.editor = editor;
        this.tasks = tasks;
        this.scanner = scanner;
    }

    /** One row per missing file: what was found for it (nothing before a search). */
    public ReadOnlyObjectProperty<List<Match>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** Where the search is, what it found, or what the relink did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The folder searched last, or null. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Lists the project's offline files, nothing found for them yet. */
    public void show() {
        searches++;
        folder.set(null);
        List<Path> missing = missing();
        matches.set(missing.stream().map(m -> new Match(m, null, 0)).toList());
        message.set(missing.isEmpty() ? "No media is offline: every file the project names is on disk."
                : plural(missing.size(), "media file") + " offline. Choose a folder to search, with its subfolders.");
    }

    /** Searches {@code where} and its subfolders, in the background, for the offline files by name. */
    public void search(Path where) {
        List<Path> missing = missing();
        if (missing.isEmpty()) {
            show();
            return;
        }
        int search = ++searches;
        Path abs = where.toAbsolutePath().normalize();
        folder.set(abs);
        message.set("Searching " + abs + " …");
        tasks.execute(() -> find(missing, abs), found -> {
            if (search != searches) {
                return;
            }
            matches.set(found);
            long n = found.stream().filter(m -> m.found() != null).count();
            message.set("Found " + n + " of " + missing.size() + " in " + abs
                    + (n == 0 ? "" : ". Relink applies them as one edit (Edit › Undo takes it back)."));
        }, failure -> {
            if (search == searches) {
                message.set("Cannot search " + abs + ": " + failure.getMessage());
            }
        });
    }

    /** Points the project at the files found, as one undoable edit; their lengths are probed first. */
    public void relink() {
        Map<Path, Path> moves = new LinkedHashMap<>();
        matches.get().stream().filter(m -> m.found() != null).forEach(m -> moves.put(m.missing(), m.found()));
        if (moves.isEmpty()) {
            message.set("Nothing to relink: no offline file was found.");
            return;
        }
        message.set("Reading " + plural(moves.size(), "media file") + " …");
        tasks.execute(() -> scanner.scan(moves.values()), states -> {
            editor.addMedia(states);
            Edits edits = new Edits(editor.projectDir(), SourceDurations.unknown());
            String label = "Relink " + plural(moves.size(), "media file");
            if (editor.apply(label, p -> edits.relink(p, moves))) {
                List<Path> left = missing();
                message.set("Relinked " + plural(moves.size(), "media file")
                        + (left.isEmpty() ? "; no media is offline now." : "; " + left.size() + " still offline."));
                matches.set(matches.get().stream().filter(m -> m.found() == null).toList());
            } else {
                message.set("Nothing changed: " + editor.messageProperty().get());
            }
        }, failure -> message.set("Cannot read the files found: " + failure.getMessage()));
    }

    /** The files the project names that are missing on disk, in path order. */
    private List<Path> missing() {
        if (editor.projectProperty().get() == null) {
            return List.of();
        }
        // relink visits every media path the project names; changing none of them, it just lists them
        Set<Path> named = new HashSet<>();
        new Edits(editor.projectDir(), SourceDurations.unknown()).relink(editor.projectProperty().get(), (Path p) -> {
            named.add(p);
            return null;
        });
        return editor.mediaProperty().get().values().stream().filter(s -> s.status() == SourceState.Status.MISSING)
                .map(SourceState::file).filter(named::contains).sorted().toList();
    }

    /** For each missing file, the best file of its name under {@code folder}. */
    static List<Match> find(List<Path> missing, Path folder) throws IOException {
        Set<String> names = missing.stream().map(m -> m.getFileName().toString()).collect(Collectors.toSet());
        Map<String, List<Path>> byName = new HashMap<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && names.contains(name)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        List<Match> out = new ArrayList<>();
        for (Path m : missing) {
            List<Path> candidates = byName.getOrDefault(m.getFileName().toString(), List.of());
            Path best = candidates.stream()
                    .min(Comparator.comparingInt((Path c) -> -commonTail(m, c)).thenComparing(Path::toString))
                    .orElse(null);
            out.add(new Match(m, best, candidates.size()));
        }
        return out;
    }

    /** How many trailing path elements two paths share: {@code a/clips/x.mp4} and {@code b/clips/x.mp4} share 2. */
    static int commonTail(Path a, Path b) {
        int n = 0;
        while (n < a.getNameCount() && n < b.getNameCount()
                && a.getName(a.getNameCount() - 1 - n).equals(b.getName(b.getNameCount() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
