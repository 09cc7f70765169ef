package io.cutroom.cli;

import static io.cutroom.cli.CliTest.cutroom;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutroom import-media} end to end, on clips made by the bundled FFmpeg. */
class ImportMediaCommandTest {

    @TempDir
    Path dir;

    private Path project;

    /** Scene 1: shot a (one take), slate b with a subtitle, card k; scene 2: slate c. */
    @BeforeEach
    void setUp() throws Exception {
        Path clip = TestMedia.clip(dir.resolve("clips/a.mp4"), "320x180", "24", 1, 0);
        Path renders = dir.resolve("renders");
        Files.createDirectories(renders.resolve("day2"));
        for (String name : new String[] {"S01_SH01_take2.mp4", "S01_SH02_take1_runway-gen4.mp4", "gen_0042.mp4",
                "day2/S07_SH01.mp4", "S01_SH03.mp4", "S01_SH09.mp4", "S02_SH01_v2.mp4", "harbour wide.mp4"}) {
            Files.copy(clip, renders.resolve(name));
        }
        Files.writeString(renders.resolve("S01_SH01_take2.mp4.json"), """
                { "prompt": "The keeper climbs the stairs, lantern in hand", "model": "veo-3", "seed": 1837463 }
                """);
        Files.writeString(renders.resolve("gen_0042.json"), "{ \"model\": \"kling-2.1\", \"scene\": 2, \"shot\": 1 }");
        Files.writeString(renders.resolve("S02_SH01_v2.json"), "{ \"seed\": \"lucky\" }");
        Files.writeString(renders.resolve("notes.txt"), "shot list\n");
        TestMedia.tone(renders.resolve("S01_SH02_take2.wav"), 440, 0.3);
        project = dir.resolve("p.cutroom.json");
        Files.writeString(project, """
                {
                  "cutroom": 1,
                  "format": { "width": 320, "height": 180, "frameRate": "24" },
                  "episodes": [ { "id": "ep1", "title": "T", "scenes": [
                    { "id": "s1", "heading": "INT. LIGHTHOUSE", "shots": [
                      { "type": "take", "id": "a", "takes": [ { "id": "t1", "source": "clips/a.mp4" } ] },
                      { "type": "slate", "id": "b", "description": "The keeper", "duration": 2,
                        "subtitles": [ { "text": "Who's there?", "offset": 0.5, "duration": 1 } ] },
                      { "type": "card", "id": "k", "text": "Later", "duration": 1 } ] },
                    { "id": "s2", "heading": "EXT. SEA", "shots": [
                      { "type": "slate", "id": "c", "description": "The lamp", "duration": 2 } ] } ] } ]
                }
                """);
    }

