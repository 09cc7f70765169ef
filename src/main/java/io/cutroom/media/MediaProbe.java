package io.cutroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;
import io.cutroom.model.Rational;

/**
 * Asks ffprobe what a media file holds, and whether it is complete.
 *
 * <p>{@link #probe} runs {@code ffprobe -v error -print_format json -show_format -show_streams}
 * and also lists the timestamps of the packets in the first {@value #VFR_WINDOW_SECONDS} seconds:
 * a video stream is <em>variable frame rate</em> when the intervals between its sorted
 * presentation timestamps differ by more than one tick of its time base and by more than 5%. (The
 * rounding of 30000/1001 to milliseconds in Matroska, 33 or 34 ms, is one tick and stays constant
 * frame rate; a stretch of variable rate after the window is not seen.)
 *
 * <p>{@link #verify} adds a check for truncation: it reads the packets of the last second and
 * requires the data to reach the duration the file's header promises, within
 * {@value #TRUNCATION_TOLERANCE_MILLIS} ms. An MP4 cut before its index ("moov atom not found")
 * already fails {@link #probe} as truncated. A WAV file cut short is not detected: ffprobe derives
 * its duration from its size.
 */
public final class MediaProbe {

    static final int VFR_WINDOW_SECONDS = 20;
    static final long TRUNCATION_TOLERANCE_MILLIS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FFmpeg ffmpeg;
    private final ProbeCache cache;

    public MediaProbe(FFmpeg ffmpeg, ProbeCache cache) {
        this.ffmpeg = ffmpeg;
        this.cache = cache;
    }

    /**
     * What {@code file} holds: container, duration, first video and first audio stream.
     *
     * @throws MediaException naming the file: not found, empty, unreadable, not media, truncated MP4
     */
    public MediaInfo probe(Path file) throws MediaException {
        return entry(file).info();
    }

    /**
     * {@link #probe}, and then checks that the file's data reaches the duration its header
     * promises. The result is cached with the probe.
     *
     * @throws MediaException as {@link #probe}, or {@code "…: truncated: its data ends at 0.83 s
     *                        but its header promises 2.00 s"}
     */
    public MediaInfo verify(Path file) throws MediaException {
        ProbeCache.Entry entry = entry(file);
        if (entry.verified()) {
            return entry.info();
        }
        MediaInfo info = entry.info();
        Rational from = info.duration().subtract(Rational.of(1)).max(Rational.ZERO);
        FFmpegProcess tail = start(file, List.of("-v", "error", "-print_format", "json",
                "-read_intervals", from.toDecimal(6).toPlainString() + "%",
                "-show_entries", "packet=pts_time,duration_time,pos,size"));
        if (exitCode(file, tail) != 0) {
            throw new MediaException(file, "truncated: it cannot be read past " + seconds(from)
                    + " but its header promises " + seconds(info.duration()) + " (" + reason(file, tail.stderrTail()) + ")");
        }
        Rational dataEnd = null;
        for (JsonNode packet : json(file, tail).path("packets")) {
            Optional<Rational> pts = ProbeJson.seconds(packet.path("pts_time"));
            if (pts.isPresent()) {
                Rational end = pts.get().add(ProbeJson.seconds(packet.path("duration_time")).orElse(Rational.ZERO));
                dataEnd = dataEnd == null ? end : dataEnd.max(end);
            }
            long lastByte = packet.path("pos").asLong(0) + packet.path("size").asLong(0);
            if (lastByte > info.sizeBytes()) {
                throw new MediaException(file, "truncated: its data needs " + lastByte + " bytes but the file has "
                        + info.sizeBytes());
            }
        }
        if (dataEnd == null) {
            throw new MediaException(file, "truncated: it has no data after " + seconds(from)
                    + " but its header promises " + seconds(info.duration()));
        }
        if (dataEnd.compareTo(info.duration().subtract(Rational.of(TRUNCATION_TOLERANCE_MILLIS, 1000))) < 0) {
            throw new MediaException(file, "truncated: its data ends at " + seconds(dataEnd)
                    + " but its header promises " + seconds(info.duration()));
        }
        cache.store(file, new ProbeCache.Entry(info, true));
        return info;
    }

    private ProbeCache.Entry entry(Path file) throws MediaException {
        BasicFileAttributes attributes = attributes(file);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        Optional<ProbeCache.Entry> cached = cache.lookup(file, size, modified);
        if (cached.isPresent()) {
            return cached.get();
        }
        JsonNode root = run(file, List.of("-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                "-read_intervals", "%+" + VFR_WINDOW_SECONDS, "-show_entries", "packet=stream_index,pts"));
        ProbeCache.Entry entry = new ProbeCache.Entry(ProbeJson.read(file, size, modified, root), false);
        cache.store(file, entry);
        return entry;
    }

    private static BasicFileAttributes attributes(Path file) throws MediaException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new MediaException(file, "file not found");
        } catch (IOException e) {
            throw new MediaException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (attributes.isDirectory()) {
            throw new MediaException(file, "is a folder, not a media file");
        }
        if (attributes.size() == 0) {
            throw new MediaException(file, "empty file (0 bytes)");
        }
        if (!Files.isReadable(file)) {
            throw new MediaException(file, "cannot be read (permission denied)");
        }
        return attributes;
    }

    /** Runs ffprobe to the end and reads its JSON. */
    private JsonNode run(Path file, List<String> options) throws MediaException {
        FFmpegProcess process = start(file, options);
        if (exitCode(file, process) != 0) {
            throw unreadable(file, process.stderrTail());
        }
        return json(file, process);
    }

    /** Starts ffprobe on the file's absolute path (so that no name reads as an option or a protocol). */
    private FFmpegProcess start(Path file, List<String> options) throws MediaException {
        List<String> args = new ArrayList<>(options);
        args.add(file.toAbsolutePath().toString());
        try {
            return FFmpegProcess.startProbe(ffmpeg, args);
        } catch (FFmpegException e) {
            throw new MediaException(file, "" + e.getMessage(), e);
        }
    }

    private static int exitCode(Path file, FFmpegProcess process) throws MediaException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaException(file, "probing was interrupted");
        }
    }

    private static JsonNode json(Path file, FFmpegProcess process) throws MediaException {
        try {
            return JSON.readTree(process.stdout());
        } catch (IOException e) {
            throw new MediaException(file, "ffprobe printed something that is not JSON (" + e.getMessage() + ")", e);
        }
    }

    private static MediaException unreadable(Path file, String stderr) {
        if (stderr.contains("moov atom not found") && startsWithMp4Box(file)) {
            return new MediaException(file, "truncated: moov atom not found, the MP4 is incomplete");
        }
        return new MediaException(file, "not a media file ffprobe can read (" + reason(file, stderr) + ")");
    }

    /** ffprobe's last line without the file name or the {@code [demuxer @ 0x…]} in front. */
    private static String reason(Path file, String stderr) {
        List<String> lines = stderr.lines().toList();
        if (lines.isEmpty()) {
            return "ffprobe printed nothing";
        }
        String last = lines.get(lines.size() - 1);
        String prefix = file.toAbsolutePath() + ": ";
        return last.startsWith(prefix) ? last.substring(prefix.length()) : last.replaceFirst("^\\[[^\\]]*\\] ", "");
    }

    /** Whether the file starts like an ISO media file: a box header whose type is {@code ftyp}. */
    private static boolean startsWithMp4Box(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return head.length == 8 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp");
        } catch (IOException e) {
            return false;
        }
    }

    private static String seconds(Rational value) {
        return value.toDecimal(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " s";
    }
}
