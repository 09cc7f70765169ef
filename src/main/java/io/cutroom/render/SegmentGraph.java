package io.cutroom.render;

import io.cutroom.ffmpeg.Filter;
import io.cutroom.ffmpeg.FilterGraph;
import io.cutroom.media.MediaInfo;
import io.cutroom.media.VideoInfo;
import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.timeline.AudioEvent;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Fade;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The FFmpeg jobs of a window of the episode. The picture job (a segment: a shot, or the shots a
 * crossfade joins, or a run of short shots) conforms every video event that reaches into its window
 * to the output format (frame rate, size by fit mode, square pixels, pixel format), trims it to an
 * exact frame count, joins the pieces by cuts and crossfades, burns subtitles in on request and
 * encodes with the preset. The sound job writes a scene's clip audio and its dialogue as
 * exact-length PCM stems for the episode mix. Each has its own fingerprint, so a change to the
 * picture never remixes the sound and a change to the sound never re-encodes the picture.
 */
final class SegmentGraph {

    /**
     * Extra source time read past what a piece needs: enough for rate conversion to find the frame
     * after the last one (a 23.976 fps source's frame lasts 0.042 s), little enough not to decode
     * what is thrown away. A clip that really is short is padded by {@code tpad}/{@code apad}.
     */
    private static final Rational READ_MARGIN = Rational.of(1, 10);

    /** Characters of filtergraph kept inline; UTF-8 may need up to 4 bytes a character of the 128 KiB. */
    static final int MAX_INLINE_GRAPH = 30_000;

    record Settings(int width, int height, Preset preset, Map<Path, MediaInfo> media, TextLayout text,
            SubtitleStyle subtitleStyle, Path lut, boolean burnSubtitles) {
    }

    /** Where the job writes, and the folder for the text files it reads. */
    record Outputs(Path video, Path clipAudio, Path dialogue, Path workDir) {
    }

    /** A video event's frames inside the span, and the input its picture comes from (-1 for none). */
    private record Piece(VideoEvent event, FrameRange part, long offset, int input) {
    }

    private final Cut cut;
    private final FrameRange window;
    private final Settings settings;
    private final Outputs outputs;
    private final Map<Path, String> files;
    private final FrameRate rate;
    private final int sampleRate;
    private final List<String> inputArgs = new ArrayList<>();
    private final FilterGraph graph = new FilterGraph();
    private int inputs;
    private int labels;

    private SegmentGraph(Cut cut, FrameRange window, Settings settings, Outputs outputs, Map<Path, String> files) {
        this.cut = cut;
        this.window = window;
        this.settings = settings;
        this.outputs = outputs;
        this.files = files;
        this.rate = cut.format().frameRate();
        this.sampleRate = cut.format().sampleRate();
    }

    static Job picture(String name, Cut cut, FrameRange window, Settings settings, Outputs outputs,
            Map<Path, String> files) {
        return new SegmentGraph(cut, window, settings, outputs, files).picture(name);
    }

    static Job sound(String name, Cut cut, SceneSpan span, Settings settings, Outputs outputs,
            Map<Path, String> files) {
        return new SegmentGraph(cut, span.range(), settings, outputs, files).sound(name);
    }

    private Job picture(String name) {
        List<Piece> pieces = openPieces();
        String picture = composePicture(pieces);
        if (settings.burnSubtitles()) {
            picture = burnSubtitles(picture);
        }
        Preset.Video video = settings.preset().video();
        List<String> args = new ArrayList<>(List.of("-y"));
        args.addAll(inputArgs);
        args.addAll(filterComplex(graph, outputs.workDir(), files));
        args.addAll(List.of("-map", "[" + picture + "]", "-c:v", video.codec()));
        video.options().forEach((k, v) -> args.addAll(List.of("-" + k, v)));
        args.addAll(List.of("-threads", RenderPlan.THREADS));
        args.addAll(List.of("-pix_fmt", video.pixelFormat(), "-color_range", "tv", "-fps_mode", "passthrough",
                "-frames:v", Long.toString(window.duration()), "-video_track_timescale", Long.toString(timescale()),
                "-an", "-sn", "-dn", "-f", settings.preset().container() == Preset.Container.MOV ? "mov" : "mp4",
                outputs.video().toString()));
        return new Job(name, args, Planner.micros(rate, window.duration()), window.duration(), List.of(outputs.video()));
    }

