package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cutroom.model.Rational;
import io.cutroom.testing.TestMedia;

/**
 * Every kind of clip in test-media decodes to the picture the ffmpeg executable shows for the same
 * frame: rotated, anamorphic, 10-bit HEVC, VP9, AV1, 60 fps, 30000/1001 and variable frame rate.
 * The reader is asked for a time inside the frame (after its start), ffmpeg for the frame's start,
 * both for the display size (rotation and pixel aspect applied).
 */
class ClipReaderFormatsTest {

    static final Path CLIPS = Path.of("test-media/example/media/clips");

    @TempDir
    static Path dir;
    static MediaProbe probe;

    @BeforeAll
    static void probe() {
        probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
    }

    @ParameterizedTest(name = "{0} at {1} + {2}")
    @CsvSource({
            "s2c_t1.mp4, 1, 1/60, 360, 640",    // rotated 90°: 640x360 stored, shown 360x640
            "s2b_t1.mov, 1.25, 1/48, 160, 90",    // anamorphic 480x360 SAR 4:3, shown 640x360
            "s2e_t1.mp4, 2, 1/48, 160, 90",    // HEVC Main 10
            "s4a_t1.webm, 1, 1/60, 160, 90",    // VP9
            "s4b_t1.mp4, 1.5, 1/48, 160, 90",    // AV1
            "s3a_t1.mp4, 2.5, 1/120, 160, 90",    // 60 fps
            "s3c_t1.mp4, 1001/1000, 1/60, 120, 90", // 30000/1001, frame 30
            "s3b_t1.mp4, 2.7, 1/20, 160, 90",    // variable: 10 fps here
    })
    void showsTheSameFrameAsFfmpeg(String name, String start, String offset, int width, int height) throws Exception {
        MediaInfo info = probe.probe(CLIPS.resolve(name));
        VideoInfo video = info.video().orElseThrow();
        assertThat(Math.round((double) height * video.displayWidth() / video.displayHeight())).isEqualTo(width);
        Picture mine;
        try (ClipReader reader = ClipReader.open(info, width, height)) {
            reader.seek(Rational.parse(start).add(Rational.parse(offset)));
            VideoFrame frame = reader.nextFrame().orElseThrow();
            assertThat(frame.time()).isEqualTo(Rational.parse(start));
            mine = frame.picture();
        }
        Picture reference = ffmpegFrame(dir, info.path(), Rational.parse(start), width, height);
        // the same libraries decode and scale: identical pixels in practice, so allow next to nothing
        assertThat(meanDifference(mine, reference)).as("mean difference per channel").isLessThan(0.05);
        assertThat(mine.width()).isEqualTo(width);
        assertThat(mine.height()).isEqualTo(height);
    }

    /** The frame ffmpeg shows at {@code time}, autorotated and scaled to {@code width × height} (via a file in {@code dir}). */
    static Picture ffmpegFrame(Path dir, Path file, Rational time, int width, int height) throws Exception {
        Path raw = dir.resolve(file.getFileName() + ".raw");
        TestMedia.run(raw, List.of("-y", "-ss", time.toDecimal(6).toPlainString(), "-i", file.toString(),
                "-frames:v", "1", "-vf", "scale=" + width + ":" + height + ":flags=area", "-f", "rawvideo",
                "-pix_fmt", "bgra", raw.toString()));
        byte[] bytes = Files.readAllBytes(raw);
        int[] argb = new int[width * height];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(argb);
        return new Picture(width, height, argb);
    }

    static double meanDifference(Picture a, Picture b) {
        assertThat(a.width()).isEqualTo(b.width());
        assertThat(a.height()).isEqualTo(b.height());
        long sum = 0;
        for (int i = 0; i < a.argb().length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                sum += Math.abs(((a.argb()[i] >> shift) & 0xFF) - ((b.argb()[i] >> shift) & 0xFF));
            }
        }
        return sum / (3.0 * a.argb().length);
    }
}
