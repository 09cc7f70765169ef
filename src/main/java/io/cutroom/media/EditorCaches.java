package io.cutroom.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The editor's caches on disk, {@link Thumbnails#defaultFolder()} and
 * {@link Waveforms#defaultFolder()}: how much they hold and emptying them (for {@code cutroom
 * cache}). Both only ever save time: an emptied cache is filled again as the editor needs it.
 */
public final class EditorCaches {

    /** Files and bytes in a cache folder. */
    public record Usage(long files, long bytes) {

        Usage plus(Usage other) {
            return new Usage(files + other.files, bytes + other.bytes);
        }
    }

    private EditorCaches() {
    }

    /** The thumbnails folder and the waveforms folder, under {@link ProbeCache#cacheRoot()}. */
    public static List<Path> folders() {
        return List.of(Thumbnails.defaultFolder(), Waveforms.defaultFolder());
    }

    /** What {@code folder} holds; nothing when it does not exist. */
    public static Usage usage(Path folder) throws IOException {
        Usage usage = new Usage(0, 0);
        for (Path file : files(folder)) {
            usage = usage.plus(new Usage(1, Files.size(file)));
        }
        return usage;
    }

    /** Deletes the files in {@code folder} (the folder stays) and says what they were. */
    public static Usage clean(Path folder) throws IOException {
        Usage removed = new Usage(0, 0);
        for (Path file : files(folder)) {
            long size = Files.size(file);
            if (Files.deleteIfExists(file)) {
                removed = removed.plus(new Usage(1, size));
            }
        }
        return removed;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }
}
