package io.cutroom.render;

import io.cutroom.testing.TestMedia;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;

/** Frames of rendered video as images, and text drawn by Java2D to compare them with. */
public final class TextImages {

    private TextImages() {
    }

    /** Frame {@code n} of {@code video}, as a PNG written beside it (kept, to look at). */
    public static BufferedImage frame(Path video, int n) {
        Path png = video.resolveSibling(video.getFileName() + "-" + n + ".png");
        TestMedia.ffmpegStderr("-y", "-i", video.toString(), "-vf", "select=eq(n\\," + n + ")", "-frames:v", "1",
                png.toString());
        return read(png);
    }

    public static BufferedImage read(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(BufferedImage image, Path png) {
        try {
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} drawn by Java2D — which orders right-to-left text by the Unicode bidirectional
     * algorithm and shapes it with HarfBuzz — white on black, in the font at {@code size} pixels.
     */
    public static BufferedImage java2d(Path fontFile, int size, String text) {
        try {
            Font font = Font.createFonts(fontFile.toFile())[0].deriveFont((float) size);
            BufferedImage image = new BufferedImage(size * (text.length() + 2), size * 3, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.setFont(font);
            g.drawString(text, size, size * 2);
            g.dispose();
            return image;
        } catch (java.awt.FontFormatException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a pixel is within {@code tolerance} of a colour in each of red, green and blue. */
    public static boolean near(int rgb, io.cutroom.model.Color c, int tolerance) {
        return Math.abs(((rgb >> 16) & 255) - c.red()) <= tolerance && Math.abs(((rgb >> 8) & 255) - c.green()) <= tolerance
                && Math.abs((rgb & 255) - c.blue()) <= tolerance;
    }

    public static int luma(int rgb) {
        return (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
    }

    /** The smallest rectangle holding every pixel that {@code ink} accepts (by RGB), or null. */
    public static Rectangle bounds(BufferedImage image, IntPredicate ink) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (ink.test(image.getRGB(x, y))) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** How many pixels of the rectangle {@code ink} accepts. */
    public static int count(BufferedImage image, Rectangle r, IntPredicate ink) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (ink.test(image.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * How alike two pictures of light text on dark are, from -1 to 1: each is cropped to its bright
     * pixels, scaled to the same size, and their luma correlated. The same words in the same order
     * score near 1; the same letters in another order, or other glyphs, far less.
     */
    public static double similarity(BufferedImage a, BufferedImage b) {
        double[] x = normalised(a);
        double[] y = normalised(b);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += x[i] * y[i];
            sxx += x[i] * x[i];
            syy += y[i] * y[i];
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static final int W = 240;
    private static final int H = 40;

    private static double[] normalised(BufferedImage image) {
        Rectangle r = bounds(image, rgb -> luma(rgb) > 100);
        if (r == null) {
            throw new AssertionError("no text in the picture");
        }
        BufferedImage scaled = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, W, H, r.x, r.y, r.x + r.width, r.y + r.height, null);
        g.dispose();
        double[] v = new double[W * H];
        double mean = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = luma(scaled.getRGB(i % W, i / W));
            mean += v[i] / v.length;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] -= mean;
        }
        return v;
    }
}
