package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cutroom.model.Rational;
import io.cutroom.testing.TestMedia;

/** Frame-exact seeking on clips whose frames show their own index, and the sound beside it. */
class ClipReaderTest {

    static final Rational NTSC_FRAME = Rational.of(1001, 30000);

    @TempDir
    static Path dir;
    static MediaProbe probe;
    static MediaInfo ntsc;
    static MediaInfo vfr;
    static MediaInfo burst;
    static MediaInfo leftOnly;

    @BeforeAll
    static void makeMedia() throws Exception {
        probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
        ntsc = probe.probe(CodedFrames.constant(dir.resolve("ntsc.mp4"), "30000/1001", 120, "30000"));
        vfr = probe.probe(CodedFrames.variable(dir.resolve("vfr.mp4")));
        // mono 44.1 kHz: half-scale 1 kHz from 0.5 s to 1 s, silence around it
        burst = probe.probe(TestMedia.run(dir.resolve("burst.wav"), List.of("-y", "-f", "lavfi", "-i",
                "aevalsrc=0.5*sin(2*PI*1000*t)*between(t\\,0.5\\,1):s=44100:d=2", "-c:a", "pcm_s16le",
                dir.resolve("burst.wav").toString())));
        // stereo 48 kHz AAC beside a picture: a tone on the left, nothing on the right
        leftOnly = probe.probe(TestMedia.run(dir.resolve("left.mp4"), List.of("-y", "-f", "lavfi", "-i",
                "testsrc2=s=64x36:r=24:d=2", "-f", "lavfi", "-i", "aevalsrc=0.5*sin(2*PI*440*t)|0:s=48000:d=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest",
                dir.resolve("left.mp4").toString())));
    }

    @Test
    void seeksToTheExactFrameAt30000Over1001() throws Exception {
        try (ClipReader reader = open(ntsc)) {
            for (int k : new int[] {0, 1, 29, 30, 31, 59, 60, 61, 89, 117, 5, 44, 100, 2}) {
                Rational start = NTSC_FRAME.multiply(Rational.of(k));
                assertThat(frameAt(reader, start)).as("at the start of frame %d", k).isEqualTo(k);
                assertThat(frameAt(reader, start.add(Rational.of(1001, 60000)))).as("inside frame %d", k).isEqualTo(k);
                if (k > 0) {
                    assertThat(frameAt(reader, start.subtract(Rational.of(1, 1_000_000))))
                            .as("a microsecond before frame %d", k).isEqualTo(k - 1);
                }
            }
        }
    }

