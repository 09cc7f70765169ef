package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import io.cutroom.model.TakeShot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingTest {

    @TempDir
    Path dir;

    private static final String MINIMAL = GoldenFilesTest.text("minimal.cutroom.json");

    private static String withTake(String take) {
        return MINIMAL.replace("{\n                  \"id\": \"t1\",\n                  \"source\": \"clips/s1a.mp4\"\n"
                + "                }", take);
    }

    @Test
    void readsAFileWithAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.cutroom.json");
        byte[] text = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);

        assertThat(ProjectFile.read(file)).isEqualTo(ProjectFile.parse(MINIMAL, "minimal"));
    }

    @Test
    void refusesUtf16() throws Exception {
        Path file = dir.resolve("wide.cutroom.json");
        Files.writeString(file, "\uFEFF" + MINIMAL, StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> ProjectFile.read(file))
                .hasMessage(file + ":1:1: the file is UTF-16LE text; project files are UTF-8");
    }

    @Test
    void namesTheLineOfABadByte() throws Exception {
        Path file = dir.resolve("latin1.cutroom.json");
        Files.writeString(file, MINIMAL.replace("INT. ROOM - DAY", "INT. CAFÉ - DAY"), StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ProjectFile.read(file)).hasMessage(file
                + ":14:31: the file is not UTF-8 text: byte 0xC9 is not part of a UTF-8 character");
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve("gone.cutroom.json");

        assertThatThrownBy(() -> ProjectFile.read(file))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void namesAFolderThatIsNotAFile() {
        assertThatThrownBy(() -> ProjectFile.read(dir)).hasMessage(dir + ": cannot read: Is a directory");
    }

    @Test
    void errorsFromReadNameThePathAsGiven() throws Exception {
        Path file = dir.resolve("bad.cutroom.json");
        Files.writeString(file, MINIMAL.replace("\"frameRate\": \"25\"", "\"frameRate\": \"25\", \"fps\": 25"));

        assertThatThrownBy(() -> ProjectFile.read(file))
                .hasMessage(file + ":6:24: format.fps: unknown field; expected one of 'width', 'height', "
                        + "'frameRate', 'sampleRate'");
    }

    @Test
    void timesMayBeNumbersFractionsOrClockTimes() throws Exception {
        var project = ProjectFile.parse(withTake(
                "{\"id\": \"t1\", \"source\": \"a.mp4\", \"in\": \"1001/24000\", \"out\": \"01:02.5\"}"), "t");
        var take = ((TakeShot) project.episodes().get(0).scenes().get(0).shots().get(0)).takes().get(0);

        assertThat(take.in()).isEqualTo(Rational.of(1001, 24000));
        assertThat(take.out()).isEqualTo(Rational.of(125, 2));
    }

    @Test
    void numbersAreTakenExactlyNotAsDoubles() throws Exception {
        var project = ProjectFile.parse(withTake(
                "{\"id\": \"t1\", \"source\": \"a.mp4\", \"in\": 0.1, \"out\": 4.000000000000000001}"), "t");
        var take = ((TakeShot) project.episodes().get(0).scenes().get(0).shots().get(0)).takes().get(0);

        assertThat(take.in()).isEqualTo(Rational.of(1, 10));
        assertThat(take.out()).isEqualTo(Rational.of(4_000_000_000_000_000_001L, 1_000_000_000_000_000_000L));
    }

    @Test
    void frameRatesMayBeNumbersOrStrings() throws Exception {
        assertThat(ProjectFile.parse(MINIMAL.replace("\"25\"", "23.976"), "f").format().frameRate())
                .isEqualTo(new FrameRate(24000, 1001));
        assertThat(ProjectFile.parse(MINIMAL.replace("\"25\"", "\"30000/1001\""), "f").format().frameRate())
                .isEqualTo(new FrameRate(30000, 1001));
        assertThat(ProjectFile.parse(MINIMAL.replace("\"25\"", "50"), "f").format().frameRate())
                .isEqualTo(FrameRate.of(50));
    }
}
