package io.cutroom.render;

import io.cutroom.media.ProbeCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * The folder of rendered scene segments, audio mixes, loudness measurements and encoded audio,
 * each in an entry named by its fingerprint. Entries are reused while their inputs are unchanged
 * and removed least recently used first when the folder grows past its limit.
 *
 * <p>It lives in {@code render/} under Cutroom's cache folder ({@code $CUTROOM_CACHE}, else
 * {@code $XDG_CACHE_HOME/cutroom}, else {@code ~/.cache/cutroom}); the limit is
 * {@code $CUTROOM_CACHE_LIMIT} (such as {@code 500M} or {@code 50G}), 20 GB by default.
 */
public final class RenderCache {

    public static final long DEFAULT_LIMIT = 20_000_000_000L;

    private final Path folder;
    private final long limit;

    public RenderCache(Path folder, long limitBytes) {
        this.folder = folder;
        this.limit = limitBytes;
    }

    /** The cache where the environment says. */
    public static RenderCache standard() throws RenderException {
        String limit = System.getenv("CUTROOM_CACHE_LIMIT");
        return new RenderCache(ProbeCache.cacheRoot().resolve("render"),
                limit == null || limit.isBlank() ? DEFAULT_LIMIT : parseSize(limit, "CUTROOM_CACHE_LIMIT"));
    }

    public Path folder() {
        return folder;
    }

    public long limit() {
        return limit;
    }

    /** What the cache holds. */
    public record Usage(int entries, long bytes) {
    }

    public Usage usage() throws IOException {
        List<Entry> entries = entries();
        return new Usage(entries.size(), entries.stream().mapToLong(Entry::bytes).sum());
    }

    /**
     * Removes the least recently used entries until the cache fits its limit, never one of
     * {@code keep} (the entries of the render that just finished).
     *
     * @return how many bytes were freed
     */
    public long trim(Collection<Path> keep) throws IOException {
        List<Entry> entries = new ArrayList<>(entries());
        long total = entries.stream().mapToLong(Entry::bytes).sum();
        entries.sort(Comparator.comparingLong(Entry::lastUsed));
        long freed = 0;
        for (Entry e : entries) {
            if (total - freed <= limit) {
                break;
            }
            if (!keep.contains(e.path())) {
                FileUtils.deleteDirectory(e.path().toFile());
                freed += e.bytes();
            }
        }
        return freed;
    }

    /** Removes every entry. */
    public Usage clean() throws IOException {
        Usage before = usage();
        for (Entry e : entries()) {
            FileUtils.deleteDirectory(e.path().toFile());
        }
        return before;
    }

    private record Entry(Path path, long bytes, long lastUsed) {
    }

    private List<Entry> entries() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path p : (Iterable<Path>) children::iterator) {
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    entries.add(new Entry(p, FileUtils.sizeOfDirectory(p.toFile()), a.lastModifiedTime().toMillis()));
                }
            }
        }
        return entries;
    }

    /** {@code 500M}, {@code 20G}, {@code 1T} or a plain number of bytes (units are powers of 1000). */
    static long parseSize(String text, String what) throws RenderException {
        String s = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("B")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("K") || s.endsWith("M") || s.endsWith("G") || s.endsWith("T")) {
            unit = switch (s.charAt(s.length() - 1)) {
                case 'K' -> 1_000L;
                case 'M' -> 1_000_000L;
                case 'G' -> 1_000_000_000L;
                default -> 1_000_000_000_000L;
            };
            s = s.substring(0, s.length() - 1);
        }
        try {
            double v = Double.parseDouble(s);
            if (v < 0 || Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return (long) (v * unit);
        } catch (NumberFormatException e) {
            throw new RenderException(what + ": '" + text + "' is not a size: write it like 500M or 20G");
        }
    }

    /** {@code 1.2 GB}, {@code 340 MB}: for people. */
    public static String human(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        if (bytes >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f kB", bytes / 1e3);
    }
}
