package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Project;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {

    private static final String OLD = "the previous save\n";

    @TempDir
    Path dir;

    private Path file;
    private Project project;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("pilot.cutroom.json");
        project = ProjectFile.read(GoldenFilesTest.resource("full.cutroom.json"));
    }

    @Test
    void savesTheCanonicalTextAndResavesItByteForByte() throws Exception {
        ProjectFile.write(project, file);
        byte[] first = Files.readAllBytes(file);

        ProjectFile.write(ProjectFile.read(file), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(first)
                .isEqualTo(GoldenFilesTest.text("full.cutroom.json").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(files()).containsExactly("pilot.cutroom.json");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Files.writeString(file, OLD);
        AtomicFiles.Disk halfThenFull = new Real() {
            @Override
            public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
                channel.write(bytes.slice(0, bytes.remaining() / 2));
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> ProjectFile.write(project, file, halfThenFull))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": cannot save: No space left on device");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertThat(files()).containsExactly("pilot.cutroom.json");
    }

    @Test
    void aMoveThatFailsLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Files.writeString(file, OLD);
        AtomicFiles.Disk noMove = new Real() {
            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                throw new IOException("Device or resource busy");
            }
        };

        assertThatThrownBy(() -> ProjectFile.write(project, file, noMove))
                .hasMessage(file + ": cannot save: Device or resource busy");
        assertThat(Files.readString(file)).isEqualTo(OLD);
        assertThat(files()).containsExactly("pilot.cutroom.json");
    }

    @Test
    void fallsBackToReplacingWhenTheFileSystemCannotMoveAtomically() throws Exception {
        Files.writeString(file, OLD);
        List<String> moves = new ArrayList<>();
        AtomicFiles.Disk noAtomicMoves = new Real() {
            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                moves.add(List.of(options).toString());
                if (List.of(options).contains(java.nio.file.StandardCopyOption.ATOMIC_MOVE)) {
                    throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not here");
                }
                super.move(from, to, options);
            }
        };

        ProjectFile.write(project, file, noAtomicMoves);

        assertThat(moves).containsExactly("[ATOMIC_MOVE]", "[REPLACE_EXISTING]");
        assertThat(Files.readString(file)).isEqualTo(GoldenFilesTest.text("full.cutroom.json"));
        assertThat(files()).containsExactly("pilot.cutroom.json");
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws Exception {
        Files.writeString(file, OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        ProjectFile.write(project, file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheFileItPointsTo() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("pilot.cutroom.json");
        Files.writeString(real, OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.cutroom.json"), real);

        ProjectFile.write(project, link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(GoldenFilesTest.text("full.cutroom.json"));
    }

    @Test
    void namesAMissingFolder() {
        Path missing = dir.resolve("no/such/folder/pilot.cutroom.json");

        assertThatThrownBy(() -> ProjectFile.write(project, missing))
                .hasMessageStartingWith(missing + ": cannot save: no such file or folder: " + missing.getParent());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The real disk, for tests to override one step of. */
    private static class Real implements AtomicFiles.Disk {
        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            AtomicFiles.REAL.write(channel, bytes);
        }

        @Override
        public void move(Path from, Path to, CopyOption... options) throws IOException {
            AtomicFiles.REAL.move(from, to, options);
        }
    }
}