    @Test
    void filesClipsByNameAndSidecarListsTheRestAndSavesOnce() throws Exception {
        CliTest.Result r = cutroom("import-media", project.toString(), dir.resolve("renders").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                gen_0042.mp4 -> scene 2 (s2) › shot 1 (c) › take t1, selected (was a slate); model kling-2.1
                S01_SH01_take2.mp4 -> scene 1 (s1) › shot 1 (a) › take t2; model veo-3, seed 1837463, prompt "The keeper climbs the stairs, lantern i…"
                S01_SH02_take1_runway-gen4.mp4 -> scene 1 (s1) › shot 2 (b) › take t1, selected (was a slate); no provenance
                not placed:
                  day2/S07_SH01.mp4: no scene 7 (episode ep1 has 2 scenes)
                  harbour wide.mp4: the name does not follow the convention (such as S03_SH02_take4.mp4) and no sidecar names its shot
                  notes.txt: not a media file ffprobe can read (Invalid data found when processing input)
                  S01_SH02_take2.wav: no picture (sound only); add sound as dialogue or music
                  S01_SH03.mp4: scene s1 › shot k is a card: it has no takes
                  S01_SH09.mp4: shot 9 of scene 1 (s1) does not exist (it has 3 shots)
                  S02_SH01_v2.mp4: unreadable sidecar S02_SH01_v2.json: seed: expected a whole number, got "lucky"
                placed 3 clips, 0 already there, 7 not placed; saved p.cutroom.json
                """);
        Project p = ProjectFile.read(project);
        TakeShot a = (TakeShot) p.episodes().get(0).shot("a").orElseThrow();
        assertThat(a.takes()).extracting(t -> t.id() + " " + t.source()).containsExactly("t1 clips/a.mp4",
                "t2 renders/S01_SH01_take2.mp4");
        assertThat(a.selected()).isEqualTo("t1");
        assertThat(a.takes().get(1).provenance()).isEqualTo(
                new Provenance("The keeper climbs the stairs, lantern in hand", "veo-3", 1837463L, null));
        TakeShot b = (TakeShot) p.episodes().get(0).shot("b").orElseThrow();
        assertThat(b.subtitles()).extracting(c -> c.text()).containsExactly("Who's there?");
        assertThat(cutroom("check", project.toString()).exit()).isZero();
    }

    @Test
    void runningAgainChangesNothingAndSaysWhatIsAlreadyThere() throws Exception {
        cutroom("import-media", project.toString(), dir.resolve("renders").toString());
        byte[] saved = Files.readAllBytes(project);

        CliTest.Result r = cutroom("import-media", project.toString(), dir.resolve("renders").toString(), "--select");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("""
                gen_0042.mp4: already there, scene 2 (s2) › shot 1 (c) › take t1
                S01_SH01_take2.mp4: already there, scene 1 (s1) › shot 1 (a) › take t2
                S01_SH02_take1_runway-gen4.mp4: already there, scene 1 (s1) › shot 2 (b) › take t1
                not placed:
                """).endsWith("placed 0 clips, 3 already there, 7 not placed; p.cutroom.json unchanged\n");
        assertThat(Files.readAllBytes(project)).isEqualTo(saved);
    }

    @Test
    void aNewerTakeIsSelectedWithSelectAndADryRunSavesNothing() throws Exception {
        cutroom("import-media", project.toString(), dir.resolve("renders").toString());
        Files.copy(dir.resolve("clips/a.mp4"), dir.resolve("renders/S01_SH01_take3.mp4"));
        byte[] saved = Files.readAllBytes(project);

        CliTest.Result dry = cutroom("import-media", project.toString(), dir.resolve("renders").toString(), "--select",
                "--dry-run");
        assertThat(dry.out()).contains("S01_SH01_take3.mp4 -> scene 1 (s1) › shot 1 (a) › take t3, selected; no provenance\n")
                .endsWith("placed 1 clip, 3 already there, 7 not placed; dry run: p.cutroom.json not saved\n");
        assertThat(Files.readAllBytes(project)).isEqualTo(saved);

        CliTest.Result r = cutroom("import-media", project.toString(), dir.resolve("renders").toString(), "--select");
        assertThat(r.out()).endsWith("placed 1 clip, 3 already there, 7 not placed; saved p.cutroom.json\n");
        TakeShot a = (TakeShot) ProjectFile.read(project).episodes().get(0).shot("a").orElseThrow();
        assertThat(a.selected()).isEqualTo("t3");
    }

    @Test
    void whatStopsTheImportIsAnErrorAndExitsWithOne() throws Exception {
        CliTest.Result noFolder = cutroom("import-media", project.toString(), dir.resolve("gone").toString());
        assertThat(noFolder.exit()).isEqualTo(1);
        assertThat(noFolder.err()).isEqualTo("cutroom: " + dir.resolve("gone") + ": no such folder\n");

        CliTest.Result noEpisode = cutroom("import-media", project.toString(), dir.resolve("renders").toString(),
                "--episode", "ep7");
        assertThat(noEpisode.exit()).isEqualTo(1);
        assertThat(noEpisode.err()).isEqualTo("cutroom: there is no episode 'ep7' (episodes: ep1)\n");

        CliTest.Result noProject = cutroom("import-media", dir.resolve("x.cutroom.json").toString(), dir.toString());
        assertThat(noProject.exit()).isEqualTo(1);
        assertThat(noProject.err()).isEqualTo("cutroom: " + dir.resolve("x.cutroom.json") + ": no such project file\n");
    }
}
