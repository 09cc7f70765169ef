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

    /** Monospace-ish wrapping, so the plan does not depend on installed fonts. */
    private static final TextLayout TEXT = new TextLayout() {
        @Override
        public Path fontFile() {
            return Path.of("/fonts/f.ttf");
        }

        @Override
        public String wrap(String text, int size, int maxWidth) {
            return text;
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
        assertThat(plan.pictures()).extracting(Job::name).containsExactly("scene s1", "scene s2");
        assertThat(plan.sounds()).extracting(Job::name).containsExactly("scene s1 sound", "scene s2 sound");
        assertThat(plan.pictures()).extracting(j -> j.args().get(j.args().indexOf("-frames:v") + 1))
                .containsExactly("36", "72"); // the crossfade into s2 (12 frames) belongs to s2
        assertThat(plan.partialOutput()).isEqualTo(Path.of("/out/.ep.mp4.partial"));
        assertThat(plan.sidecars().keySet()).containsExactlyInAnyOrder(Path.of("/out/ep.srt"), Path.of("/out/ep.vtt"));
    }

    @Test
    void theSecondLoudnessPassUsesWhatTheFirstMeasured() throws Exception {
        RenderPlan plan = Planner.plan(new Planner.Request(cut(), Presets.bundled("master-prores"), media(), TEXT,
                Path.of("/out/ep.mov"), Path.of("/w")));
        Loudnorm.Measurement m = Loudnorm.parse("""
                [Parsed_loudnorm_0 @ 0x1]
                {
                	"input_i" : "-27.61",
                	"input_tp" : "-4.47",
                	"input_lra" : "18.06",
                	"input_thresh" : "-39.20",
                	"output_i" : "-23.01",
                	"output_tp" : "-7.02",
                	"output_lra" : "10.00",
                	"output_thresh" : "-34.22",
                	"normalization_type" : "dynamic",
                	"target_offset" : "0.01"
                }
                """).orElseThrow();
        List<String> audio = plan.audioArgs(m);
        String filter = audio.get(audio.indexOf("-af") + 1);
        // the mix's own range (18.06 LU) is wider than the preset's 15: it is kept, not compressed
        assertThat(filter).isEqualTo("loudnorm=I=-23:TP=-1:LRA=18.1:measured_I=-27.61:measured_TP=-4.47"
                + ":measured_LRA=18.06:measured_thresh=-39.20:offset=0.01:linear=true:print_format=summary,aresample=48000"
                + ",asettb=1/48000,asetpts=N");
        assertThat(audio).contains("pcm_s24le").doesNotContain("-b:a");
        assertThat(plan.mux().args()).containsSequence("-c:v", "copy", "-c:a", "copy");
        assertThat(plan.pictures().get(0).args()).contains("prores_ks", "yuv422p10le", "mov");
        assertThat(plan.sounds().get(0).args()).contains("pcm_f32le").doesNotContain("prores_ks");
    }

    @Test
    void silenceIsNotNormalised() {
        Loudnorm.Measurement m = Loudnorm.parse("{ \"input_i\" : \"-inf\", \"input_tp\" : \"-inf\" }").orElseThrow();
        assertThat(m.silent()).isTrue();
        assertThat(new Loudnorm(new Preset.Loudness(-14, -1, 11), 48000).secondPass(m))
                .isEqualTo("aresample=48000,asettb=1/48000,asetpts=N");
        assertThat(Loudnorm.parse("no json here")).isEmpty();
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
        var args = plan.pictures().get(0).args();
        Path graph = Path.of(args.get(args.indexOf("-/filter_complex") + 1));
        assertThat(plan.files().get(graph)).hasSizeGreaterThan(SegmentGraph.MAX_INLINE_GRAPH).contains("concat=n=400");
        assertThat(args.stream().collect(Collectors.summingInt(String::length))).isLessThan(131_072);
    }
}
