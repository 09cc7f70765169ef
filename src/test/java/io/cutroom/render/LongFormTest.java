package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.testing.FrameStats;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long-form exactness check: a 60-minute episode of 700 shots in 50 scenes, cut from clips at
 * 23.976, 24, 25, 30 and 60 fps (some silent) trimmed at awkward in and out points, with
 * crossfades and dips, cards and slates, dialogue and subtitles on shots all the way to the end
 * and a music bed under it all, rendered for real at 64x36 and checked at its end: the picture
 * has exactly the timeline's frames, sound and picture end together, the last subtitles are
 * where the cut puts them, and shots near the end start and stop on their own frames.
 *
 * <p>The project runs at 30000/1001 with 48 kHz sound: a frame lasts 1601.6 samples, so scene
 * boundaries fall between samples and any per-scene rounding of the sound would add up over the
 * 50 joins (at 24000/1001 a frame is exactly 2002 samples, which would hide that); every source
 * rate has to be converted (30 and 60 fps drop frames, 24 and 25 fps repeat them) and the
 * 1001/24000 in points never land on an output frame.
 *
 * <p>It takes about a minute and a half on two cores, most of it in the hour's sound: the mix,
 * its loudness measurement and its encoding; the picture encodes in about half a minute at this size.
 */
class LongFormTest {

    static final FrameRate RATE = new FrameRate(30000, 1001);
    static final int SAMPLE_RATE = 48000;
    static final int SCENES = 50;
    static final int SHOTS = 700;
    /** Shots per scene, in turn: 14 on average. */
    static final int[] SCENE_SIZES = {14, 9, 19, 12, 16, 11, 17};
    /** A generated clip: testsrc2 at a size and rate, with a tone (at 44.1 kHz unless said) or silent. */
    record Source(String file, String size, String rate, int toneHz, String... audioOptions) {
    }

    static final List<Source> SOURCES = List.of(
            new Source("r23976.mp4", "96x54", "24000/1001", 330),
            new Source("r24.mp4", "96x54", "24", 0),
            new Source("r25.mp4", "72x54", "25", 550),
            new Source("r30.mp4", "54x96", "30", 0),
            new Source("r60.mp4", "96x54", "60", 770, "-ar", "22050"));
    static final double SOURCE_SECONDS = 8.5;
    /** In points, taken in turn: frame times of other rates and plain decimals. */
    static final String[] INS = {"0", "1001/24000", "0.37", "7007/24000", "1.125", "0.333", "11011/30000", "0.8665"};
    /** Take lengths, taken in turn (coprime with the in points, so pairs vary). */
    static final String[] LENGTHS = {"5.337", "5.005", "4.7", "6.1061", "5.3", "5.4715", "1001/200", "5.3203", "4.96",
            "5.9", "5.2042"};

    @TempDir
    static Path dir;
    static Cut cut;
    static Preset preset;
    static Preflight.Report report;
    static Path output;
    static JsonNode probe;

