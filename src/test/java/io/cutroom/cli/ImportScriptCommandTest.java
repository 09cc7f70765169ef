package io.cutroom.cli;

import static io.cutroom.cli.CliTest.cutroom;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Take;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Resolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutroom import-script}: a script becomes a project that checks clean and renders at once. */
class ImportScriptCommandTest {

    private static final Path SCRIPTS = Path.of("src/test/resources/io/cutroom/interchange/import");

    @TempDir
    Path dir;

    @Test
    void aSmallScriptRendersRightAwayWithItsSubtitles() throws Exception {
        Path script = Files.writeString(dir.resolve("short.fountain"), """
                Title: Short

                INT. ROOM - DAY

                A lamp.

                MARA
                Hello.

                EXT. SEA - NIGHT

                ZOÉ
                你好，世界。
                """);
        Path project = dir.resolve("short.cutroom.json");

        CliTest.Result imported = cutroom("import-script", script.toString(), "-o", project.toString());

        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).isEqualTo("""
                read short.fountain: 2 scene headings, 1 paragraph of action, 2 character cues, a title page
                wrote short.cutroom.json: 1 episode, 3 scenes, 3 shots (2 slates, 1 card), 2 subtitles, 0:07 long
                """);
        CliTest.Result check = cutroom("check", project.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).endsWith("short.cutroom.json: no problems\n");

        Path out = Files.createDirectories(dir.resolve("out")).resolve("short.mp4");
        CliTest.Result render = cutroom("render", project.toString(), "--preset", "preview-540p", "-o", out.toString());

        assertThat(render.exit()).as(render.err()).isZero();
        long frames = Resolver.check(ProjectFile.read(project), "ep1", dir, source -> Optional.empty()).cut()
                .durationFrames();
        assertThat(frames).isEqualTo(3 * 24 + 2 * 24 + 2 * 24); // the title card 3 s, two slates 2 s each
        JsonNode probe = new ObjectMapper().readTree(TestMedia.probe("-v", "error", "-print_format", "json",
                "-show_streams", "-count_frames", "-select_streams", "v", out.toString()));
        assertThat(probe.path("streams").get(0).path("nb_read_frames").asLong()).isEqualTo(frames);
        assertThat(Files.readString(dir.resolve("out/short.srt"), StandardCharsets.UTF_8)).isEqualTo("""
                1
                00:00:03,000 --> 00:00:04,500
                Hello.

                2
                00:00:05,000 --> 00:00:06,500
                你好，世界。

                """);
    }

    @Test
    void updateKeepsTakesAndReportsWhatChanged() throws Exception {
        Path project = dir.resolve("pilot.cutroom.json");
        assertThat(cutroom("import-script", SCRIPTS.resolve("pilot.fountain").toString(), "-o", project.toString())
                .exit()).isZero();
        Project p = new Edits(dir, source -> Optional.empty()).addTake(ProjectFile.read(project), "ep1", "s1-1",
                new Take("t1", "clips/lamp.mp4", Rational.ZERO, Rational.of(4), Provenance.NONE));
        ProjectFile.write(p, project);

        CliTest.Result again = cutroom("import-script", SCRIPTS.resolve("pilot-revised.fountain").toString(), "-o",
                project.toString());
        CliTest.Result updated = cutroom("import-script", SCRIPTS.resolve("pilot-revised.fountain").toString(), "-o",
                project.toString(), "--update");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("cutroom: " + project + " already exists; use --update to re-import the script"
                + " into it\n");
        assertThat(updated.exit()).as(updated.err()).isZero();
        assertThat(updated.out()).contains(
                "updated the subtitles of shot s1-1 (1 take) 'The lamp is dark. Wind rattles the glass.' from the script\n",
                "new slate s1-2 'A gull strikes the window.'\n",
                "removed slate s2-1 'EXT. CLIFF - DAWN': its beat is no longer in the script\n",
                "updated pilot.cutroom.json: 1 episode, 4 scenes, 5 shots (1 with takes, 2 slates, 2 cards), 3 subtitles,"
                        + " 0:13 long\n");
        assertThat(ProjectFile.read(project).episodes().get(0).shot("s1-1").orElseThrow())
                .isInstanceOf(io.cutroom.model.TakeShot.class);
    }

    @Test
    void aScriptThatIsNotThereIsAMessage() {
        CliTest.Result r = cutroom("import-script", dir.resolve("none.fountain").toString(), "-o",
                dir.resolve("p.cutroom.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("cutroom: " + dir.resolve("none.fountain") + ": no such file\n");
        assertThat(dir.resolve("p.cutroom.json")).doesNotExist();
    }
}
