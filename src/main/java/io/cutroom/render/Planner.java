package io.cutroom.render;

import io.cutroom.ffmpeg.Escaping;
import io.cutroom.media.MediaInfo;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.SubtitleWriter;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
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
     * @param cacheDir the render cache's folder, or null to render everything afresh into {@code workDir}
     * @param ffmpegIdentity which FFmpeg runs the jobs (path and version): part of every fingerprint
     */
    public record Request(Cut cut, Preset preset, Map<Path, MediaInfo> media, TextLayout text, Path output,
            Path workDir, Path cacheDir, String ffmpegIdentity) {

        /** A request that renders everything afresh, with no cache. */
        public Request(Cut cut, Preset preset, Map<Path, MediaInfo> media, TextLayout text, Path output, Path workDir) {
            this(cut, preset, media, text, output, workDir, null, "");
        }
    }

    /** Bump when the meaning of cached outputs changes without their commands changing. */
    static final String RENDER_VERSION = "cutroom-render-5";

    /** Stands for a cacheable job's output folder while its fingerprint is computed. */
    private static final String OUT = "@OUT@";

    private final Request request;
    private final Map<Path, String> files = new LinkedHashMap<>();

    private Planner(Request request) {
        this.request = request;
    }

    public static RenderPlan plan(Request request) {
        return new Planner(request).plan();
    }

    private RenderPlan plan() {
        Cut cut = request.cut();
        Preset preset = request.preset();
        Format format = cut.format();
        Path workDir = request.workDir();
        int[] size = preset.size(format.width(), format.height());
        SegmentGraph.Settings settings = new SegmentGraph.Settings(size[0], size[1], preset,
                request.media(), request.text(), cut.subtitleStyle(), cut.lut(),
                preset.subtitles() == Preset.SubtitleMode.BURN);
        String segmentExtension = preset.container() == Preset.Container.MOV ? "mov" : "mp4";
        Path out = Path.of(OUT);

        List<Job> pictures = new ArrayList<>();
        List<Job> sounds = new ArrayList<>();
        List<Path> videoParts = new ArrayList<>();
        List<Path> clipStems = new ArrayList<>();
        List<Path> dialogueStems = new ArrayList<>();
        long minFrames = format.frameRate().toFrames(MIN_SEGMENT);
        for (int i = 0; i < cut.scenes().size(); i++) {
            SceneSpan span = cut.scenes().get(i);
            SegmentGraph.Outputs outputs = new SegmentGraph.Outputs(out.resolve("video." + segmentExtension),
                    out.resolve("clip.wav"), out.resolve("dialogue.wav"), workDir);
            String label = String.format(Locale.ROOT, "scene-%03d", i + 1);
            List<Segment> segments = segments(cut, span, minFrames);
            for (int j = 0; j < segments.size(); j++) {
                Segment segment = segments.get(j);
                Job picture = place(SegmentGraph.picture(segment.name(span), cut, segment.range(), settings, outputs,
                        files), "picture", label + String.format(Locale.ROOT, "-%03d-picture", j + 1));
                pictures.add(picture);
                videoParts.add(picture.outputs().get(0));
            }
            Job sound = place(SegmentGraph.sound("scene " + span.sceneId() + " sound", cut, span, settings, outputs,
                    files), "sound", label + "-sound");
            sounds.add(sound);
            clipStems.add(sound.outputs().get(0));
            dialogueStems.add(sound.outputs().get(1));
        }

        Path segmentList = list(workDir, "segments", videoParts);
        long durationMicros = micros(cut.format().frameRate(), cut.durationFrames());
        Normalisation normalisation = new Normalisation(preset.loudness(),
                preset.audio().sampleRate() > 0 ? preset.audio().sampleRate() : format.sampleRate());
        Job mix = place(MixGraph.job(cut, list(workDir, "clip", clipStems), list(workDir, "dialogue", dialogueStems),
                out.resolve("mix.wav"), out.resolve(RenderPlan.MEASUREMENT_FILE), normalisation.meter(), workDir, files),
                "mix", "mix");
        Path mixFile = mix.outputs().get(0);

        Job audio;
        RenderPlan.ChunkedAudio chunked = null;
        if (preset.audio().codec().equals("aac") && preset.container() != Preset.Container.MKV) {
            int rate = normalisation.outputSampleRate();
            int mixRate = format.sampleRate();
            long samples = Rational.of(cut.durationSamples() * rate, mixRate).floor();
            AacChunks layout = AacChunks.of(samples, rate, AacChunks.CHUNK_SECONDS);
            List<List<String>> parts = new ArrayList<>();
            for (int k = 0; k < layout.count(); k++) {
                List<String> part = new ArrayList<>(List.of("-y", "-i", mixFile.toString(), "-af",
                        layout.partFilter(k, mixRate, RenderPlan.NORMALISE), "-c:a", "aac"));
                if (preset.audio().bitrate() != null) {
                    part.addAll(List.of("-b:a", preset.audio().bitrate()));
                }
                part.addAll(List.of("-f", "adts", out.resolve("part-" + (k + 1) + ".aac").toString()));
                parts.add(part);
            }
            Path audioOut = out.resolve("audio.aac");
            audio = place(new Job("audio encoding", List.of(), durationMicros, cut.durationFrames() * 0.04,
                    List.of(audioOut)), "audio", "audio", mix.fingerprint(), parts.toString());
            String folder = audio.outputs().get(0).getParent().toString();
            List<Job> partJobs = new ArrayList<>();
            for (int k = 0; k < parts.size(); k++) {
                List<String> args = parts.get(k).stream()
                        .map(a -> a.startsWith(OUT + "/") ? folder + a.substring(OUT.length()) : a).toList();
                long length = (layout.encodeTo(k) < 0 ? samples : layout.encodeTo(k)) - layout.encodeFrom(k);
                partJobs.add(new Job("audio encoding, part " + (k + 1) + " of " + parts.size(), args,
                        Rational.of(length * 1_000_000, rate).round(), 0, List.of(Path.of(args.get(args.size() - 1)))));
            }
            List<Long> offsets = new ArrayList<>();
            for (int k = 0; k < layout.count(); k++) {
                offsets.add(layout.outputOffset(k, mixRate));
            }
            chunked = new RenderPlan.ChunkedAudio(layout, partJobs, offsets);
        } else {
            List<String> audioArgs = new ArrayList<>(List.of("-y", "-i", mixFile.toString(), "-af",
                    RenderPlan.NORMALISE, "-c:a", preset.audio().codec()));
            if (preset.audio().bitrate() != null) {
                audioArgs.addAll(List.of("-b:a", preset.audio().bitrate()));
            }
            String audioExtension = switch (preset.container()) {
                case MP4 -> "m4a";
                case MOV -> "mov";
                case MKV -> "mka";
            };
            Path audioOut = out.resolve("audio." + audioExtension);
            audioArgs.addAll(List.of("-vn", "-f", preset.container().muxer(), audioOut.toString()));
            audio = place(new Job("audio encoding", audioArgs, durationMicros, cut.durationFrames() * 0.04,
                    List.of(audioOut)), "audio", "audio", mix.fingerprint());
        }

        List<Cue> cues = cues(cut);
        Map<Path, String> sidecars = new LinkedHashMap<>();
        Path srt = null;
        if (!cues.isEmpty() && preset.subtitles() != Preset.SubtitleMode.NONE) {
            srt = workDir.resolve("subtitles.srt");
            files.put(srt, SubtitleWriter.srt(cues));
            String base = baseName(request.output());
            Path dir = request.output().toAbsolutePath().getParent();
            sidecars.put(dir.resolve(base + ".srt"), SubtitleWriter.srt(cues));
            sidecars.put(dir.resolve(base + ".vtt"), SubtitleWriter.vtt(cues));
        }
        Path chapters = workDir.resolve("chapters.ffmeta");
        files.put(chapters, chapters(cut));

        Path partial = partialOutput(request.output());
        List<String> args = new ArrayList<>(List.of("-y", "-f", "concat", "-safe", "0", "-i", segmentList.toString()));
        if (chunked != null) {
            // the joined AAC frames start with the encoder's priming, which ADTS cannot declare
            args.addAll(List.of("-itsoffset", "-" + chunked.layout().priming()));
        }
        args.addAll(List.of("-i", audio.outputs().get(0).toString()));
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
                "-c:v", "copy", "-c:a", "copy"));
        if (softTrack) {
            args.addAll(List.of("-c:s", preset.container().subtitleCodec(), "-metadata:s:s:0", "language=und"));
        }
        if (preset.container() != Preset.Container.MKV) {
            args.addAll(List.of("-movflags", "+faststart"));
        }
        args.addAll(List.of("-f", preset.container().muxer(), partial.toString()));
        Job mux = new Job("final file", args, durationMicros, cut.durationFrames() * 0.02, List.of(partial));

        return new RenderPlan(request.output(), partial, workDir, files, pictures, sounds, mix, audio, chunked,
                mux, sidecars, normalisation);
    }

    /**
     * The shortest picture segment worth its own FFmpeg run: shorter runs of shots are joined with
     * the shots after them.
     */
    static final Rational MIN_SEGMENT = Rational.of(2);

    /**
     * A run of a scene's picture encoded on its own, cached on its own and joined to the others by
     * stream copy.
     *
     * @param shots the shots that start in it
     */
    record Segment(FrameRange range, List<String> shots) {

        /** {@code scene s3 › s3-1, s3-2}, for progress and for what a render reports. */
        String name(SceneSpan span) {
            return "scene " + span.sceneId() + (shots.isEmpty() ? "" : " › " + String.join(", ", shots));
        }
    }

    /**
     * A scene's span cut at its cuts into picture segments: a segment per shot, except that no
     * segment ends inside a crossfade (the shots it joins share one) and a run of short shots
     * (under {@link #MIN_SEGMENT}) shares one. Where a segment ends depends only on the shots
     * around it, so a change to one shot leaves every other segment as it was: a changed take
     * re-encodes its own shot, not its scene.
     */
    static List<Segment> segments(Cut cut, SceneSpan span, long minFrames) {
        FrameRange window = span.range();
        List<VideoEvent> events = cut.video().stream().filter(e -> e.range().intersect(window).duration() > 0).toList();
        List<Long> bounds = new ArrayList<>(List.of(window.start()));
        for (VideoEvent e : events) {
            long b = e.range().start();
            boolean straddled = events.stream().anyMatch(o -> o.range().start() < b && b < o.range().end());
            if (b > window.start() && b < window.end() && e.crossfadeIn() == 0 && !straddled) {
                bounds.add(b);
            }
        }
        bounds.add(window.end());
        List<FrameRange> runs = new ArrayList<>();
        long start = window.start();
        for (int k = 1; k < bounds.size(); k++) {
            long end = bounds.get(k);
            if (end - start >= minFrames || k == bounds.size() - 1) {
                runs.add(FrameRange.between(start, end));
                start = end;
            }
        }
        if (runs.size() > 1 && runs.get(runs.size() - 1).duration() < minFrames) {
            FrameRange last = runs.remove(runs.size() - 1);
            FrameRange before = runs.remove(runs.size() - 1);
            runs.add(FrameRange.between(before.start(), last.end()));
        }
        List<Segment> segments = new ArrayList<>();
        for (FrameRange run : runs) {
            List<String> shots = events.stream()
                    .filter(e -> e.range().start() >= run.start() && e.range().start() < run.end())
                    .map(e -> e.origin().shotId()).filter(java.util.Objects::nonNull).distinct().toList();
            segments.add(new Segment(run, shots));
        }
        return segments;
    }

    /**
     * Gives a job built with outputs under {@code @OUT@} its fingerprint and its real output folder:
     * an entry of the cache named by the fingerprint, or a folder of the work folder without a cache.
     */
    private Job place(Job template, String kind, String label, String... extra) {
        Fingerprint fp = new Fingerprint().add(RENDER_VERSION).add(request.ffmpegIdentity());
        for (String e : extra) {
            fp.add(e);
        }
        String work = request.workDir().toString();
        String escapedWork = io.cutroom.ffmpeg.Escaping.filterValue(work);
        List<String> args = template.args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            fp.add(arg.replace(work, "@WORK@").replace(escapedWork, "@WORK@"));
            String file = files.get(Path.of(arg));
            if (file != null) {
                fp.add(file.replace(work, "@WORK@").replace(escapedWork, "@WORK@"));
            }
            if (i > 0 && args.get(i - 1).equals("-i")) {
                MediaInfo info = request.media().get(Path.of(arg));
                fp.add(info == null ? "not probed" : info.toString());
            }
        }
        String fingerprint = fp.hex();
        Path folder = request.cacheDir() != null
                ? request.cacheDir().resolve(kind + "-" + fingerprint) : request.workDir().resolve(label);
        List<String> placed = args.stream().map(a -> a.startsWith(OUT + "/") ? folder + a.substring(OUT.length()) : a)
                .toList();
        List<Path> outputs = template.outputs().stream()
                .map(p -> Path.of(folder + p.toString().substring(OUT.length()))).toList();
        return new Job(template.name(), placed, template.durationMicros(), template.weight(), outputs, fingerprint,
                request.cacheDir() != null ? folder : null);
    }

    private Path list(Path workDir, String name, List<Path> parts) {
        Path file = workDir.resolve(name + ".ffconcat");
        files.put(file, concatList(parts));
        return file;
    }

    /** Where the output is written until it is complete: a hidden file beside it. */
    public static Path partialOutput(Path output) {
        Path abs = output.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".partial");
    }

    /**
     * The subtitle events as cues in milliseconds. Times are rounded down from the exact frame
     * times: a cue then starts at most 1 ms before its first frame and ends at most 1 ms before the
     * first frame without it, so a player shows it on exactly its frames. Italic and bold tags in
     * the text become the cues' styling.
     */
    static List<Cue> cues(Cut cut) {
        FrameRate rate = cut.format().frameRate();
        List<Cue> cues = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            long start = millis(rate, e.range().start());
            long end = Math.max(start + 1, millis(rate, e.range().end()));
            cues.add(Cue.fromTagged(start, end, e.text(), e.speaker()));
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
        return rate.toSeconds(frame).multiply(Rational.of(1000)).floor();
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