    @BeforeAll
    static void render() throws Exception {
        makeMedia(dir.resolve("media"));
        Project project = new Project(new Format(1280, 720, RATE, SAMPLE_RATE), "media", Style.DEFAULT,
                List.of(new Episode("ep1", "Long form", scenes(), music())));
        report = Preflight.check(project, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), true);
        assertThat(report.hasErrors()).as(report.problems().toString()).isFalse();
        cut = report.cut();
        preset = new Preset("tiny", "64x36 H.264 ultrafast, AAC: the long-form check", Preset.Container.MP4, 64, 36,
                new Preset.Video("libx264", "yuv420p", Map.of("preset", "ultrafast", "crf", "30")),
                new Preset.Audio("aac", "64k", 0), new Preset.Loudness(-14, -1, 11), Preset.SubtitleMode.SOFT);
        output = dir.resolve("episode.mp4");
        RenderPlan plan = Planner.plan(new Planner.Request(cut, preset, report.media(), report.text(), output,
                dir.resolve("episode.work")));
        new Renderer(TestMedia.ffmpeg(), 2).run(plan, Renderer.Listener.NONE);
        probe = new ObjectMapper().readTree(TestMedia.probe("-v", "error", "-print_format", "json", "-show_streams",
                "-show_format", "-show_chapters", "-count_frames", output.toString()));
    }

    static void makeMedia(Path media) {
        for (Source s : SOURCES) {
            TestMedia.clip(media.resolve(s.file()), s.size(), s.rate(), SOURCE_SECONDS, s.toneHz(), s.audioOptions());
        }
        Path flash = media.resolve("green.mp4");
        TestMedia.run(flash, List.of("-y", "-f", "lavfi", "-i", "color=c=0x00FF00:s=96x54:r=24:d=4",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", flash.toString()));
        TestMedia.tone(media.resolve("line.wav"), 300, 1.2);
        TestMedia.tone(media.resolve("sting.wav"), 880, 2);
        // the bed outlasts the episode; FLAC of a 16 kHz tone is quick to make and small (20 MB)
        Path bed = media.resolve("bed.flac");
        TestMedia.run(bed, List.of("-y", "-f", "lavfi", "-i", "sine=f=220:d=3700:sample_rate=16000", "-ac", "1",
                "-c:a", "flac", bed.toString()));
    }

    /** 700 shots in 50 scenes; the last scene ends with the shots the end checks look at. */
    static List<Scene> scenes() {
        List<Scene> scenes = new ArrayList<>();
        int shot = 0;
        for (int s = 0; s < SCENES; s++) {
            boolean last = s == SCENES - 1;
            int size = last ? SHOTS - shot : SCENE_SIZES[s % SCENE_SIZES.length];
            List<Shot> shots = new ArrayList<>();
            for (int j = 0; j < (last ? size - END.size() : size); j++, shot++) {
                shots.add(shot(shot, s, j));
            }
            if (last) {
                shots.addAll(END);
                shot += END.size();
            }
            scenes.add(new Scene(String.format("s%02d", s + 1), "INT. ROOM " + (s + 1) + " - DAY", null, shots));
        }
        return scenes;
    }

    /** Shot {@code i} of the episode, the {@code j}-th of scene {@code s}. */
    static Shot shot(int i, int s, int j) {
        String id = String.format("sh%03d", i + 1);
        Shot shot;
        if (j == 0 && s % 6 == 3) {
            shot = new Card(id, "Part " + (s / 6 + 1), Rational.parse("2.5"), Color.parse("#203040"), Color.WHITE,
                    Transition.CUT, List.of(), List.of());
        } else if (i % 47 == 20) {
            shot = new Slate(id, "Not generated yet: shot " + (i + 1), Rational.parse("3.003"), Transition.CUT,
                    List.of(), List.of());
        } else {
            shot = take(id, SOURCES.get(i % SOURCES.size()).file(), INS[i % INS.length], LENGTHS[i % LENGTHS.length],
                    FitMode.values()[i % 3]);
        }
        if (i > 0) {
            shot = shot.withTransition(transition(i));
        }
        if (i % 3 == 1) {
            shot = shot.withDialogue(List.of(new Dialogue("line.wav", Rational.parse("0.3"), Rational.ZERO, null, -2)));
        }
        if (i % 2 == 0) {
            shot = shot.withSubtitles(List.of(new SubtitleCue("Line " + (i + 1), Rational.parse("0.25"),
                    Rational.parse(i % 4 == 0 ? "1.5" : "2.2"), null)));
        }
        return shot;
    }

    static Transition transition(int i) {
        if (i % 9 == 4) {
            return new Transition(Transition.Type.CROSSFADE, Rational.parse("0.5"));
        }
        if (i % 13 == 7) {
            return new Transition(Transition.Type.DIP_TO_BLACK, Rational.parse("0.6"));
        }
        if (i % 31 == 15) {
            return new Transition(Transition.Type.DIP_TO_WHITE, Rational.parse("1001/1000"));
        }
        return Transition.CUT;
    }

    /**
     * The end of the episode, joined by cuts: a green flash, a 60 fps take, a black card with a
     * short subtitle (for burn-in), and a last take whose subtitle runs past the end.
     */
    static final List<Shot> END = List.of(
            take("end-flash", "green.mp4", "5005/24000", "1.3", FitMode.FIT),
            take("end-x", "r60.mp4", "0.35", "2.2", FitMode.FILL)
                    .withSubtitles(List.of(new SubtitleCue("Almost there", Rational.ZERO, Rational.of(1), null))),
            new Card("end-card", "", Rational.of(2), Color.BLACK, Color.WHITE, Transition.CUT, List.of(),
                    List.of(new SubtitleCue("End card", Rational.parse("0.5"), Rational.parse("0.7"), null))),
            take("end-last", "r23976.mp4", "3003/24000", "4.2042", FitMode.FIT)
                    .withDialogue(List.of(new Dialogue("line.wav", Rational.of(1), Rational.ZERO, null, 0)))
                    .withSubtitles(List.of(new SubtitleCue("The last words", Rational.parse("2.5"), Rational.of(5),
                            null))));

    static List<MusicCue> music() {
        return List.of(
                new MusicCue("bed.flac", "s01", Rational.ZERO, Rational.ZERO, null, null, -12, Rational.of(2),
                        Rational.of(4), true),
                new MusicCue("sting.wav", "end-x", Rational.parse("0.2"), Rational.ZERO, Rational.parse("1.5"), null,
                        -6, Rational.ZERO, Rational.parse("0.3"), false));
    }

    /** A shot of {@code length} seconds of {@code source} from {@code in}. */
    static TakeShot take(String id, String source, String in, String length, FitMode fit) {
        Rational from = Rational.parse(in);
        Take take = new Take("t1", source, from, from.add(Rational.parse(length)), Provenance.NONE);
        return new TakeShot(id, List.of(take), null, fit, 0, true, Transition.CUT, List.of(), List.of());
    }

    @Test
    void theEpisodeIsAnHourOf700ShotsFromEveryRate() {
        assertThat(cut.video()).hasSize(SHOTS);
        assertThat(cut.scenes()).hasSize(SCENES);
        assertThat(seconds(cut.durationFrames())).isBetween(59.5 * 60, 60.5 * 60);
        assertThat(cut.video().stream().filter(e -> e.crossfadeIn() > 0)).hasSizeGreaterThan(50);
        assertThat(cut.video().stream().filter(e -> !e.fadeIn().isNone())).hasSizeGreaterThan(50);
        assertThat(cut.video().stream().filter(e -> e instanceof VideoEvent.Card)).hasSizeGreaterThan(5);
        assertThat(cut.video().stream().filter(e -> e instanceof VideoEvent.Slate)).hasSizeGreaterThan(5);
        for (Source source : SOURCES) {
            assertThat(cut.video().stream().filter(e -> e instanceof VideoEvent.Clip c
                    && c.source().getFileName().toString().equals(source.file()))).as(source.file())
                    .hasSizeGreaterThan(100);
        }
        assertThat(cut.subtitles()).hasSizeGreaterThan(SHOTS / 2);
        assertThat(cut.music()).hasSize(2);
        assertThat(cut.music().get(0).end()).isEqualTo(cut.durationSamples());
    }

    @Test
    void thePictureHasExactlyTheTimelinesFrames() {
        JsonNode video = stream("video");
        assertThat(video.path("nb_read_frames").asLong()).isEqualTo(cut.durationFrames());
        assertThat(video.path("r_frame_rate").asText()).isEqualTo("30000/1001");
        assertThat(video.path("width").asInt()).isEqualTo(64);
        assertThat(video.path("height").asInt()).isEqualTo(36);
        assertThat(duration(video)).isCloseTo(seconds(cut.durationFrames()), Offset.offset(0.001));
    }

    @Test
    void soundEndsWithinAFrameOfThePictureAndTheTimeline() {
        double timeline = seconds(cut.durationFrames());
        double video = duration(stream("video"));
        double audio = duration(stream("audio"));
        String durations = String.format("sound %.6f s, picture %.6f s, timeline %.6f s", audio, video, timeline);
        assertThat(audio).as(durations).isCloseTo(timeline, Offset.offset(seconds(1)));
        assertThat(audio).as(durations).isCloseTo(video, Offset.offset(seconds(1)));
        assertThat(stream("audio").path("sample_rate").asInt()).isEqualTo(SAMPLE_RATE);
    }

    /**
     * A jump in the sound's timestamps shifts everything after it against the picture. Every AAC
     * packet holds 1024 samples, so one that lasts longer (the muxer stretches the packet before
     * a jump over it) or starts elsewhere than where the one before it ended is a jump.
     */
    @Test
    void soundRunsWithoutATimestampJumpToTheEnd() {
        assertThat(stream("audio").path("time_base").asText()).isEqualTo("1/" + SAMPLE_RATE);
        String[] packets = TestMedia.probe("-v", "error", "-select_streams", "a:0", "-show_entries",
                "packet=pts,duration", "-of", "csv=p=0", output.toString()).strip().split("\n");
        List<String> jumps = new ArrayList<>();
        long end = Long.MIN_VALUE;
        for (int i = 0; i < packets.length; i++) {
            String[] f = packets[i].split(",");
            long pts = Long.parseLong(f[0]);
            long duration = Long.parseLong(f[1]);
            if (end != Long.MIN_VALUE && pts != end) {
                jumps.add(String.format("%+d samples at %.3f s", pts - end, end / (double) SAMPLE_RATE));
            }
            if (i < packets.length - 1 && duration != 1024) {
                jumps.add(String.format("%+d samples at %.3f s", duration - 1024, (pts + 1024) / (double) SAMPLE_RATE));
            }
            end = pts + duration;
        }
        assertThat(jumps).as("timestamp jumps in the sound of a %.3f s episode", seconds(cut.durationFrames()))
                .isEmpty();
    }

    @Test
    void theLastChapterStartsWithTheLastScene() {
        JsonNode chapters = probe.path("chapters");
        assertThat(chapters).hasSize(SCENES);
        JsonNode last = chapters.get(SCENES - 1);
        assertThat(Double.parseDouble(last.path("start_time").asText()))
                .isCloseTo(seconds(cut.scenes().get(SCENES - 1).range().start()), Offset.offset(0.001));
        assertThat(Double.parseDouble(last.path("end_time").asText()))
                .isCloseTo(seconds(cut.durationFrames()), Offset.offset(0.001));
    }

    @Test
    void theLastSubtitlesAreWhereTheCutPutsThem() throws Exception {
        Path srt = dir.resolve("track.srt");
        TestMedia.ffmpegStderr("-y", "-i", output.toString(), "-map", "0:s:0", srt.toString());
        List<long[]> track = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d+):(\\d+):(\\d+),(\\d+) --> (\\d+):(\\d+):(\\d+),(\\d+)\\n([^\\n]*)")
                .matcher(Files.readString(srt));
        while (m.find()) {
            track.add(new long[] {millis(m, 1), millis(m, 5)});
            texts.add(m.group(9));
        }
        List<SubtitleEvent> cues = cut.subtitles();
        assertThat(track).hasSameSizeAs(cues);
        for (int i = cues.size() - 5; i < cues.size(); i++) {
            FrameRange frames = cues.get(i).range();
            assertThat(texts.get(i)).isEqualTo(cues.get(i).text());
            assertThat((double) track.get(i)[0]).as("start of " + cues.get(i).text())
                    .isCloseTo(seconds(frames.start()) * 1000, Offset.offset(1.0));
            assertThat((double) track.get(i)[1]).as("end of " + cues.get(i).text())
                    .isCloseTo(seconds(frames.end()) * 1000, Offset.offset(1.0));
        }
        // the last cue runs past the end of the episode and is cut there
        assertThat(cues.get(cues.size() - 1).range().end()).isEqualTo(cut.durationFrames());
    }

    @Test
    void aFlashNearTheEndStartsAndStopsOnItsFrames() {
        FrameRange flash = event("end-flash").range();
        Map<Long, FrameStats.Stats> frames = FrameStats.of(output, RATE, flash.start() - 1, flash.end(), null,
                dir.resolve("flash.txt"));
        assertThat(green(frames.get(flash.start() - 1))).as("frame before the flash").isFalse();
        for (long f = flash.start(); f < flash.end(); f++) {
            assertThat(green(frames.get(f))).as("frame %d of the flash %s: %s", f, flash, frames.get(f)).isTrue();
        }
        assertThat(green(frames.get(flash.end()))).as("frame after the flash").isFalse();
    }

    @Test
    void aCardNearTheEndAndTheLastShotSitOnTheirFrames() {
        FrameRange card = event("end-card").range();
        FrameRange last = event("end-last").range();
        assertThat(last.end()).isEqualTo(cut.durationFrames());
        Map<Long, FrameStats.Stats> frames = FrameStats.of(output, RATE, card.start() - 1, card.end(), null,
                dir.resolve("card.txt"));
        assertThat(black(frames.get(card.start() - 1))).as("frame before the card").isFalse();
        for (long f = card.start(); f < card.end(); f++) {
            assertThat(black(frames.get(f))).as("frame %d of the card %s: %s", f, card, frames.get(f)).isTrue();
        }
        assertThat(black(frames.get(card.end()))).as("frame after the card").isFalse();
        Map<Long, FrameStats.Stats> end = FrameStats.of(output, RATE, cut.durationFrames() - 1,
                cut.durationFrames() - 1, null, dir.resolve("end.txt"));
        assertThat(black(end.get(cut.durationFrames() - 1))).as("the last frame shows the last shot").isFalse();
    }

    /**
     * Burn-in at the end of the hour: the burn plan's job for the picture segment with the end card,
     * run as the renderer runs it (a whole second hour would double the test's time), and its frames
     * checked where the cut puts the card's subtitle, relative to the segment's first frame.
     */
    @Test
    void aSubtitleBurnedInNearTheEndIsOnItsFrames() throws Exception {
        RenderPlan plan = Planner.plan(new Planner.Request(cut, preset.withSubtitles(Preset.SubtitleMode.BURN),
                report.media(), report.text(), dir.resolve("burned.mp4"), dir.resolve("burned.work")));
        for (Map.Entry<Path, String> f : plan.files().entrySet()) {
            Files.createDirectories(f.getKey().getParent());
            Files.writeString(f.getKey(), f.getValue());
        }
        // the picture segments tile the episode in order: the card's starts where those before it end
        long segmentStart = 0;
        Job withCard = null;
        for (Job job : plan.pictures()) {
            if (job.name().contains("end-card")) {
                withCard = job;
                break;
            }
            segmentStart += Long.parseLong(job.args().get(job.args().indexOf("-frames:v") + 1));
        }
        assertThat(withCard).isNotNull();
        Path segment = TestMedia.run(withCard.outputs().get(0), withCard.args().stream()
                .map(a -> a.equals(RenderPlan.THREADS) ? "1" : a).toList());
        FrameRange cue = cut.subtitles().stream().filter(e -> e.text().equals("End card")).findFirst().orElseThrow()
                .range().shift(-segmentStart);
        FrameRange card = event("end-card").range().shift(-segmentStart);
        assertThat(cue.start()).isGreaterThan(card.start());
        assertThat(cue.end()).isLessThan(card.end());

        Map<Long, FrameStats.Stats> bottom = FrameStats.of(segment, RATE, cue.start() - 1, cue.end(),
                "iw:ih/3:0:ih*2/3", dir.resolve("burned.txt"));
        assertThat(bottom.get(cue.start() - 1).yMax()).as("frame before the subtitle").isLessThan(40);
        for (long f = cue.start(); f < cue.end(); f++) {
            assertThat(bottom.get(f).yMax()).as("frame %d of the subtitle %s", f, cue).isGreaterThan(200);
        }
        assertThat(bottom.get(cue.end()).yMax()).as("frame after the subtitle").isLessThan(40);
    }

    static VideoEvent event(String shotId) {
        return cut.video().stream().filter(e -> e.origin().shotId().equals(shotId)).findFirst().orElseThrow();
    }

    static boolean green(FrameStats.Stats s) {
        return s.uAvg() < 80 && s.vAvg() < 80 && s.yAvg() > 120;
    }

    static boolean black(FrameStats.Stats s) {
        return s.yMax() < 40;
    }

    static double seconds(long frames) {
        return RATE.toSeconds(frames).toDouble();
    }

    static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(m.group(group + 3));
    }

    static double duration(JsonNode stream) {
        return Double.parseDouble(stream.path("duration").asText());
    }

    static JsonNode stream(String type) {
        for (JsonNode s : probe.path("streams")) {
            if (s.path("codec_type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " stream in " + probe);
    }
}
