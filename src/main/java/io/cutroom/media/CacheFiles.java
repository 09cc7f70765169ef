package io.cutroom.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File plumbing shared by the editor's caches: keys, source identity and whole-or-absent writes. */
final class CacheFiles {

    private CacheFiles() {
    }

    /** What identifies a source's content cheaply: its absolute path, size and modification time. */
    record Stamp(Path path, long size, long modifiedMillis) {

        /** The key text for a cache entry about this source, with {@code parts} after it. */
        String key(Object... parts) {
            StringBuilder text = new StringBuilder().append(path).append('\0').append(size).append('\0')
                    .append(modifiedMillis);
            for (Object part : parts) {
                text.append('\0').append(part);
            }
            return hash(text.toString());
        }
    }

    /**
     * The stamp of {@code file}, read now.
     *
     * @throws MediaException naming the file when it is missing, a folder or unreadable
     */
    static Stamp stamp(Path file) throws MediaException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new MediaException(file, "is a folder, not a media file");
            }
            return new Stamp(file.toAbsolutePath().normalize(), attributes.size(),
                    attributes.lastModifiedTime().toMillis());
        } catch (NoSuchFileException e) {
            throw new MediaException(file, "file not found");
        } catch (IOException e) {
            throw new MediaException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Writing into a stream that may fail. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} through a temporary file in its folder and a rename, so that a reader
     * sees the whole file or none. A failure leaves no temporary file behind.
     */
    static void writeAtomically(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".tmp-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** 32 hex digits of the SHA-256 of {@code text}. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
