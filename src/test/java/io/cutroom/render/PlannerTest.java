package io.cutroom.render;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.s;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static io.cutroom.testing.Projects.withDialogue;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.AudioInfo;
import io.cutroom.media.MediaInfo;
import io.cutroom.media.VideoInfo;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.Transition;
import io.cutroom.testing.Projects;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plan for a project, by value: every FFmpeg command and every file, compared with a golden
 * file. Run with {@code -Dcutroom.golden=update} to rewrite the golden file after a deliberate
 * change, and read the diff.
 */
class PlannerTest {

    private static final Path DIR = Path.of("/p");
    private static final Path GOLDEN = Path.of("src/test/resources/io/cutroom/render/plan-two-scenes.txt");

    /** A monospaced font of fixed metrics, so the plan does not depend on installed fonts. */
    static final TextLayout TEXT = new TextLayout() {
        @Override
        public Path fontFile() {
            return Path.of("/fonts/f.ttf");
        }

        @Override
        public double width(String text, int size) {
            return text.codePointCount(0, text.length()) * size * 0.5;
        }

        @Override
        public int lineHeight(int size) {
            return Math.round(size * 1.2f);
        }

        @Override
        public double ascent(int size) {
            return size * 0.9;
        }
    };

    static Cut cut() throws Exception {
        Shot a = withSubtitle(withDialogue(take("a", "wide.mp4", "0.5", "2.5"), "vo: line.wav", "0.25", "1"),
                "It's 3:00", "0.25", "1");
        Shot b = take("b", "anamorphic.mp4", "0", "2").withTransition(new Transition(Transition.Type.CROSSFADE, s("0.5")));
        Shot c = card("c", "Later", "1").withTransition(new Transition(Transition.Type.DIP_TO_BLACK, s("0.5")));
        Project p = Projects.project(new Format(320, 180, FrameRate.of(24), 48000),
                List.of(new MusicCue("bed.m4a", "a", Rational.ZERO, Rational.ZERO, null, null, -6, s("1"),
                        s("1"), true)),
                scene("s1", a), scene("s2", b, c));
        return Resolver.resolve(p, "ep1", DIR, SourceDurations.unknown());
    }

    static Map<Path, MediaInfo> media() {
        VideoInfo square = new VideoInfo("h264", 320, 180, Rational.of(1), 0, "yuv420p", 8, Rational.of(24),
                Rational.of(24), false, s("3"));
        VideoInfo anamorphic = new VideoInfo("h264", 240, 180, Rational.of(4, 3), 0, "yuv420p", 8, Rational.of(25),
                Rational.of(25), false, s("3"));
        AudioInfo stereo = new AudioInfo("aac", 44100, 2, s("3"));
        return Map.of(
                DIR.resolve("wide.mp4"), new MediaInfo(DIR.resolve("wide.mp4"), 1, 1, "mp4", s("3"), Optional.of(square), Optional.of(stereo)),
                DIR.resolve("anamorphic.mp4"), new MediaInfo(DIR.resolve("anamorphic.mp4"), 1, 1, "mp4", s("3"),
                        Optional.of(anamorphic), Optional.empty()));
    }

