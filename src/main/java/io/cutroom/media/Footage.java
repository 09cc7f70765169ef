package io.cutroom.media;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.cutroom.model.Provenance;

/**
 * Files chosen for an import, read: folders opened, each clip probed and paired with its
 * {@link ProvenanceSidecars provenance sidecar}, and what cannot be a take said in words. Sidecars
 * of the clips chosen are not clips themselves; project files ({@code *.cutroom.json}) are left out.
 */
public final class Footage {

    /** Probes a file; {@link MediaProbe#probe}. */
    @FunctionalInterface
    public interface Probe {
        MediaInfo probe(Path file) throws MediaException;
    }

    /**
     * One file.
     *
     * @param sidecar its sidecar, or null
     * @param info what probing found, or null when the file cannot be a take
     * @param problem why the file cannot be a take ({@code no picture (sound only); …}, {@code
     *     unreadable sidecar a.json: seed: …}), or null
     */
    public record Item(Path file, ProvenanceSidecars.Sidecar sidecar, MediaInfo info, String problem) {

        /** Where the clip came from, as its sidecar says; {@link Provenance#NONE} without one. */
        public Provenance provenance() {
            return sidecar == null ? Provenance.NONE : sidecar.provenance();
        }
    }

    private static final String PROJECT_FILE = ".cutroom.json";

    private Footage() {
    }

    /**
     * Reads {@code chosen} files and folders ({@link #expand}): each file probed, unless it is a
     * sidecar of another or its own sidecar cannot be read.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static List<Item> read(List<Path> chosen, Probe probe) throws IOException {
        List<Path> files = expand(chosen);
        Set<Path> sidecars = new HashSet<>();
        for (Path f : files) {
            if (!ProvenanceSidecars.isJson(f)) {
                sidecars.addAll(ProvenanceSidecars.candidates(f));
            }
        }
        List<Item> items = new ArrayList<>();
        for (Path f : files) {
            if (sidecars.contains(f) || f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(PROJECT_FILE)) {
                continue;
            }
            items.add(ProvenanceSidecars.isJson(f) ? new Item(f, null, null,
                    "a JSON file that is no clip's sidecar (a sidecar is named CLIP.json or CLIP.mp4.json)")
                    : item(f, probe));
        }
        return items;
    }

    private static Item item(Path file, Probe probe) {
        ProvenanceSidecars.Sidecar sidecar = null;
        Optional<Path> sidecarFile = ProvenanceSidecars.find(file);
        if (sidecarFile.isPresent()) {
            try {
                sidecar = ProvenanceSidecars.read(sidecarFile.get());
            } catch (MediaException e) {
                return new Item(file, null, null, "unreadable sidecar " + sidecarFile.get().getFileName() + ": "
                        + e.reason());
            }
        }
        try {
            MediaInfo info = probe.probe(file);
            return info.hasVideo() ? new Item(file, sidecar, info, null)
                    : new Item(file, sidecar, null, "no picture (sound only); add sound as dialogue or music");
        } catch (MediaException e) {
            return new Item(file, sidecar, null, e.reason());
        }
    }

    /**
     * The files chosen, folders replaced by the files in them (and their subfolders) in name order
     * (ignoring case); hidden files and folders (names starting with '.') inside folders left out.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static List<Path> expand(List<Path> chosen) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : chosen) {
            Path abs = p.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) {
                files.add(abs);
                continue;
            }
            List<Path> inFolder = new ArrayList<>();
            Files.walkFileTree(abs, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(abs) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        inFolder.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            inFolder.sort((a, b) -> abs.relativize(a).toString().compareToIgnoreCase(abs.relativize(b).toString()));
            files.addAll(inFolder);
        }
        return files;
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