    private Job sound(String name) {
        String clipAudio = mixStem(clipAudio(), "clip");
        String dialogue = mixStem(dialogue(), "dialogue");
        List<String> args = new ArrayList<>(List.of("-y"));
        args.addAll(inputArgs);
        args.addAll(filterComplex(graph, outputs.workDir(), files));
        for (String[] stem : new String[][] {{clipAudio, outputs.clipAudio().toString()},
                {dialogue, outputs.dialogue().toString()}}) {
            args.addAll(List.of("-map", "[" + stem[0] + "]", "-c:a", "pcm_f32le", "-rf64", "auto", "-f", "wav", stem[1]));
        }
        return new Job(name, args, Planner.micros(rate, window.duration()), window.duration() * 0.05,
                List.of(outputs.clipAudio(), outputs.dialogue()));
    }

    /**
     * The graph as an argument, or — past what one command-line argument may hold (128 KiB on
     * Linux) — as a file FFmpeg reads with {@code -/filter_complex}.
     */
    static List<String> filterComplex(FilterGraph graph, Path workDir, Map<Path, String> files) {
        String text = graph.toString();
        if (text.length() <= MAX_INLINE_GRAPH) {
            return List.of("-filter_complex", text);
        }
        Path file = workDir.resolve("graph-" + Fingerprint.of(text) + ".txt");
        files.put(file, text);
        return List.of("-/filter_complex", file.toString());
    }

    /** A track timescale in which every frame lasts a whole number of ticks. */
    private long timescale() {
        return rate.num() < 1000 ? rate.num() * 1000 : rate.num();
    }

    private List<Piece> openPieces() {
        List<Piece> pieces = new ArrayList<>();
        for (VideoEvent e : cut.video()) {
            FrameRange part = e.range().intersect(window);
            if (part.duration() == 0) {
                continue;
            }
            long offset = part.start() - e.range().start();
            if (e instanceof VideoEvent.Clip clip) {
                Rational seek = clip.sourceIn().add(rate.toSeconds(offset));
                int input = openInput(clip.source(), seek, rate.toSeconds(part.duration()));
                pieces.add(new Piece(e, part, offset, input));
            } else {
                pieces.add(new Piece(e, part, offset, -1));
            }
        }
        return pieces;
    }

    private int openInput(Path source, Rational seek, Rational duration) {
        inputArgs.addAll(List.of("-ss", Planner.seconds(seek), "-t", Planner.seconds(duration.add(READ_MARGIN)),
                "-i", source.toString()));
        return inputs++;
    }

    /** Joins the pieces: runs of cuts with one concat, a crossfade with xfade. */
    private String composePicture(List<Piece> pieces) {
        List<String> run = new ArrayList<>();
        long runFrames = 0;
        for (Piece p : pieces) {
            String label = piece(p);
            long crossfade = p.offset() == 0 ? p.event().crossfadeIn() : 0;
            if (crossfade > 0 && !run.isEmpty()) {
                String before = concat(run);
                String out = label();
                graph.chain(List.of(before, label), List.of(Filter.of("xfade").set("transition", "fade")
                        .set("duration", Planner.seconds(rate.toSeconds(crossfade)))
                        .set("offset", Planner.seconds(rate.toSeconds(runFrames - crossfade))),
                        timebase()), List.of(out));
                run = new ArrayList<>(List.of(out));
                runFrames += p.part().duration() - crossfade;
            } else {
                run.add(label);
                runFrames += p.part().duration();
            }
        }
        if (runFrames != window.duration()) {
            throw new IllegalStateException("scene span " + window + " composed to " + runFrames + " frames");
        }
        return concat(run);
    }

    private String concat(List<String> run) {
        if (run.size() == 1) {
            return run.get(0);
        }
        String out = label();
        graph.chain(run, List.of(Filter.of("concat").set("n", run.size()).set("v", 1).set("a", 0), timebase()),
                List.of(out));
        return out;
    }

