package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @BeforeAll
    static void makeMedia() throws Exception {
        probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
        ntsc = probe.probe(CodedFrames.constant(dir.resolve("ntsc.mp4"), "30000/1001", 120, "30000"));
        vfr = probe.probe(CodedFrames.variable(dir.resolve("vfr.mp4")));
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

    static ClipReader open(MediaInfo info) throws MediaException {
        return ClipReader.open(info, CodedFrames.WIDTH, CodedFrames.HEIGHT);
    }

    static int frameAt(ClipReader reader, Rational time) throws MediaException {
        reader.seek(time);
        return CodedFrames.index(reader.nextFrame().orElseThrow().picture());
    }
}
