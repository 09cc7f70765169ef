package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Music at 220 Hz under a 1 kHz "voice" from 2 s to 4 s: the music dips while the voice speaks. */
class MixTest {

    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void render() throws Exception {
        TestMedia.run(dir.resolve("music.wav"), List.of("-y", "-f", "lavfi", "-i", "sine=f=220:d=10",
                dir.resolve("music.wav").toString()));
        TestMedia.tone(dir.resolve("voice.wav"), 1000, 2);
        Shot slate = Projects.slate("a", "Two people talk over music", "6")
                .withDialogue(List.of(new Dialogue("voice.wav", Rational.of(2), Rational.ZERO, null, 0)));
        Project p = Projects.project(new Format(320, 180, FrameRate.of(24), 48000),
                List.of(new MusicCue("music.wav", "a", Rational.ZERO, Rational.ZERO, null, null, -6, Rational.ZERO,
                        Rational.ZERO, true)),
                Projects.scene("s1", slate));
        Preflight.Report report = Preflight.check(p, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), false);
        output = dir.resolve("mix.mp4");
        new Renderer(TestMedia.ffmpeg(), 1).run(Planner.plan(new Planner.Request(report.cut(),
                Presets.bundled("preview-540p"), report.media(), report.text(), output, dir.resolve("w"))),
                Renderer.Listener.NONE);
    }

    /** Mean level in dB of the band around {@code hz} between {@code from} and {@code from + 1} s. */
    private static double level(int hz, double from) {
        String stderr = TestMedia.ffmpegStderr("-ss", Double.toString(from), "-t", "1", "-i", output.toString(),
                "-af", "bandpass=f=" + hz + ":width_type=q:w=8,volumedetect", "-f", "null", "-");
        Matcher m = Pattern.compile("mean_volume: (-?[0-9.]+) dB").matcher(stderr);
        assertThat(m.find()).as(stderr).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void musicIsDuckedWhileDialogueSpeaksAndComesBackAfter() {
        double before = level(220, 0.5);
        double during = level(220, 2.6);
        double after = level(220, 5.0);
        assertThat(before - during).as("ducking depth").isGreaterThan(6);
        assertThat(Math.abs(before - after)).as("recovered").isLessThan(1.5);
    }

    @Test
    void dialogueStartsAtItsOffset() {
        // the band filter lets some music and codec noise through, so compare rather than expect silence
        double before = level(1000, 0.5);
        double during = level(1000, 2.1);
        assertThat(during - before).isGreaterThan(25);
        assertThat(level(1000, 1.0) - before).isLessThan(3);
    }
}
