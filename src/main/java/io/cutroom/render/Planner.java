package io.cutroom.render;

import io.cutroom.ffmpeg.Escaping;
import io.cutroom.media.MediaInfo;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.SubtitleWriter;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.SubtitleEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link Cut} and a {@link Preset} into a {@link RenderPlan}. Pure: it reads no file and
 * starts no process; what it needs to know about media arrives as probes.
 */
public final class Planner {

    /**
     * What to plan.
     *
     * @param media probes of the cut's sources, by absolute path (a source missing here is assumed
     *     to have audio and square pixels)
     * @param text the font for drawn text, or null when nothing is drawn (no cards, slates or burn-in)
     * @param workDir a folder of this render's own, on the output's file system
     */
    public record Request(Cut cut, Preset preset, Map<Path, MediaInfo> media, TextLayout text, Path output,
            Path workDir) {
    }

    private Planner() {
    }

    public static RenderPlan plan(Request request) {
        Cut cut = request.cut();
        Preset preset = request.preset();
        Format format = cut.format();
        int[] size = preset.size(format.width(), format.height());
        Map<Path, String> files = new LinkedHashMap<>();
        SegmentGraph.Settings settings = new SegmentGraph.Settings(size[0], size[1], preset,
                request.media(), request.text(), cut.subtitleStyle(), cut.lut(),
                preset.subtitles() == Preset.SubtitleMode.BURN);
        String segmentExtension = preset.container() == Preset.Container.MOV ? "mov" : "mp4";

        List<Job> segments = new ArrayList<>();
        List<Path> videoParts = new ArrayList<>();
        List<Path> clipStems = new ArrayList<>();
        List<Path> dialogueStems = new ArrayList<>();
        for (int i = 0; i < cut.scenes().size(); i++) {
            SceneSpan span = cut.scenes().get(i);
            String stem = String.format(Locale.ROOT, "scene-%03d", i + 1);
            SegmentGraph.Outputs out = new SegmentGraph.Outputs(
                    request.workDir().resolve(stem + "." + segmentExtension),
                    request.workDir().resolve(stem + "-clip.wav"),
                    request.workDir().resolve(stem + "-dialogue.wav"),
                    request.workDir().resolve(stem + "-text"));
            segments.add(SegmentGraph.job("scene " + span.sceneId(), cut, span, settings, out, files));
            videoParts.add(out.video());
            clipStems.add(out.clipAudio());
            dialogueStems.add(out.dialogue());
        }

        Path segmentList = request.workDir().resolve("segments.ffconcat");
        files.put(segmentList, concatList(videoParts));
        Path clipList = request.workDir().resolve("clip.ffconcat");
        files.put(clipList, concatList(clipStems));
        Path dialogueList = request.workDir().resolve("dialogue.ffconcat");
        files.put(dialogueList, concatList(dialogueStems));

        Path mixFile = request.workDir().resolve("mix.wav");
        Job mix = MixGraph.job(cut, clipList, dialogueList, mixFile, files);
        long durationMicros = micros(cut.format().frameRate(), cut.durationFrames());
        Loudnorm loudnorm = new Loudnorm(preset.loudness(),
                preset.audio().sampleRate() > 0 ? preset.audio().sampleRate() : format.sampleRate());
        Job measure = new Job("loudness measurement",
                List.of("-i", mixFile.toString(), "-af", loudnorm.firstPass(), "-f", "null", "-"),
                durationMicros, cut.durationFrames() * 0.03, List.of());

        List<Cue> cues = cues(cut);
        Map<Path, String> sidecars = new LinkedHashMap<>();
        Path srt = null;
        if (!cues.isEmpty() && preset.subtitles() != Preset.SubtitleMode.NONE) {
            srt = request.workDir().resolve("subtitles.srt");
            files.put(srt, SubtitleWriter.srt(cues));
            String base = baseName(request.output());
            Path dir = request.output().toAbsolutePath().getParent();
            sidecars.put(dir.resolve(base + ".srt"), SubtitleWriter.srt(cues));
            sidecars.put(dir.resolve(base + ".vtt"), SubtitleWriter.vtt(cues));
        }
        Path chapters = request.workDir().resolve("chapters.ffmeta");
        files.put(chapters, chapters(cut));

        Path partial = partialOutput(request.output());
        List<String> args = new ArrayList<>(List.of("-y", "-f", "concat", "-safe", "0", "-i", segmentList.toString(),
                "-i", mixFile.toString()));
        boolean softTrack = srt != null && preset.subtitles() == Preset.SubtitleMode.SOFT;
        if (softTrack) {
            args.addAll(List.of("-i", srt.toString()));
        }
        int metaInput = softTrack ? 3 : 2;
        args.addAll(List.of("-f", "ffmetadata", "-i", chapters.toString(),
                "-map", "0:v:0", "-map", "1:a:0"));
        if (softTrack) {
            args.addAll(List.of("-map", "2:s:0"));
        }
        args.addAll(List.of("-map_metadata", Integer.toString(metaInput), "-map_chapters", Integer.toString(metaInput),
                "-c:v", "copy", "-af", RenderPlan.MEASURED_LOUDNORM, "-c:a", preset.audio().codec()));
        if (preset.audio().bitrate() != null) {
            args.addAll(List.of("-b:a", preset.audio().bitrate()));
        }
        if (softTrack) {
            args.addAll(List.of("-c:s", preset.container().subtitleCodec(), "-metadata:s:s:0", "language=und"));
        }
        if (preset.container() != Preset.Container.MKV) {
            args.addAll(List.of("-movflags", "+faststart"));
        }
        args.addAll(List.of("-f", preset.container().muxer(), partial.toString()));
        Job mux = new Job("final file", args, durationMicros, cut.durationFrames() * 0.06, List.of(partial));

        return new RenderPlan(request.output(), partial, request.workDir(), files, segments, mix, measure, mux,
                sidecars, loudnorm);
    }

