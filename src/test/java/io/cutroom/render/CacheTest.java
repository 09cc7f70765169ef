package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three scenes; the last shot of s1 crossfades into s2, so s2's segment reads s1's last shot too.
 * Each change must re-render exactly the scenes it reaches, and a render made partly from the
 * cache must equal one made from scratch.
 */
class CacheTest {

    @TempDir
    Path dir;
    Path cache;

    private static final List<String> AUDIO_CHAIN = List.of("audio mix", "audio encoding");

    @BeforeEach
    void media() {
        cache = dir.resolve("cache");
        TestMedia.clip(dir.resolve("a.mp4"), "320x180", "24", 3, 440);
        TestMedia.clip(dir.resolve("b.mp4"), "320x180", "25", 3, 0);
        TestMedia.clip(dir.resolve("c.mp4"), "240x180", "30", 3, 660);
    }

    private static Project project(UnaryOperator<Shot> changeA, String subtitle) {
        Shot a = changeA.apply(Projects.take("a", "a.mp4", "0", "2"));
        Shot b = Projects.take("b", "b.mp4", "0", "2").withTransition(new Transition(Transition.Type.CROSSFADE, Rational.parse("0.5")))
                .withSubtitles(List.of(new SubtitleCue(subtitle, Rational.ZERO, Rational.of(1), null)));
        Shot c = Projects.take("c", "c.mp4", "0", "2");
        Shot d = Projects.take("d", "c.mp4", "0.5", "2");
        return Projects.project(new Format(320, 180, FrameRate.of(24), 48000), List.of(),
                new Scene("s1", "INT. ONE", null, List.of(d, a)),
                new Scene("s2", "INT. TWO", null, List.of(b)),
                new Scene("s3", "INT. THREE", null, List.of(c)));
    }

    private static Project original() {
        return project(s -> s, "Hello");
    }

