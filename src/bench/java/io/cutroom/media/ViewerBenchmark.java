package io.cutroom.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.cutroom.model.Rational;
import io.cutroom.testing.TestMedia;

/**
 * What the viewer and the timeline pay for media, on sources shaped like AI generators' output
 * (1080p and 720p H.264 at 24 fps, 2 s GOPs with B-frames, 8 and 4 Mbit/s, AAC): opening, a
 * frame-exact seek to a random time, the next frame in order, at 320x180 and 1280x720; a thumbnail
 * decoded, from disk and from memory; a waveform of 60 s. Prints medians and 90th percentiles.
 * Not a test, and not run by the build: run it by hand.
 *
 * <pre>
 * mvn -q -B -o -Pbenchmark -DskipTests test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.cutroom.media.ViewerBenchmark
 * </pre>
 */
public final class ViewerBenchmark {

    private ViewerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cutroom-viewer-bench");
        Path hd = source(dir.resolve("1080p.mp4"), "1920x1080", "8M", 10);
        Path sd = source(dir.resolve("720p.mp4"), "1280x720", "4M", 10);
        Path minute = source(dir.resolve("minute.mp4"), "1280x720", "4M", 60);
        MediaProbe probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
        for (Path source : List.of(hd, sd)) {
            MediaInfo info = probe.probe(source);
            for (int[] size : new int[][] {{320, 180}, {1280, 720}}) {
                measure(info, size[0], size[1]);
            }
        }
        thumbnails(probe, hd, dir.resolve("thumbnails"));
        waveforms(minute, dir.resolve("waveforms"));
    }

    private static Path source(Path file, String size, String rate, int seconds) {
        return TestMedia.run(file, List.of("-y", "-f", "lavfi", "-i", "testsrc2=s=" + size + ":r=24:d=" + seconds,
                "-f", "lavfi", "-i", "sine=f=440:d=" + seconds + ":sample_rate=48000", "-c:v", "libx264",
                "-preset", "veryfast", "-b:v", rate, "-g", "48", "-bf", "2", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-ac", "2", "-shortest", file.toString()));
    }

    private static void measure(MediaInfo info, int width, int height) throws MediaException {
        List<Double> opens = new ArrayList<>();
        List<Double> seeks = new ArrayList<>();
        List<Double> nexts = new ArrayList<>();
        long decoded = 0;
        long converted = 0;
        Random random = new Random(4);
        int rounds = 40;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            ClipReader reader = ClipReader.open(info, width, height);
            opens.add(ms(t0));
            reader.close();
        }
        try (ClipReader reader = ClipReader.open(info, width, height)) {
            for (int i = 0; i < rounds; i++) {
                Rational time = Rational.of(random.nextInt(9 * 24), 24).add(Rational.of(1, 48));
                long d0 = reader.decodedFrames();
                long c0 = reader.convertedFrames();
                long t0 = System.nanoTime();
                reader.seekVideo(time);
                reader.nextFrame().orElseThrow();
                seeks.add(ms(t0));
                decoded += reader.decodedFrames() - d0;
                converted += reader.convertedFrames() - c0;
                for (int k = 0; k < 5; k++) {
                    long t1 = System.nanoTime();
                    reader.nextFrame().orElseThrow();
                    nexts.add(ms(t1));
                }
            }
        }
        System.out.printf("%s %dx%d  open %s  seek+first frame %s (%.1f frames decoded, %.1f converted per seek)"
                        + "  next frame %s%n", info.path().getFileName(), width, height, stats(opens), stats(seeks),
                (double) decoded / rounds, (double) converted / rounds, stats(nexts));
    }

    private static void thumbnails(MediaProbe probe, Path source, Path folder) throws Exception {
        List<Double> decoded = new ArrayList<>();
        List<Double> fromDisk = new ArrayList<>();
        List<Double> fromMemory = new ArrayList<>();
        probe.probe(source);
        for (int i = 0; i < 10; i++) {
            Rational time = Rational.of(i, 1).add(Rational.of(1, 3));
            long t0 = System.nanoTime();
            Thumbnails cold = new Thumbnails(probe, folder, Runnable::run);
            cold.thumbnail(source, time, 90).get();
            decoded.add(ms(t0));
            long t1 = System.nanoTime();
            Thumbnails later = new Thumbnails(probe, folder, Runnable::run);
            later.thumbnail(source, time, 90).get();
            fromDisk.add(ms(t1));
            long t2 = System.nanoTime();
            later.thumbnail(source, time, 90).get();
            fromMemory.add(ms(t2));
        }
        System.out.printf("thumbnail 160x90 of 1080p  decoded %s  from disk %s  from memory %s%n", stats(decoded),
                stats(fromDisk), stats(fromMemory));
    }

    private static void waveforms(Path source, Path folder) throws Exception {
        List<Double> decoded = new ArrayList<>();
        List<Double> fromDisk = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path run = folder.resolve("run" + i);
            long t0 = System.nanoTime();
            new Waveforms(run, Runnable::run).waveform(source).get();
            decoded.add(ms(t0));
            long t1 = System.nanoTime();
            new Waveforms(run, Runnable::run).waveform(source).get();
            fromDisk.add(ms(t1));
        }
        System.out.printf("waveform of 60 s (720p + AAC)  decoded %s  from disk %s%n", stats(decoded), stats(fromDisk));
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static String stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
        return String.format("median %.1f ms, p90 %.1f ms", median, p90);
    }
}
