package io.cutroom.projectfile;

import io.cutroom.model.Project;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Autosave and crash recovery. While a project is open, the editor keeps a <em>recovery copy</em>
 * of it up to date through a {@link Session}; a clean save (or closing without saving) discards the
 * copy, so a copy that is still there on the next start means the editor did not get to save.
 *
 * <ul>
 *   <li>A project with a file {@code DIR/NAME.cutroom.json} has its copy next to it, as the hidden
 *       file {@code DIR/.NAME.recovery.cutroom.json}: the same folder, so its relative paths
 *       resolve as the project's do. {@link #find(Path)} offers it when it is newer than the
 *       project file and differs from it (or the project file is gone).
 *   <li>An untitled project has its copy in the per-user folder {@link #userFolder()}
 *       ({@code $XDG_STATE_HOME/cutroom/recovery}, or {@code ~/.local/state/cutroom/recovery}), as
 *       {@code untitled-TIME-RANDOM.cutroom.json}, its relative paths rewritten to start from that
 *       folder. A running session holds a lock on {@code untitled-….lock};
 *       {@link #findUntitled()} offers the copies nobody holds: those a crash left behind.
 * </ul>
 *
 * <p>Copies are written atomically (like {@link ProjectFile#write}): a copy is the whole of some
 * autosave, never half of one, and a failed write leaves the previous copy as it was. Every copy
 * is an ordinary project file, which {@link ProjectFile#read} can open by hand.
 */
public final class Recovery {

    private static final String SUFFIX = ".cutroom.json";
    private static final String RECOVERY_SUFFIX = ".recovery" + SUFFIX;
    private static final String UNTITLED = "untitled-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Recovery() {
    }

    /**
     * The folder for untitled projects' copies: {@code $XDG_STATE_HOME/cutroom/recovery} when that
     * variable holds an absolute path, else {@code ~/.local/state/cutroom/recovery}; on Windows
     * {@code %LOCALAPPDATA%\cutroom\recovery}.
     */
    public static Path userFolder() {
        return userFolder(System.getenv(), System.getProperty("user.home"));
    }

    static Path userFolder(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return Path.of(state, "cutroom", "recovery");
        }
        String local = env.get("LOCALAPPDATA");
        if (local != null && !local.isBlank() && System.getProperty("os.name", "").startsWith("Windows")) {
            return Path.of(local, "cutroom", "recovery");
        }
        return Path.of(home, ".local", "state", "cutroom", "recovery");
    }

    /** Where the recovery copy of {@code projectFile} goes: {@code .NAME.recovery.cutroom.json} beside it. */
    public static Path copyFor(Path projectFile) {
        String name = projectFile.getFileName().toString();
        String base = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
        return projectFile.toAbsolutePath().resolveSibling("." + base + RECOVERY_SUFFIX);
    }

    // ---------------------------------------------------------------- finding copies on start

    /**
     * A recovery copy found on start, to offer to the user.
     *
     * @param copy the copy's file
     * @param projectFile the project it belongs to, or null for an untitled project
     * @param savedAt when the copy was written
     */
    public record Found(Path copy, Path projectFile, Instant savedAt) {

        public Found {
            Objects.requireNonNull(copy, "copy");
            Objects.requireNonNull(savedAt, "savedAt");
        }

        public boolean isUntitled() {
            return projectFile == null;
        }

        /**
         * The folder the recovered project's relative paths start from: the project file's folder,
         * or, untitled, the copy's. Pass it as the project folder to the resolver and to edits, and
         * to {@link ProjectPaths#rebase} when the project is saved elsewhere.
         */
        public Path baseDir() {
            return (projectFile != null ? projectFile : copy).toAbsolutePath().getParent();
        }

        /**
         * Reads the recovered project.
         *
         * @throws ProjectFileException naming the copy when it cannot be read
         */
        public Project read() throws ProjectFileException {
            return ProjectFile.read(copy);
        }

        /** Deletes the copy: the user declined it, or has saved what was recovered. */
        public void discard() throws ProjectFileException {
            delete(copy);
            if (projectFile == null) {
                delete(lockFor(copy));
            }
        }
    }

    /**
     * The recovery copy of {@code projectFile} to offer, if any: one that is newer than the
     * project file and differs from it, or one whose project file is gone. A copy older than the
     * file, or equal to it, is left alone and not offered.
     */
    public static Optional<Found> find(Path projectFile) {
        Path copy = copyFor(projectFile);
        try {
            FileTime copyTime = Files.getLastModifiedTime(copy);
            if (Files.exists(projectFile)) {
                if (copyTime.compareTo(Files.getLastModifiedTime(projectFile)) <= 0
                        || Files.mismatch(copy, projectFile) == -1) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Found(copy, projectFile.toAbsolutePath(), copyTime.toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The untitled projects' copies in {@link #userFolder()} that no running editor holds, newest first. */
    public static List<Found> findUntitled() {
        return findUntitled(userFolder());
    }

    static List<Found> findUntitled(Path folder) {
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, UNTITLED + "*" + SUFFIX)) {
            for (Path copy : files) {
                if (!isHeld(lockFor(copy))) {
                    found.add(new Found(copy.toAbsolutePath(), null, Files.getLastModifiedTime(copy).toInstant()));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(Found::savedAt).reversed());
        return found;
    }

    private static Path lockFor(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".lock");
    }

    /** Whether a session (in this or another process) holds the lock file. */
    private static boolean isHeld(Path lock) {
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = channel.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) throws ProjectFileException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot delete the recovery copy: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- sessions

    /** Starts keeping a recovery copy of the project saved as {@code projectFile}. */
    public static Session start(Path projectFile) {
        Path file = projectFile.toAbsolutePath();
        return new Session(copyFor(file), file.getParent(), null, null);
    }

    /**
     * Starts keeping a recovery copy of an untitled project in {@link #userFolder()}.
     *
     * @param baseDir the folder the project's relative paths start from for now
     * @throws ProjectFileException when the folder cannot be made or its lock taken
     */
    public static Session startUntitled(Path baseDir) throws ProjectFileException {
        return startUntitled(userFolder(), baseDir);
    }

    static Session startUntitled(Path folder, Path baseDir) throws ProjectFileException {
        String name = UNTITLED + STAMP.format(Instant.now()) + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        Path copy = folder.toAbsolutePath().resolve(name + SUFFIX);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectFileException(folder + ": cannot make the recovery folder: " + e.getMessage(), e);
        }
        return lockedSession(copy, baseDir);
    }

    /**
     * Continues with a copy the user chose to recover: later autosaves replace it. For an untitled
     * copy, takes its lock, so that another editor does not offer it too.
     */
    public static Session resume(Found found) throws ProjectFileException {
        if (!found.isUntitled()) {
            return start(found.projectFile());
        }
        return lockedSession(found.copy(), found.baseDir());
    }

    private static Session lockedSession(Path copy, Path baseDir) throws ProjectFileException {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFor(copy), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ProjectFileException(lockFor(copy) + ": cannot make the recovery lock: " + e.getMessage(), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new ProjectFileException(copy + ": another Cutroom window is using this recovery copy");
        }
        return new Session(copy, baseDir, channel, lock);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }

    /**
     * Keeps the recovery copy of one open project. Call {@link #write} after edits (from a
     * background thread, a few seconds after the last edit: the timing is the caller's), and
     * {@link #discard} after a clean save and when the user closes the project without saving;
     * {@link #close} when the project is closed. Methods are synchronized, so writes from a worker
     * and a discard from the UI thread do not interleave.
     */
    public static final class Session implements AutoCloseable {

        private final Path copy;
        private final Path baseDir;
        private final FileChannel lockChannel;
        private final FileLock lock;
        private Project written;

        private Session(Path copy, Path baseDir, FileChannel lockChannel, FileLock lock) {
            this.copy = copy;
            this.baseDir = baseDir.toAbsolutePath();
            this.lockChannel = lockChannel;
            this.lock = lock;
        }

        /** The copy's file. */
        public Path copy() {
            return copy;
        }

        /** The folder the project's relative paths start from. */
        public Path baseDir() {
            return baseDir;
        }

        /**
         * Writes {@code project} as the recovery copy, atomically; nothing is written when it is the
         * project last written. An untitled project's relative paths are rewritten to start from
         * the copy's folder.
         *
         * @throws ProjectFileException naming the copy when it cannot be written; the previous copy
         *     is then unchanged
         */
        public synchronized void write(Project project) throws ProjectFileException {
            write(project, AtomicFiles.REAL);
        }

        synchronized void write(Project project, AtomicFiles.Disk disk) throws ProjectFileException {
            if (project.equals(written) && Files.exists(copy)) {
                return;
            }
            ProjectFile.write(ProjectPaths.rebase(project, baseDir, copy.getParent()), copy, disk);
            written = project;
        }

        /** Deletes the copy (after a clean save, or when the user discards the changes). */
        public synchronized void discard() throws ProjectFileException {
            delete(copy);
            written = null;
        }

        /** Ends the session, releasing an untitled copy's lock; the copy itself stays unless discarded. */
        @Override
        public synchronized void close() {
            if (lock != null) {
                try {
                    lock.release();
                } catch (IOException e) {
                    // closing the channel releases it too
                }
                closeQuietly(lockChannel);
                if (!Files.exists(copy)) {
                    try {
                        Files.deleteIfExists(lockFor(copy));
                    } catch (IOException e) {
                        // a stray lock file without a copy is never offered
                    }
                }
            }
        }
    }
}
