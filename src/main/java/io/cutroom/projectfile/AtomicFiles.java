package io.cutroom.projectfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, are
 * forced to disk, and the temporary file is moved over the target. A failure leaves the target as
 * it was and no temporary file behind.
 */
final class AtomicFiles {

    /** The steps of a save that can fail, so that tests can make them fail. */
    interface Disk {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;

        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    static final Disk REAL = new Disk() {
        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            Files.move(from, to, options);
        }
    };

    private AtomicFiles() {
    }

    static void write(Path target, byte[] bytes, Disk disk) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temp = createTemp(file);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                disk.write(channel, ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            copyPermissions(file, temp);
            try {
                disk.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                disk.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        forceFolder(file.getParent());
    }

    /** A new, empty file {@code .NAME.RANDOM.tmp} next to {@code file}, with the folder's default permissions. */
    private static Path createTemp(Path file) throws IOException {
        while (true) {
            String name = "." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
            try {
                return Files.createFile(file.resolveSibling(name));
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    /** Keeps the permissions of the file being replaced, where the file system has them. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null && Files.exists(from)) {
            Files.getFileAttributeView(to, PosixFileAttributeView.class)
                    .setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename durable where the platform can sync a folder; elsewhere there is nothing to do. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the file itself is already on disk
        }
    }
}
