package io.cutroom.ui.media;

import io.cutroom.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * Test clips that carry each frame's number in the picture: a ladder of {@value #RUNGS} horizontal
 * bands, light where the number has a 1 bit (bit 0 at the top), H.264 with B-frames.
 */
final class NumberedFrames {

    static final int RUNGS = 10;
    static final int RUNG = 12;

    private NumberedFrames() {
    }

    /** {@code count} frames at {@code rate} ({@code 30000/1001} …), 64 pixels wide. */
    static Path make(Path file, String rate, int count) {
        String ladder = "geq=lum='if(bitand(N,pow(2,floor(Y/" + RUNG + "))),230,20)':cb=128:cr=128";
        return TestMedia.run(file, List.of("-y", "-f", "lavfi", "-i", "color=c=black:s=64x" + RUNGS * RUNG + ":r=" + rate,
                "-frames:v", Integer.toString(count), "-vf", ladder, "-c:v", "libx264", "-preset", "veryfast", "-crf", "12",
                "-g", "24", "-bf", "2", "-pix_fmt", "yuv420p", file.toString()));
    }

    /** The number a picture of such a clip shows, at whatever size it was decoded. */
    static int read(Image image) {
        PixelReader pixels = image.getPixelReader();
        int x = (int) image.getWidth() / 2;
        int number = 0;
        for (int bit = 0; bit < RUNGS; bit++) {
            int y = (int) ((bit + 0.5) * image.getHeight() / RUNGS);
            if (((pixels.getArgb(x, y) >> 8) & 0xFF) > 128) {
                number |= 1 << bit;
            }
        }
        return number;
    }
}