    /** Where the output is written until it is complete: a hidden file beside it. */
    public static Path partialOutput(Path output) {
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".partial");
    }

    /** The subtitle events as cues in milliseconds, rounded from exact frame times. */
    static List<Cue> cues(Cut cut) {
        FrameRate rate = cut.format().frameRate();
        List<Cue> cues = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            long start = millis(rate, e.range().start());
            long end = Math.max(start + 1, millis(rate, e.range().end()));
            cues.add(new Cue(start, end, e.text(), e.speaker()));
        }
        return cues;
    }

    static String chapters(Cut cut) {
        FrameRate rate = cut.format().frameRate();
        StringBuilder sb = new StringBuilder(";FFMETADATA1\n");
        if (!cut.title().isBlank()) {
            sb.append("title=").append(Escaping.ffmetadata(cut.title())).append('\n');
        }
        for (SceneSpan s : cut.scenes()) {
            sb.append("[CHAPTER]\nTIMEBASE=").append(rate.den()).append('/').append(rate.num()).append('\n')
                    .append("START=").append(s.range().start()).append('\n')
                    .append("END=").append(s.range().end()).append('\n')
                    .append("title=").append(Escaping.ffmetadata(s.chapterTitle())).append('\n');
        }
        return sb.toString();
    }

    private static String concatList(List<Path> files) {
        StringBuilder sb = new StringBuilder("ffconcat version 1.0\n");
        for (Path f : files) {
            sb.append(Escaping.concatFileLine(f)).append('\n');
        }
        return sb.toString();
    }

    static long millis(FrameRate rate, long frame) {
        return rate.toSeconds(frame).multiply(Rational.of(1000)).round();
    }

    static long micros(FrameRate rate, long frames) {
        return rate.toSeconds(frames).multiply(Rational.of(1_000_000)).round();
    }

    /** Seconds as FFmpeg reads them: a plain decimal with microsecond precision. */
    static String seconds(Rational seconds) {
        return seconds.toDecimal(6).stripTrailingZeros().toPlainString();
    }

    private static String baseName(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Optional<MediaInfo> info(Map<Path, MediaInfo> media, Path source) {
        return Optional.ofNullable(media.get(source));
    }
}
