package io.cutroom.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import io.cutroom.model.Rational;

/**
 * Small pictures of sources for the media bin and the timeline, computed in the background and
 * cached on disk and in memory.
 *
 * <p>A thumbnail is the frame shown at a source time (as {@link ClipReader} finds it), decoded in
 * this process by JavaCV, at a requested height and the width that keeps the display aspect
 * ({@code round(height × displayWidth / displayHeight)}, with the probe's rotation and pixel aspect
 * applied). Each is kept as a small JPEG in {@link #defaultFolder()} (or the folder given), named
 * by a hash of the source's absolute path, size, modification time, the time and the height, so
 * that a changed file gets new thumbnails; and the most recently used ones stay in memory up to a
 * budget in bytes. A second request for a thumbnail in memory completes at once, one on disk reads
 * the JPEG without decoding video.
 *
 * <p>The calling thread only reads the source's size and modification time; probing, decoding and
 * file writing run on the executor. A missing, unreadable or broken source, or one without a
 * picture, gives a failed future with a {@link MediaException} naming the file. A cache folder
 * that cannot be written costs a decode next time, nothing more. Thread-safe.
 */
public final class Thumbnails {

    /** Memory budget when none is given: 64 MiB of pixels, about 1,000 thumbnails 90 pixels high. */
    public static final long DEFAULT_MEMORY_BYTES = 64L << 20;
    static final float JPEG_QUALITY = 0.9f;

    private final MediaProbe probe;
    private final Path folder;
    private final BackgroundCache<String, Picture> cache;
    private final AtomicLong decodes = new AtomicLong();

    /**
     * @param probe       for the rotation and pixel aspect of each source (its cache makes this cheap)
     * @param folder      where the JPEGs are kept (created when first needed), e.g. {@link #defaultFolder()}
     * @param executor    where decoding runs; a current-thread executor makes it synchronous (tests)
     * @param memoryBytes how many bytes of pixels to keep in memory (4 per pixel)
     */
    public Thumbnails(MediaProbe probe, Path folder, Executor executor, long memoryBytes) {
        this.probe = probe;
        this.folder = folder;
        this.cache = new BackgroundCache<>(executor, memoryBytes, picture -> 4L * picture.argb().length);
    }

    /** {@link #Thumbnails(MediaProbe, Path, Executor, long)} with {@link #DEFAULT_MEMORY_BYTES}. */
    public Thumbnails(MediaProbe probe, Path folder, Executor executor) {
        this(probe, folder, executor, DEFAULT_MEMORY_BYTES);
    }

    /** {@code thumbnails} in {@link ProbeCache#cacheRoot()}. */
    public static Path defaultFolder() {
        return ProbeCache.cacheRoot().resolve("thumbnails");
    }

    /**
     * The frame of {@code file} shown at {@code time} (seconds of the source; after the end, the
     * last frame), {@code height} pixels high with the width that keeps its display aspect.
     *
     * @throws IllegalArgumentException when {@code time} is negative or {@code height} is below 1
     */
    public CompletableFuture<Picture> thumbnail(Path file, Rational time, int height) {
        if (time.signum() < 0) {
            throw new IllegalArgumentException("a source time cannot be negative, got " + time);
        }
        if (height < 1) {
            throw new IllegalArgumentException("a thumbnail must be at least 1 pixel high, got " + height);
        }
        CacheFiles.Stamp stamp;
        try {
            stamp = CacheFiles.stamp(file);
        } catch (MediaException e) {
            return CompletableFuture.failedFuture(e);
        }
        String key = stamp.key("thumbnail", time, height);
        return cache.get(key, file, () -> load(file, key, time, height));
    }

    /** How many thumbnails were decoded from video (not found in memory or on disk) so far. */
    long decodes() {
        return decodes.get();
    }

    private Picture load(Path file, String key, Rational time, int height) throws MediaException {
        Path jpeg = folder.resolve(key + ".jpg");
        Optional<Picture> stored = read(jpeg, height);
        if (stored.isPresent()) {
            return stored.get();
        }
        Picture picture = decode(file, time, height);
        write(jpeg, picture);
        return picture;
    }

    private Picture decode(Path file, Rational time, int height) throws MediaException {
        decodes.incrementAndGet();
        VideoInfo video = probe.probe(file).video()
                .orElseThrow(() -> new MediaException(file, "has no picture to show"));
        int width = (int) Math.max(1, Rational.of((long) height * video.displayWidth(), video.displayHeight()).round());
        try (VideoDecoder decoder = VideoDecoder.open(file, video, width, height)) {
            decoder.seek(time);
            return decoder.next().map(VideoFrame::picture)
                    .orElseThrow(() -> new MediaException(file, "has a video stream without a single frame"));
        }
    }

    /** The stored JPEG, if it is there, readable and of the height asked for. */
    private static Optional<Picture> read(Path jpeg, int height) {
        if (!Files.isRegularFile(jpeg)) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(jpeg.toFile());
            if (image == null || image.getHeight() != height) {
                return Optional.empty();
            }
            int w = image.getWidth();
            return Optional.of(new Picture(w, height, image.getRGB(0, 0, w, height, null, 0, w)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: decode again
        }
    }

    private static void write(Path jpeg, Picture picture) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            return;
        }
        ImageWriter writer = writers.next();
        try {
            CacheFiles.writeAtomically(jpeg, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                    writer.write(null, new IIOImage(image, null, null), param);
                }
            });
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk costs a decode next time
        } finally {
            writer.dispose();
        }
    }
}
