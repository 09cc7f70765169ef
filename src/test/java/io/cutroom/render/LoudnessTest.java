package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Normalisation measured in real renders (the ProRes master: PCM sound, so no codec adds peaks of its
 * own): a quiet mix is lifted onto −23 LUFS by gain alone; a quiet mix with sharp loud clicks needs
 * more gain than its peaks allow, and the limiter keeps the true peak under −1 dBTP while the
 * loudness still lands on the target and the sound keeps its exact length.
 */
class LoudnessTest {

    @TempDir
    Path dir;

    private record Measured(double integrated, double truePeak, long samples, String reported) {
    }

    private Measured render(String musicExpression) throws Exception {
        return render(musicExpression, "master-prores", "loud.mov", 6);
    }

    private Measured render(String musicExpression, String preset, String name, int seconds) throws Exception {
        Path music = dir.resolve("music.wav");
        TestMedia.run(music, List.of("-y", "-f", "lavfi", "-i", "aevalsrc=" + musicExpression + ":s=48000:d=" + (seconds + 2),
                "-c:a", "pcm_f32le", music.toString()));
        Project p = Projects.project(new Format(320, 180, FrameRate.of(24), 48000),
                List.of(new MusicCue("music.wav", "a", Rational.ZERO, Rational.ZERO, null, null, 0, Rational.ZERO,
                        Rational.ZERO, false)),
                Projects.scene("s1", Projects.slate("a", "Music alone", Integer.toString(seconds))));
        Preflight.Report report = Preflight.check(p, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()),
                false);
        Path output = dir.resolve(name);
        Renderer.Result result = new Renderer(TestMedia.ffmpeg(), 1).run(Planner.plan(new Planner.Request(report.cut(),
                Presets.bundled(preset), report.media(), report.text(), output, dir.resolve("w"))),
                Renderer.Listener.NONE);
        String stderr = TestMedia.ffmpegStderr("-i", output.toString(), "-map", "0:a", "-af",
                "ebur128=peak=true:framelog=quiet", "-f", "null", "-");
        Normalisation.Measurement m = Normalisation.parse(stderr).orElseThrow(() -> new AssertionError(stderr));
        String samples = TestMedia.probe("-v", "error", "-select_streams", "a:0", "-count_packets", "-show_entries",
                "stream=duration_ts", "-of", "csv=p=0", output.toString()).trim();
        return new Measured(m.integrated(), m.truePeak(), Long.parseLong(samples), result.loudness());
    }

    @Test
    void aQuietMixIsLiftedByGainAlone() throws Exception {
        Measured m = render("0.05*sin(2*PI*220*t)");
        assertThat(m.integrated()).isCloseTo(-23, org.assertj.core.data.Offset.offset(0.3));
        assertThat(m.samples()).isEqualTo(6 * 48000);
        assertThat(m.reported()).isEqualTo("mix -29.9 LUFS, range 0.0 LU, true peak -29.0 dBTP; "
                + "gain +6.9 dB to -23 LUFS");
    }

    @Test
    void peaksTheGainWouldPushOverTheCeilingAreLimited() throws Exception {
        // -36 LUFS of tone with a full-scale click every half second: +13 dB would put the clicks at +13 dBTP
        Measured m = render("0.02*sin(2*PI*220*t)+0.9*lt(mod(n\\,24000)\\,24)");
        assertThat(m.truePeak()).isLessThanOrEqualTo(-0.9);
        assertThat(m.integrated()).isCloseTo(-23, org.assertj.core.data.Offset.offset(Normalisation.TOLERANCE + 0.1));
        assertThat(m.samples()).isEqualTo(6 * 48000);
        // the clicks carry much of the loudness: limited, the mix came out quiet and was encoded again with more gain
        assertThat(m.reported()).contains("peaks limited to -1 dBTP (result -2");
    }

    @Test
    void anAacRenderIsLimitedAndCorrectedTheSameWay() throws Exception {
        // 200 s of AAC is encoded in two parts, each normalising and metering its own chunk
        Measured m = render("0.02*sin(2*PI*220*t)+0.9*lt(mod(n\\,24000)\\,24)", "preview-540p", "loud.mp4", 200);
        assertThat(AacChunks.of(200 * 48_000, 48_000, AacChunks.CHUNK_SECONDS).count()).isEqualTo(2);
        assertThat(m.samples()).as("AAC ends within a frame of the sound").isBetween(200L * 48000, 200L * 48000 + 1024);
        assertThat(m.integrated()).isCloseTo(-14, org.assertj.core.data.Offset.offset(Normalisation.TOLERANCE + 0.1));
        assertThat(m.truePeak()).as("AAC may overshoot the ceiling a little").isLessThanOrEqualTo(-0.5);
        assertThat(m.reported()).contains("peaks limited to -1 dBTP (result -1");
    }

    @Test
    void aLimitedMixIsEncodedAgainOnlyWhileItMissesAndPassesRemain() {
        Normalisation n = new Normalisation(new Preset.Loudness(-14, -1, 11), 48000);
        assertThat(n.nextCorrection(1, 0, -14.4)).isEmpty();
        assertThat(n.nextCorrection(1, 0, -15.2).getAsDouble()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(n.nextCorrection(2, 1.2, -14.7).getAsDouble()).isCloseTo(1.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(n.nextCorrection(Normalisation.MAX_PASSES, 1.9, -14.7)).isEmpty();
    }

    @Test
    void integratedLoudnessIsGatedAsR128Says() {
        List<Normalisation.Block> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocks.add(new Normalisation.Block(i, -20)); // speech
        }
        blocks.add(new Normalisation.Block(10, -75)); // under the absolute gate
        blocks.add(new Normalisation.Block(11, -35)); // more than 10 LU under the mean: relative gate
        assertThat(Normalisation.integrated(blocks).getAsDouble()).isCloseTo(-20, org.assertj.core.data.Offset.offset(1e-9));
        blocks.add(new Normalisation.Block(12, -10));
        // energy mean of ten blocks at -20 and one at -10: -10 dB + 10 log10(1 + 10^-1 * 10) - 10 log10(11)
        assertThat(Normalisation.integrated(blocks).getAsDouble())
                .isCloseTo(-20 + 10 * Math.log10(20.0 / 11), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Normalisation.integrated(List.of(new Normalisation.Block(0, -80)))).isEmpty();
    }

    @Test
    void meteredBlocksAreReadWithTheirEnds() {
        String printed = """
                frame:0    pts:1000    pts_time:0.0208
                lavfi.r128.M=-120.691
                frame:1    pts:5800    pts_time:0.1208
                lavfi.r128.M=-23.250
                """;
        assertThat(Normalisation.blocks(printed, 48_000, 48_000))
                .containsExactly(new Normalisation.Block(48_000 + 5800 + 4800, -23.25));
    }

    @Test
    void theMeteredIntegratedLoudnessAgreesWithFfmpegsOwn() throws Exception {
        Path meter = dir.resolve("meter.txt");
        String stderr = TestMedia.ffmpegStderr("-f", "lavfi", "-i", "aevalsrc=0.1*sin(2*PI*440*t)*(1+sin(2*PI*t/7)):s=48000:d=20",
                "-af", "ebur128=framelog=quiet," + Normalisation.meterFilter(meter), "-f", "null", "-");
        Matcher summary = Pattern.compile("Summary:\\s*Integrated loudness:\\s*I:\\s+(-?[0-9.]+) LUFS").matcher(stderr);
        assertThat(summary.find()).as(stderr).isTrue();
        double own = Double.parseDouble(summary.group(1));
        double metered = Normalisation.integrated(Normalisation.blocks(java.nio.file.Files.readString(meter), 0, 48_000))
                .getAsDouble();
        assertThat(metered).isCloseTo(own, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void theSummaryIsReadFromWhatFfmpegPrints() {
        String stderr = TestMedia.ffmpegStderr("-f", "lavfi", "-i", "sine=f=1000:r=48000:d=3", "-af",
                "volume=-10dB,ebur128=peak=true:framelog=quiet", "-f", "null", "-");
        Normalisation.Measurement m = Normalisation.parse(stderr).orElseThrow(() -> new AssertionError(stderr));
        // lavfi's sine has amplitude 1/8 (-18.1 dBFS); 10 dB less peaks at -28.1 dBTP
        Matcher i = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS").matcher(stderr);
        assertThat(i.find()).isTrue();
        assertThat(m.integrated()).isEqualTo(Double.parseDouble(i.group(1)));
        assertThat(m.silent()).isFalse();
        assertThat(m.truePeak()).isCloseTo(-28.1, org.assertj.core.data.Offset.offset(0.3));
    }
}