    private String piece(Piece p) {
        List<Filter> filters = new ArrayList<>();
        List<String> in;
        String pixelFormat = settings.preset().video().pixelFormat();
        long n = p.part().duration();
        if (p.event() instanceof VideoEvent.Clip clip) {
            in = List.of(p.input() + ":v:0");
            // -ss puts the seek point at 0, so the picture stays anchored to the in point like its sound;
            // fps then shows at frame k the last source frame before k + ½ (it rounds to the nearest),
            // and the first frame after the seek point until one comes (see ui.viewer.SourceFrame)
            filters.add(Filter.of("fps").set("fps", rate.toString()).set("start_time", 0));
            filters.addAll(squarePixels(clip.source()));
            filters.addAll(fit(clip.fit()));
            if (settings.lut() != null) {
                filters.add(Filter.of("lut3d").set("file", settings.lut().toString()));
            }
            filters.add(Filter.of("setsar").set("sar", "1"));
            filters.add(Filter.of("format").set("pix_fmts", pixelFormat));
            filters.add(Filter.of("tpad").set("stop", -1).set("stop_mode", "clone"));
        } else {
            in = List.of();
            Color background = p.event() instanceof VideoEvent.Card card ? card.background() : Color.parse("#1E2227");
            filters.add(Filter.of("color").set("c", hex(background))
                    .set("s", settings.width() + "x" + settings.height()).set("r", rate.toString()));
            filters.add(Filter.of("format").set("pix_fmts", pixelFormat));
            filters.add(Filter.of("setparams").set("range", "tv"));
            filters.addAll(p.event() instanceof VideoEvent.Card card ? cardText(card) : slateText((VideoEvent.Slate) p.event()));
        }
        filters.add(Filter.of("trim").set("end_frame", n));
        filters.add(Filter.of("setpts").set("expr", "PTS-STARTPTS"));
        filters.addAll(fades(p));
        filters.add(timebase());
        String out = label();
        graph.chain(in, filters, List.of(out));
        return out;
    }

    /** Anamorphic sources are scaled to square pixels first, so fitting sees their real shape. */
    private List<Filter> squarePixels(Path source) {
        Rational sar = Planner.info(settings.media(), source).flatMap(MediaInfo::video)
                .map(VideoInfo::sampleAspect).orElse(Rational.of(1));
        if (sar.equals(Rational.of(1)) || sar.signum() <= 0) {
            return List.of();
        }
        return List.of(Filter.of("scale").set("w", "trunc(iw*sar/2)*2").set("h", "ih"), Filter.of("setsar").set("sar", "1"));
    }

    /**
     * Scales to the frame by the shot's fit mode. The scale also converts full-range ("JPEG")
     * sources, which some generators write, to the limited range that every delivery expects.
     */
    private List<Filter> fit(FitMode fit) {
        String w = Integer.toString(settings.width());
        String h = Integer.toString(settings.height());
        return switch (fit) {
            case FIT -> List.of(
                    Filter.of("scale").set("w", w).set("h", h).set("force_original_aspect_ratio", "decrease")
                            .set("force_divisible_by", 2).set("out_range", "tv"),
                    Filter.of("pad").set("w", w).set("h", h).set("x", "(ow-iw)/2").set("y", "(oh-ih)/2")
                            .set("color", "black"));
            case FILL -> List.of(
                    Filter.of("scale").set("w", w).set("h", h).set("force_original_aspect_ratio", "increase")
                            .set("out_range", "tv"),
                    Filter.of("crop").set("w", w).set("h", h));
            case STRETCH -> List.of(Filter.of("scale").set("w", w).set("h", h).set("out_range", "tv"));
        };
    }