    private Renderer.Result render(Project project, Preset preset, Path cacheDir, String out) throws Exception {
        Preflight.Report report = Preflight.check(project, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()),
                preset.subtitles() == Preset.SubtitleMode.BURN);
        assertThat(report.hasErrors()).as(report.problems().toString()).isFalse();
        RenderPlan plan = Planner.plan(new Planner.Request(report.cut(), preset, report.media(), report.text(),
                dir.resolve(out), dir.resolve(out + ".work"), cacheDir, "ffmpeg-under-test"));
        return new Renderer(TestMedia.ffmpeg(), 2).run(plan, Renderer.Listener.NONE);
    }

    private static Preset preview() throws RenderException {
        return Presets.bundled("preview-540p");
    }

    /** An MD5 of the decoded picture and sound: equal when the files show and sound the same. */
    private String decoded(Path file) throws Exception {
        Path md5 = dir.resolve(file.getFileName() + ".md5");
        TestMedia.ffmpegStderr("-y", "-i", file.toString(), "-map", "0:v", "-map", "0:a", "-f", "md5", md5.toString());
        return Files.readString(md5);
    }

    @Test
    void nothingChangedReEncodesNothing() throws Exception {
        Renderer.Result cold = render(original(), preview(), cache, "one.mp4");
        assertThat(cold.reused()).isEmpty();

        Renderer.Result again = render(original(), preview(), cache, "two.mp4");

        assertThat(again.ran()).containsExactly("final file");
        assertThat(again.reused()).containsExactlyInAnyOrder("scene s1 › d, a", "scene s2 › b", "scene s3 › c", "scene s1 sound",
                "scene s2 sound", "scene s3 sound", "audio mix", "audio encoding");
    }

    @Test
    void aTakesInPointReRendersItsSceneAndTheSceneItsCrossfadeReachesInto() throws Exception {
        render(original(), preview(), cache, "one.mp4");

        Renderer.Result changed = render(project(s -> ((TakeShot) s).withTakes(List.of(((TakeShot) s).selectedTake()
                .withInOut(Rational.parse("0.5"), Rational.parse("2.5")))), "Hello"), preview(), cache, "two.mp4");

        assertThat(changed.ran()).containsExactlyInAnyOrder("scene s1 › d, a", "scene s2 › b", "scene s1 sound", "scene s2 sound",
                "audio mix", "audio encoding", "final file");
        assertThat(changed.reused()).containsExactlyInAnyOrder("scene s3 › c", "scene s3 sound");
    }

    @Test
    void aChangedShotReEncodesItsOwnSegmentNotItsScene() throws Exception {
        java.util.function.Function<String, Project> threeShots = in -> Projects.project(
                new Format(320, 180, FrameRate.of(24), 48000), List.of(),
                new Scene("s1", "INT. ONE", null, List.of(Projects.take("x", "a.mp4", "0", "2"),
                        Projects.take("y", "b.mp4", in, "2.5"), Projects.take("z", "c.mp4", "0", "2"))));
        render(threeShots.apply("0.5"), preview(), cache, "one.mp4");

        Renderer.Result changed = render(threeShots.apply("0.25"), preview(), cache, "two.mp4");

        assertThat(changed.ran()).containsExactlyInAnyOrder("scene s1 › y", "scene s1 sound", "audio mix",
                "audio encoding", "final file");
        assertThat(changed.reused()).containsExactlyInAnyOrder("scene s1 › x", "scene s1 › z");
        render(threeShots.apply("0.25"), preview(), null, "scratch.mp4");
        assertThat(decoded(dir.resolve("two.mp4"))).isEqualTo(decoded(dir.resolve("scratch.mp4")));
    }

    @Test
    void twoJobsThatMakeTheSameEntryAtOnceKeepTheFirst() throws Exception {
        Path entry = Files.createDirectories(dir.resolve("cache/picture-0123"));
        Files.writeString(entry.resolve("video.mp4"), "first");
        Path late = Files.createDirectories(dir.resolve("cache/.picture-0123.tmp-1"));
        Files.writeString(late.resolve("video.mp4"), "second");

        Renderer.commitEntry(late, entry);

        assertThat(Files.readString(entry.resolve("video.mp4"))).isEqualTo("first");
        assertThat(late).doesNotExist();
    }

    @Test
    void theSameShotTwiceRendersOnceAndBothPlacesShowIt() throws Exception {
        Project twice = Projects.project(new Format(320, 180, FrameRate.of(24), 48000), List.of(),
                new Scene("s1", "INT. ONE", null, List.of(Projects.take("x", "a.mp4", "0", "2"),
                        Projects.take("y", "b.mp4", "0", "2"))),
                new Scene("s2", "INT. TWO", null, List.of(Projects.take("x2", "a.mp4", "0", "2"),
                        Projects.take("y2", "b.mp4", "0", "2"))));
        Renderer.Result result = render(twice, preview(), cache, "twice.mp4");
        assertThat(result.ran().size() + result.reused().size()).isEqualTo(4 + 2 + 2 + 1);
        render(twice, preview(), null, "scratch.mp4");
        assertThat(decoded(dir.resolve("twice.mp4"))).isEqualTo(decoded(dir.resolve("scratch.mp4")));
    }

    @Test
    void aSubtitleTrackChangeReEncodesNothingButABurnedInOneReRendersItsScene() throws Exception {
        render(original(), preview(), cache, "one.mp4");
        assertThat(render(project(s -> s, "Hello, world"), preview(), cache, "two.mp4").ran()).containsExactly("final file");

        Preset burn = preview().withSubtitles(Preset.SubtitleMode.BURN);
        render(original(), burn, cache, "three.mp4");
        Renderer.Result changed = render(project(s -> s, "Hello, world"), burn, cache, "four.mp4");

        assertThat(changed.ran()).containsExactly("scene s2 › b", "final file");
    }

    @Test
    void aDialogueGainRemixesTheSoundButKeepsThePicture() throws Exception {
        render(original(), preview(), cache, "one.mp4");

        Renderer.Result changed = render(project(s -> s.withDialogue(List.of(new io.cutroom.model.Dialogue("c.mp4",
                Rational.ZERO, Rational.ZERO, Rational.of(1), -3))), "Hello"), preview(), cache, "two.mp4");

        assertThat(changed.ran()).containsExactlyInAnyOrder("scene s1 sound", "audio mix",
                "audio encoding", "final file");
    }

    @Test
    void aTouchedSourceFileReRendersTheScenesThatUseIt() throws Exception {
        render(original(), preview(), cache, "one.mp4");
        Path c = dir.resolve("c.mp4");
        Files.setLastModifiedTime(c, FileTime.fromMillis(Files.getLastModifiedTime(c).toMillis() + 60_000));

        Renderer.Result changed = render(original(), preview(), cache, "two.mp4");

        assertThat(changed.reused()).containsExactlyInAnyOrder("scene s2 › b", "scene s2 sound");
        assertThat(changed.ran()).contains("scene s1 › d, a", "scene s3 › c", "scene s1 sound", "scene s3 sound", "audio mix");
    }

    @Test
    void anotherPresetReEncodesThePictureButKeepsTheSoundWhereItsSettingsAgree() throws Exception {
        render(original(), preview(), cache, "one.mp4");
        Preset p = preview();
        Preset sharper = new Preset(p.name(), p.description(), p.container(), p.width(), p.height(),
                new Preset.Video("libx264", "yuv420p", java.util.Map.of("crf", "20", "preset", "ultrafast")),
                p.audio(), p.loudness(), p.subtitles());

        Renderer.Result changed = render(original(), sharper, cache, "two.mp4");

        assertThat(changed.ran()).containsExactlyInAnyOrder("scene s1 › d, a", "scene s2 › b", "scene s3 › c", "final file");
        assertThat(changed.reused()).containsExactlyInAnyOrder("scene s1 sound", "scene s2 sound", "scene s3 sound",
                "audio mix", "audio encoding");
    }

    @Test
    void aRenderMadeFromTheCacheEqualsOneMadeFromScratch() throws Exception {
        render(original(), preview(), cache, "warm-up.mp4");
        UnaryOperator<Shot> change = s -> ((TakeShot) s).withTakes(List.of(((TakeShot) s).selectedTake()
                .withInOut(Rational.parse("0.25"), Rational.parse("2.25"))));
        Renderer.Result partly = render(project(change, "Hello"), preview(), cache, "partly.mp4");
        assertThat(partly.reused()).contains("scene s3 › c");

        render(project(change, "Hello"), preview(), null, "scratch.mp4");

        assertThat(decoded(dir.resolve("partly.mp4"))).isEqualTo(decoded(dir.resolve("scratch.mp4")));
        try (var left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }
}
