package io.cutroom.media;

import java.util.Objects;

/**
 * A decoded picture, ready to draw: {@code width × height} opaque pixels, row by row from the top
 * left, one {@code int} each as {@code 0xAARRGGBB} with alpha always {@code 0xFF}, no padding
 * between rows (the scanline stride is {@code width}).
 *
 * <p>That is JavaFX's {@code PixelFormat.getIntArgbInstance()} layout; since every pixel is
 * opaque it is also {@code getIntArgbPreInstance()}, the format a {@code WritableImage} stores, so
 * the cheapest hand-over is
 * {@code writer.setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbPreInstance(), p.argb(), 0, p.width())}.
 * It is also {@code BufferedImage.TYPE_INT_RGB}/{@code TYPE_INT_ARGB}'s layout.
 *
 * <p>The array is handed over, not copied: whoever receives a picture owns it and must not change
 * it while others may be looking (the caches share theirs).
 *
 * @param width  pixels across, at least 1
 * @param height pixels down, at least 1
 * @param argb   {@code width × height} pixels
 */
public record Picture(int width, int height, int[] argb) {

    public Picture {
        Objects.requireNonNull(argb, "argb");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture must be at least 1x1, got " + width + "x" + height);
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + width * height
                    + " pixels, got " + argb.length);
        }
    }

    /** The pixel at column {@code x}, row {@code y}, as {@code 0xAARRGGBB}. */
    public int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /** The picture turned clockwise by {@code degrees} (0, 90, 180 or 270): a new picture, or this one for 0. */
    Picture rotated(int degrees) {
        if (degrees == 0) {
            return this;
        }
        int[] out = new int[argb.length];
        if (degrees == 180) {
            for (int i = 0; i < argb.length; i++) {
                out[argb.length - 1 - i] = argb[i];
            }
            return new Picture(width, height, out);
        }
        // turned sideways: the new picture is height wide and width high
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int index = degrees == 90
                        ? x * height + (height - 1 - y)      // clockwise: (x, y) goes to (h-1-y, x)
                        : (width - 1 - x) * height + y;      // counter-clockwise: (x, y) goes to (y, w-1-x)
                out[index] = argb[row + x];
            }
        }
        return new Picture(height, width, out);
    }

    /** Only the size: the pixels are many. */
    @Override
    public String toString() {
        return "Picture[" + width + "x" + height + "]";
    }
}