    @Test
    void framesAfterASeekFollowInOrderWithExactTimes() throws Exception {
        try (ClipReader reader = open(ntsc)) {
            reader.seek(NTSC_FRAME.multiply(Rational.of(58)));
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                VideoFrame frame = reader.nextFrame().orElseThrow();
                int index = CodedFrames.index(frame.picture());
                indices.add(index);
                assertThat(frame.time()).isEqualTo(NTSC_FRAME.multiply(Rational.of(index)));
            }
            assertThat(indices).containsExactly(58, 59, 60, 61, 62, 63);
        }
    }

    @Test
    void variableFrameRateShowsTheLastFrameNotAfterTheTime() throws Exception {
        try (ClipReader reader = open(vfr)) {
            for (int k = 0; k < 60; k++) {
                long ticks = CodedFrames.vfrTicks(k);
                assertThat(frameAt(reader, Rational.of(ticks, 30))).as("at frame %d", k).isEqualTo(k);
                long next = k < 59 ? CodedFrames.vfrTicks(k + 1) : ticks + 1;
                assertThat(frameAt(reader, Rational.of(2 * next - 1, 60))).as("just before frame %d", k + 1)
                        .isEqualTo(k);
            }
            // in the one-second hole after frame 39 (at 80/30 s), backwards and forwards
            assertThat(frameAt(reader, Rational.of(109, 30))).isEqualTo(39);
            assertThat(frameAt(reader, Rational.of(81, 30))).isEqualTo(39);
            assertThat(frameAt(reader, Rational.of(110, 30))).isEqualTo(40);
        }
    }

    @Test
    void beforeTheFirstFrameShowsTheFirstAndAfterTheLastTheLast() throws Exception {
        try (ClipReader reader = open(ntsc)) {
            assertThat(frameAt(reader, Rational.ZERO)).isEqualTo(0);
            assertThat(frameAt(reader, Rational.of(60))).isEqualTo(119);
            assertThat(reader.nextFrame()).isEmpty();
        }
    }

    @Test
    void aNegativeTimeIsRefused() throws Exception {
        try (ClipReader reader = open(ntsc)) {
            assertThatThrownBy(() -> reader.seek(Rational.of(-1, 2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a source time cannot be negative, got -0.5");
        }
    }

    @Test
    void aFileGoneSinceItWasProbedIsNamed() throws Exception {
        Path copy = Files.copy(ntsc.path(), dir.resolve("gone.mp4"));
        MediaInfo info = probe.probe(copy);
        Files.delete(copy);
        assertThatThrownBy(() -> ClipReader.open(info, 64, 36))
                .isInstanceOf(MediaException.class)
                .hasMessage(copy + ": file not found");
    }

    @Test
    void soundTilesFromTheSeekTimeAt48kHzStereo() throws Exception {
        try (ClipReader reader = ClipReader.open(burst, 16, 16)) {
            assertThat(reader.hasVideo()).isFalse();
            assertThat(reader.nextFrame()).isEmpty();
            reader.seek(Rational.of(3, 4));
            float[] sound = soundFrom(reader, 36_000, 36_000);
            // 0.75 s to 1 s: the tone, the same on both sides (mono is copied)
            assertThat(rms(sound, 0, 11_900, 0)).isCloseTo(0.5 / Math.sqrt(2), offset(0.01));
            assertThat(rms(sound, 0, 11_900, 1)).isCloseTo(0.5 / Math.sqrt(2), offset(0.01));
            // after 1 s: silence
            assertThat(rms(sound, 12_100, 36_000, 0)).isLessThan(0.001);
        }
    }

    @Test
    void soundStartsOnItsSample() throws Exception {
        try (ClipReader reader = ClipReader.open(burst, 16, 16)) {
            reader.seek(Rational.of(1, 4));
            float[] sound = soundFrom(reader, 12_000, 24_000);
            int onset = 0;
            while (Math.abs(sound[2 * onset]) < 0.05) {
                onset++;
            }
            // the tone starts at 0.5 s = sample 24000; a quarter period of 1 kHz is 12 samples
            assertThat(12_000 + onset).isBetween(24_000, 24_000 + 12 + 24);
            reader.seek(NTSC_FRAME);
            assertThat(reader.nextAudio().orElseThrow().startSample()).isEqualTo(1601); // ⌊48000 · 1001/30000⌋
        }
    }

    @Test
    void stereoKeepsItsSidesAndFollowsThePicture() throws Exception {
        try (ClipReader reader = ClipReader.open(leftOnly, 64, 36)) {
            assertThat(reader.hasVideo()).isTrue();
            assertThat(reader.hasAudio()).isTrue();
            reader.seek(Rational.of(1));
            assertThat(reader.nextFrame().orElseThrow().time()).isEqualTo(Rational.of(1));
            float[] sound = soundFrom(reader, 48_000, 24_000);
            assertThat(rms(sound, 0, 24_000, 0)).isCloseTo(0.5 / Math.sqrt(2), offset(0.02));
            assertThat(rms(sound, 0, 24_000, 1)).isLessThan(0.01);
        }
    }

    @Test
    void aSilentClipHasNoSound() throws Exception {
        MediaInfo silent = probe.probe(ClipReaderFormatsTest.CLIPS.resolve("s1b_t1.mp4"));
        try (ClipReader reader = ClipReader.open(silent, 36, 64)) {
            assertThat(reader.hasAudio()).isFalse();
            reader.seek(Rational.of(1));
            assertThat(reader.nextAudio()).isEmpty();
            assertThat(reader.nextFrame().orElseThrow().picture().width()).isEqualTo(36);
        }
    }

    /** {@code frames} stereo sample frames read from a reader whose next chunk starts at {@code start}. */
    static float[] soundFrom(ClipReader reader, long start, int frames) throws MediaException {
        float[] out = new float[frames * 2];
        long expected = start;
        while (expected < start + frames) {
            AudioChunk chunk = reader.nextAudio().orElseThrow();
            assertThat(chunk.startSample()).as("chunks tile").isEqualTo(expected);
            int n = (int) Math.min(chunk.frames(), start + frames - expected);
            System.arraycopy(chunk.samples(), 0, out, (int) (expected - start) * 2, n * 2);
            expected = chunk.endSample();
        }
        return out;
    }

    static double rms(float[] stereo, int from, int to, int channel) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += stereo[2 * i + channel] * stereo[2 * i + channel];
        }
        return Math.sqrt(sum / (to - from));
    }

    static ClipReader open(MediaInfo info) throws MediaException {
        return ClipReader.open(info, CodedFrames.WIDTH, CodedFrames.HEIGHT);
    }

    static int frameAt(ClipReader reader, Rational time) throws MediaException {
        reader.seek(time);
        return CodedFrames.index(reader.nextFrame().orElseThrow().picture());
    }
}