    private List<Filter> fades(Piece p) {
        List<Filter> fades = new ArrayList<>();
        Fade in = p.event().fadeIn();
        if (!in.isNone() && p.offset() == 0) {
            fades.add(Filter.of("fade").set("t", "in").set("s", 0).set("n", in.frames()).set("color", hex(in.color())));
        }
        Fade out = p.event().fadeOut();
        long start = p.event().range().duration() - out.frames() - p.offset();
        if (!out.isNone() && start >= 0 && start < p.part().duration()) {
            fades.add(Filter.of("fade").set("t", "out").set("s", start).set("n", out.frames())
                    .set("color", hex(out.color())));
        }
        return fades;
    }

    private List<Filter> cardText(VideoEvent.Card card) {
        if (card.text().isBlank()) {
            return List.of();
        }
        int size = Math.max(16, Math.round(settings.height() * 0.075f));
        String text = String.join("\n", BurnIn.lines(settings.text(), card.text(), size, Math.round(settings.width() * 0.8f)));
        return List.of(drawText(text, size, card.color()).set("x", "(w-text_w)/2").set("y", "(h-text_h)/2"));
    }

    private List<Filter> slateText(VideoEvent.Slate slate) {
        int size = Math.max(14, Math.round(settings.height() * 0.055f));
        int small = Math.max(10, Math.round(settings.height() * 0.035f));
        int margin = Math.round(settings.height() * 0.06f);
        int border = Math.max(2, settings.height() / 180);
        String description = String.join("\n",
                BurnIn.lines(settings.text(), slate.description(), size, Math.round(settings.width() * 0.8f)));
        String label = "SLATE · " + slate.origin().sceneId() + " / " + slate.origin().shotId() + " · not generated yet";
        return List.of(
                Filter.of("drawbox").set("x", margin / 2).set("y", margin / 2).set("w", "iw-" + margin)
                        .set("h", "ih-" + margin).set("color", "0xE0B040").set("t", border),
                drawText(label, small, Color.parse("#E0B040")).set("x", margin).set("y", margin),
                drawText(description, size, Color.WHITE).set("x", "(w-text_w)/2").set("y", "(h-text_h)/2"));
    }