    static String describe(RenderPlan plan) {
        StringBuilder sb = new StringBuilder();
        for (Job job : plan.jobs()) {
            sb.append("## ").append(job.name()).append('\n');
            job.args().forEach(a -> sb.append(a).append('\n'));
        }
        plan.files().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                sb.append("## file ").append(e.getKey()).append('\n').append(e.getValue()).append("\n"));
        plan.sidecars().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                sb.append("## sidecar ").append(e.getKey()).append('\n').append(e.getValue()));
        return sb.toString();
    }

    @Test
    void planIsTheExactListOfCommands() throws Exception {
        RenderPlan plan = Planner.plan(new Planner.Request(cut(), Presets.bundled("preview-540p"), media(), TEXT,
                Path.of("/out/ep.mp4"), Path.of("/out/.ep.mp4.work")));
        String actual = describe(plan);
        if ("update".equals(System.getProperty("cutroom.golden"))) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void everySegmentRendersExactlyItsScenesFrames() throws Exception {
        RenderPlan plan = Planner.plan(new Planner.Request(cut(), Presets.bundled("web-1080p"), media(), TEXT,
                Path.of("/out/ep.mp4"), Path.of("/w")));
        // s2's card (1 s) is shorter than a segment is worth: it shares one with the shot before it
        assertThat(plan.pictures()).extracting(Job::name).containsExactly("scene s1 › a", "scene s2 › b, c");
        assertThat(plan.sounds()).extracting(Job::name).containsExactly("scene s1 sound", "scene s2 sound");
        assertThat(plan.pictures()).extracting(j -> j.args().get(j.args().indexOf("-frames:v") + 1))
                .containsExactly("36", "72"); // the crossfade into s2 (12 frames) belongs to s2
        assertThat(plan.partialOutput()).isEqualTo(Path.of("/out/.ep.mp4.partial"));
        assertThat(plan.sidecars().keySet()).containsExactlyInAnyOrder(Path.of("/out/ep.srt"), Path.of("/out/ep.vtt"));
    }

    @Test
    void italicAndBoldTagsInASubtitleBecomeTheExportedCuesStyling() throws Exception {
        Shot a = withSubtitle(take("a", "wide.mp4", "0", "2"), "<i>Who's</i> <b>there</b>?", "0", "1");
        Cut cut = Resolver.resolve(Projects.project(scene("s1", a)), "ep1", DIR, SourceDurations.unknown());

        io.cutroom.subtitles.Cue cue = Planner.cues(cut).get(0);

        assertThat(cue.text()).isEqualTo("Who's there?");
        assertThat(cue.tagged()).isEqualTo("<i>Who's</i> <b>there</b>?");
    }

    private static final String SUMMARY = """
            [Parsed_ebur128_0 @ 0x55a3c6031fc0] Summary:

              Integrated loudness:
                I:         -27.6 LUFS
                Threshold: -38.1 LUFS

              Loudness range:
                LRA:        18.1 LU
                Threshold: -48.3 LUFS
                LRA low:   -38.2 LUFS
                LRA high:  -20.1 LUFS

              True peak:
                Peak:       -4.5 dBFS
            [out#0/null @ 0x55a3c6031fc0] video:0KiB audio:46500KiB subtitle:0KiB
            size=N/A time=00:04:08.00 bitrate=N/A speed= 580x elapsed=0:00:00.42
            """;

    /** Six shots at 24 fps: 4 s, 1 s, 1 s, 3 s, 3 s crossfading (0.5 s) from the one before, 0.5 s. */
    private static Cut sixShots(String secondShotLength) throws Exception {
        Project p = Projects.project(scene("s1", take("a", "wide.mp4", "0", "4"),
                Projects.slate("b", "B", secondShotLength), Projects.slate("c", "C", "1"), take("d", "wide.mp4", "0", "3"),
                take("e", "wide.mp4", "0", "3").withTransition(new Transition(Transition.Type.CROSSFADE, s("0.5"))),
                Projects.slate("f", "F", "0.5")));
        return Resolver.resolve(p, "ep1", DIR, SourceDurations.unknown());
    }

    @Test
    void segmentsEndAtCutsNeverInACrossfadeAndShortShotsShareOne() throws Exception {
        Cut cut = sixShots("1");
        List<Planner.Segment> segments = Planner.segments(cut, cut.scenes().get(0), 48);

        assertThat(segments).extracting(Planner.Segment::shots)
                .containsExactly(List.of("a"), List.of("b", "c"), List.of("d", "e", "f"));
        assertThat(segments).extracting(seg -> seg.range().duration()).containsExactly(96L, 48L, 144L);
        assertThat(segments.get(2).range().end()).isEqualTo(cut.durationFrames());
    }

    @Test
    void aShotsNewLengthChangesOnlyItsOwnSegment() throws Exception {
        List<Job> before = planned(sixShots("1")).pictures();
        List<Job> after = planned(sixShots("1.5")).pictures();

        assertThat(after).extracting(Job::name).isEqualTo(before.stream().map(Job::name).toList());
        assertThat(after).extracting(j -> j.args().get(j.args().indexOf("-frames:v") + 1)).containsExactly("96", "60", "144");
        assertThat(after.get(0).fingerprint()).isEqualTo(before.get(0).fingerprint());
        assertThat(after.get(1).fingerprint()).isNotEqualTo(before.get(1).fingerprint());
        assertThat(after.get(2).fingerprint()).isEqualTo(before.get(2).fingerprint());
    }

    private static RenderPlan planned(Cut cut) throws Exception {
        return Planner.plan(new Planner.Request(cut, Presets.bundled("preview-540p"), media(), TEXT,
                Path.of("/out/ep.mp4"), Path.of("/out/.ep.mp4.work"), Path.of("/cache"), "ffmpeg 8.1.2"));
    }

    @Test
    void theNormalisationUsesWhatTheMeasurementFound() throws Exception {
        RenderPlan plan = Planner.plan(new Planner.Request(cut(), Presets.bundled("master-prores"), media(), TEXT,
                Path.of("/out/ep.mov"), Path.of("/w")));
        assertThat(String.join(" ", plan.mix().args())).contains("asplit=outputs=2[mix][meter];[meter]ebur128=peak=true:framelog=quiet,anullsink");
        Normalisation.Measurement m = Normalisation.parse(SUMMARY).orElseThrow();
        assertThat(m).isEqualTo(new Normalisation.Measurement(-27.6, 18.1, -4.5, false));
        List<String> audio = plan.audioArgs(m);
        String graph = audio.get(audio.indexOf("-filter_complex") + 1);
        // -23 LUFS: +4.6 dB takes the peak to +0.1 dBTP, over the -1 dBTP ceiling: the limiter holds it,
        // and the limited sound is measured as it is encoded
        assertThat(graph).isEqualTo("[0:a]volume=4.60dB,aresample=192000,"
                + "alimiter=limit=0.891251:attack=5:release=50:level=0:latency=1,aresample=48000,asettb=1/48000,asetpts=N"
                + ",asplit[out][m];[m]ebur128=peak=true:framelog=quiet,anullsink");
        assertThat(audio).containsSequence("-map", "[out]").doesNotContain("-af", RenderPlan.NORMALISE);
        assertThat(plan.audioArgs(m, 1.5).get(audio.indexOf("-filter_complex") + 1)).startsWith("[0:a]volume=6.10dB,");
        assertThat(plan.normalisation().describe(m)).isEqualTo("mix -27.6 LUFS, range 18.1 LU, true peak -4.5 dBTP; "
                + "gain +4.6 dB to -23 LUFS, peaks limited to -1 dBTP; its loudness range is wider than the preset's "
                + "15 LU (kept)");
        assertThat(audio).contains("pcm_s24le").doesNotContain("-b:a");
        assertThat(plan.mux().args()).containsSequence("-c:v", "copy", "-c:a", "copy");
        assertThat(plan.pictures().get(0).args()).contains("prores_ks", "yuv422p10le", "mov");
        assertThat(plan.sounds().get(0).args()).contains("pcm_f32le").doesNotContain("prores_ks");
    }

    @Test
    void aGainThatKeepsThePeakUnderTheCeilingIsAllThereIs() {
        Normalisation n = new Normalisation(new Preset.Loudness(-14, -1, 11), 44100);
        Normalisation.Measurement m = new Normalisation.Measurement(-12.5, 6, -3, false);
        assertThat(n.limits(m)).isFalse();
        assertThat(n.normaliseFilter(m)).isEqualTo("volume=-1.50dB,aresample=44100,asettb=1/44100,asetpts=N");
        assertThat(n.describe(m)).isEqualTo("mix -12.5 LUFS, range 6.0 LU, true peak -3.0 dBTP; gain -1.5 dB to -14 LUFS");
    }

    @Test
    void silenceIsNotNormalised() {
        Normalisation.Measurement m = Normalisation.parse(SUMMARY.replace("-27.6 LUFS", "-70.0 LUFS")
                .replace("-4.5 dBFS", "-inf dBFS")).orElseThrow();
        assertThat(m.silent()).isTrue();
        Normalisation n = new Normalisation(new Preset.Loudness(-14, -1, 11), 48000);
        assertThat(n.normaliseFilter(m)).isEqualTo("aresample=48000,asettb=1/48000,asetpts=N");
        assertThat(n.describe(m)).isEqualTo("the mix is too quiet or too short to measure; not normalised");
        assertThat(Normalisation.parse("no summary here")).isEmpty();
        assertThat(Normalisation.summary(SUMMARY)).startsWith("Summary:").endsWith("-4.5 dBFS\n");
    }

    @Test
    void fingerprintsNameCacheEntriesAndIgnoreWhereTheOutputGoes() throws Exception {
        Planner.Request one = new Planner.Request(cut(), Presets.bundled("preview-540p"), media(), TEXT,
                Path.of("/out/a.mp4"), Path.of("/out/.a.mp4.work"), Path.of("/cache"), "ffmpeg 8.1.2");
        Planner.Request two = new Planner.Request(cut(), Presets.bundled("preview-540p"), media(), TEXT,
                Path.of("/elsewhere/b.mp4"), Path.of("/elsewhere/.b.mp4.work"), Path.of("/cache"), "ffmpeg 8.1.2");
        Planner.Request otherFfmpeg = new Planner.Request(cut(), Presets.bundled("preview-540p"), media(), TEXT,
                Path.of("/out/a.mp4"), Path.of("/out/.a.mp4.work"), Path.of("/cache"), "ffmpeg 7.1");
        RenderPlan a = Planner.plan(one);
        RenderPlan b = Planner.plan(two);

        assertThat(a.jobs()).extracting(Job::fingerprint).isEqualTo(b.jobs().stream().map(Job::fingerprint).toList());
        assertThat(a.pictures().get(1).cacheEntry()).isEqualTo(Path.of("/cache/picture-" + a.pictures().get(1).fingerprint()));
        assertThat(a.pictures().get(1).outputs()).containsExactly(a.pictures().get(1).cacheEntry().resolve("video.mp4"));
        assertThat(a.mux().cached()).isFalse();
        assertThat(Planner.plan(otherFfmpeg).pictures().get(0).fingerprint()).isNotEqualTo(a.pictures().get(0).fingerprint());
    }

    @Test
    void hugeScenesPassTheirGraphInAFile() throws Exception {
        Shot[] shots = new Shot[400];
        for (int i = 0; i < shots.length; i++) {
            shots[i] = take("sh" + i, "clip " + i + " with a long descriptive name.mp4", "0", "1");
        }
        Cut cut = Resolver.resolve(Projects.project(scene("s1", shots)), "ep1", DIR, SourceDurations.unknown());
        RenderPlan plan = Planner.plan(new Planner.Request(cut, Presets.bundled("preview-540p"), Map.of(), TEXT,
                Path.of("/out/ep.mp4"), Path.of("/w")));
        // the picture comes in segments of two shots; the scene's sound is one job with 400 inputs
        assertThat(plan.pictures()).hasSize(200);
        var args = plan.sounds().get(0).args();
        Path graph = Path.of(args.get(args.indexOf("-/filter_complex") + 1));
        assertThat(plan.files().get(graph)).hasSizeGreaterThan(SegmentGraph.MAX_INLINE_GRAPH).contains("[399:a:0]");
        assertThat(args.stream().collect(Collectors.summingInt(String::length))).isLessThan(131_072);
    }
}
