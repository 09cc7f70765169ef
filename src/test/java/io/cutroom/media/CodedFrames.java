package io.cutroom.media;

import java.nio.file.Path;
import java.util.List;

import io.cutroom.testing.TestMedia;

/**
 * Clips whose every frame shows its own index as {@value #BITS} black or white columns (bit 0 on
 * the left), made by the bundled ffmpeg with B-frames and short GOPs, so a test can read which
 * frame a decoder returned.
 */
final class CodedFrames {

    static final int BITS = 10;
    static final int COLUMN = 16;
    static final int WIDTH = BITS * COLUMN;
    static final int HEIGHT = 16;

    private CodedFrames() {
    }

    /** {@code frames} frames at {@code rate} (e.g. {@code 30000/1001}), H.264 with B-frames, GOP 30. */
    static Path constant(Path file, String rate, int frames, String timescale) {
        return TestMedia.run(file, List.of("-y", "-f", "lavfi", "-i",
                "color=c=black:s=" + WIDTH + "x" + HEIGHT + ":r=" + rate, "-frames:v", String.valueOf(frames),
                "-vf", code(), "-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-g", "30", "-bf", "3",
                "-x264-params", "b-adapt=0", "-pix_fmt", "yuv420p", "-video_track_timescale", timescale, file.toString()));
    }

    /**
     * Variable frame rate, 60 frames in a 1/30 s time base: frames 0–19 every tick (30 fps), 20–39
     * every third tick (10 fps), then after a one-second hole 40–59 every tick again. See
     * {@link #vfrTicks}.
     */
    static Path variable(Path file) {
        return TestMedia.run(file, List.of("-y", "-f", "lavfi", "-i",
                "color=c=black:s=" + WIDTH + "x" + HEIGHT + ":r=30", "-frames:v", "60",
                "-vf", code() + ",setpts='if(lt(N,20),N,if(lt(N,40),20+(N-20)*3,110+(N-40)))'",
                "-fps_mode", "passthrough", "-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-g", "30",
                "-bf", "3", "-x264-params", "b-adapt=0", "-pix_fmt", "yuv420p", "-video_track_timescale", "30",
                file.toString()));
    }

    /** When frame {@code k} of {@link #variable} is shown, in 1/30 s. */
    static long vfrTicks(int k) {
        return k < 20 ? k : k < 40 ? 20 + (k - 20) * 3L : 110 + (k - 40);
    }

    /** The frame index a picture of {@link #WIDTH} × {@link #HEIGHT} shows. */
    static int index(Picture picture) {
        int index = 0;
        int y = picture.height() / 2;
        for (int bit = 0; bit < BITS; bit++) {
            int x = (bit * COLUMN + COLUMN / 2) * picture.width() / WIDTH;
            int green = (picture.pixel(x, y) >> 8) & 0xFF;
            if (green > 128) {
                index |= 1 << bit;
            }
        }
        return index;
    }

    private static String code() {
        return "geq=lum='if(bitand(N,pow(2,floor(X/" + COLUMN + "))),235,16)':cb=128:cr=128";
    }
}