    /**
     * Each cue as one {@code drawtext} laid out by {@link BurnIn}: its lines centred, its first line's
     * top at the placement's top ({@code y_align=font} steps lines by the font's line height, as the
     * layout does), in the speaker's colour, with the style's outline, shadow and box.
     */
    private String burnSubtitles(String picture) {
        SubtitleStyle style = settings.subtitleStyle();
        List<Filter> filters = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            FrameRange part = e.range().intersect(window);
            if (part.duration() == 0) {
                continue;
            }
            BurnIn.Placement at = BurnIn.place(style, settings.width(), settings.height(), settings.text(), e.text(),
                    e.speaker());
            Filter f = drawText(String.join("\n", at.lines()), at.size(), at.color()).set("x", "(w-text_w)/2")
                    .set("y", at.top()).set("y_align", "font");
            if (style.outline() > 0) {
                f = f.set("borderw", style.outline()).set("bordercolor", hex(style.outlineColor()));
            }
            if (style.shadow() > 0) {
                f = f.set("shadowx", style.shadow()).set("shadowy", style.shadow())
                        .set("shadowcolor", hex(style.shadowColor()));
            }
            if (style.box()) {
                f = f.set("box", 1).set("boxcolor", hex(style.boxColor())).set("boxborderw", at.boxPadding());
            }
            long first = part.start() - window.start();
            long last = part.end() - window.start() - 1;
            filters.add(f.set("enable", "between(n," + first + "," + last + ")"));
        }
        if (filters.isEmpty()) {
            return picture;
        }
        String out = label();
        graph.chain(List.of(picture), filters, List.of(out));
        return out;
    }

    /** drawtext reading its text from a file (no expansion), so no text is ever parsed as syntax. */
    private Filter drawText(String text, int size, Color color) {
        Path file = outputs.workDir().resolve("text-" + Fingerprint.of(text) + ".txt");
        files.put(file, text);
        return Filter.of("drawtext").set("fontfile", settings.text().fontFile().toString())
                .set("textfile", file.toString()).set("expansion", "none").set("fontsize", size)
                .set("fontcolor", hex(color)).set("text_align", "C");
    }

    /** The takes' own sound in the span: clips that have any, and whose shot uses it. */
    private List<String> clipAudio() {
        return audioEvents(AudioEvent.Kind.CLIP);
    }

    private List<String> dialogue() {
        return audioEvents(AudioEvent.Kind.DIALOGUE);
    }

    private List<String> audioEvents(AudioEvent.Kind kind) {
        List<String> labels = new ArrayList<>();
        for (AudioEvent a : cut.audio()) {
            long start = Math.max(a.start(), sampleStart());
            long end = Math.min(a.end(), sampleEnd());
            boolean hasAudio = Planner.info(settings.media(), a.source()).map(MediaInfo::hasAudio).orElse(true);
            if (a.kind() != kind || end <= start || !hasAudio) {
                continue;
            }
            Rational seek = a.sourceIn().add(Rational.of(start - a.start(), sampleRate));
            int input = openInput(a.source(), seek, Rational.of(end - start, sampleRate));
            labels.add(audioPiece(input + ":a:0", a, start, end));
        }
        return labels;
    }

    /** One audio event's samples in the span, conformed, gained, faded and placed. */
    private String audioPiece(String input, AudioEvent a, long start, long end) {
        long length = end - start;
        long offset = start - a.start();
        List<Filter> f = new ArrayList<>(conformAudio(sampleRate));
        if (a.gain() != 0) {
            f.add(Filter.of("volume").set("volume", decibels(a.gain())));
        }
        f.add(Filter.of("apad"));
        f.add(Filter.of("atrim").set("end_sample", length));
        if (a.fadeIn() > 0 && offset == 0) {
            f.add(Filter.of("afade").set("t", "in").set("ss", 0).set("ns", a.fadeIn()));
        }
        long fadeOutStart = a.length() - a.fadeOut() - offset;
        if (a.fadeOut() > 0 && fadeOutStart >= 0 && fadeOutStart < length) {
            f.add(Filter.of("afade").set("t", "out").set("ss", fadeOutStart).set("ns", a.fadeOut()));
        }
        long delay = start - sampleStart();
        if (delay > 0) {
            f.add(Filter.of("adelay").set("delays", delay + "S").set("all", 1));
        }
        String out = label();
        graph.chain(List.of(input), f, List.of(out));
        return out;
    }

    /** Mixes a stem's pieces into exactly the span's samples (silence where nothing plays). */
    private String mixStem(List<String> pieces, String name) {
        long length = sampleEnd() - sampleStart();
        String out = name;
        if (pieces.isEmpty()) {
            graph.chain(List.of(), List.of(Filter.of("anullsrc").set("r", sampleRate).set("cl", "stereo"),
                    Filter.of("atrim").set("end_sample", length)), List.of(out));
        } else {
            List<Filter> f = new ArrayList<>();
            if (pieces.size() > 1) {
                f.add(Filter.of("amix").set("inputs", pieces.size()).set("normalize", 0).set("duration", "longest"));
            }
            f.add(Filter.of("apad"));
            f.add(Filter.of("atrim").set("end_sample", length));
            graph.chain(pieces, f, List.of(out));
        }
        return out;
    }

    static List<Filter> conformAudio(int sampleRate) {
        return List.of(Filter.of("asetpts").set("expr", "PTS-STARTPTS"),
                Filter.of("aresample").set("osr", sampleRate),
                Filter.of("aformat").set("sample_fmts", "fltp").set("channel_layouts", "stereo"));
    }

    static String decibels(double gain) {
        return String.format(Locale.ROOT, "%.2fdB", gain);
    }

    private long sampleStart() {
        return cut.sampleAt(window.start());
    }

    private long sampleEnd() {
        return cut.sampleAt(window.end());
    }

    private Filter timebase() {
        return Filter.of("settb").set("expr", rate.den() + "/" + rate.num());
    }

    private String label() {
        return "p" + (++labels);
    }

    static String hex(Color c) {
        String rgb = String.format(Locale.ROOT, "0x%02X%02X%02X", c.red(), c.green(), c.blue());
        return c.alpha() == 255 ? rgb : rgb + String.format(Locale.ROOT, "@%.3f", c.alpha() / 255.0);
    }
}
