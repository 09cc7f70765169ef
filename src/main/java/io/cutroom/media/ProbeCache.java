package io.cutroom.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Remembers what ffprobe said about a file, keyed by its absolute path, size and modification
 * time: a file that changes in any of these is probed again. Kept in memory and, for
 * {@link #inFolder}, as one small JSON file per media file (named by a hash of its path), so that
 * the next run of Cutroom does not probe hundreds of clips again. A cache file that cannot be read
 * or written is ignored: the cache only ever saves time.
 */
public final class ProbeCache {

    static final int VERSION = 1;

    /** A cached probe, and whether {@link MediaProbe#verify} found the file complete. */
    record Entry(MediaInfo info, boolean verified) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean enabled;
    private final Optional<Path> folder;
    private final Map<Path, Entry> memory = new ConcurrentHashMap<>();

    private ProbeCache(boolean enabled, Optional<Path> folder) {
        this.enabled = enabled;
        this.folder = folder;
    }

    /** Remembers nothing: every probe runs ffprobe. */
    public static ProbeCache none() {
        return new ProbeCache(false, Optional.empty());
    }

    /** Remembers for the life of this object only. */
    public static ProbeCache inMemory() {
        return new ProbeCache(true, Optional.empty());
    }

    /** Remembers in memory and in JSON files in {@code dir} (created when first needed). */
    public static ProbeCache inFolder(Path dir) {
        return new ProbeCache(true, Optional.of(dir));
    }

    /**
     * {@code $CUTROOM_CACHE/probe}, else {@code $XDG_CACHE_HOME/cutroom/probe}, else
     * {@code ~/.cache/cutroom/probe}.
     */
    public static Path defaultFolder() {
        return cacheRoot().resolve("probe");
    }

    static Path defaultFolder(Map<String, String> env, Path home) {
        return cacheRoot(env, home).resolve("probe");
    }

    /**
     * Where Cutroom keeps its caches (probes, rendered segments): the Java property
     * {@code cutroom.cache}, else {@code $CUTROOM_CACHE}, else {@code $XDG_CACHE_HOME/cutroom}, else
     * {@code ~/.cache/cutroom}.
     */
    public static Path cacheRoot() {
        String property = System.getProperty("cutroom.cache");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return cacheRoot(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path cacheRoot(Map<String, String> env, Path home) {
        String cutroom = env.get("CUTROOM_CACHE");
        if (cutroom != null && !cutroom.isBlank()) {
            return Path.of(cutroom);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cutroom");
        }
        return home.resolve(".cache").resolve("cutroom");
    }

    /** The entry for {@code file} if it was probed at exactly this size and modification time. */
    Optional<Entry> lookup(Path file, long size, long modified) {
        if (!enabled) {
            return Optional.empty();
        }
        Path key = file.toAbsolutePath().normalize();
        Entry entry = memory.get(key);
        if (entry == null) {
            entry = load(key).orElse(null);
            if (entry != null) {
                memory.put(key, entry);
            }
        }
        if (entry == null || entry.info().sizeBytes() != size || entry.info().modifiedMillis() != modified) {
            return Optional.empty();
        }
        return Optional.of(new Entry(entry.info().withPath(file), entry.verified()));
    }

    void store(Path file, Entry entry) {
        if (!enabled) {
            return;
        }
        Path key = file.toAbsolutePath().normalize();
        memory.put(key, entry);
        folder.ifPresent(dir -> save(dir, key, entry));
    }

    private Optional<Entry> load(Path key) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path cached = folder.get().resolve(fileName(key));
        if (!Files.isRegularFile(cached)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(cached.toFile());
            if (root.path("cutroomProbe").asInt() != VERSION || !root.path("path").asText().equals(key.toString())) {
                return Optional.empty();
            }
            return Optional.of(new Entry(MediaInfoJson.read(key, root.path("info")), root.path("verified").asBoolean()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or from another version: probe again
        }
    }

    private static void save(Path dir, Path key, Entry entry) {
        ObjectNode root = JSON.createObjectNode();
        root.put("cutroomProbe", VERSION);
        root.put("path", key.toString());
        root.put("verified", entry.verified());
        root.set("info", MediaInfoJson.write(entry.info()));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(fileName(key));
            Path temp = Files.createTempFile(dir, ".probe-", ".tmp");
            try {
                Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                        StandardCharsets.UTF_8);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // a read-only or full disk costs a probe next time, nothing more
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String fileName(Path key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
