package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Each bundled preset, shrunk to a thumbnail size, renders the container and codecs it promises. */
class EveryPresetTest {

    @TempDir
    static Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "web-1080p          | mp4 | 320x180 | h264,aac,mov_text",
        "vertical-1080x1920 | mp4 | 180x320 | h264,aac,mov_text",
        "preview-540p       | mp4 | 320x180 | h264,aac,mov_text",
        "master-prores      | mov | 320x180 | prores,pcm_s24le,mov_text",
        "archive-av1        | mkv | 320x180 | av1,opus,subrip",
    })
    void rendersWhatThePresetPromises(String name, String extension, String size, String codecs) throws Exception {
        Path clip = dir.resolve("media/a.mp4");
        if (!clip.toFile().exists()) {
            TestMedia.clip(clip, "320x180", "30", 1.5, 440);
        }
        Project project = Projects.project(new Format(320, 180, FrameRate.of(25), 44100), List.of(),
                Projects.scene("s1", Projects.withSubtitle(Projects.take("a", "media/a.mp4", "0", "1"), "Hi", "0", "0.5"),
                        Projects.card("b", "End", "0.5")));
        Preflight.Report report = Preflight.check(project, dir, "ep1",
                new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), false);
        String[] wh = size.split("x");
        Preset p = Presets.bundled(name);
        Preset small = new Preset(p.name(), p.description(), p.container(), Integer.parseInt(wh[0]),
                Integer.parseInt(wh[1]), p.video(), p.audio(), p.loudness(), p.subtitles());
        Path out = dir.resolve(name + "." + extension);

        new Renderer(TestMedia.ffmpeg(), 2).run(Planner.plan(new Planner.Request(report.cut(), small, report.media(),
                report.text(), out, dir.resolve(name + ".work"))), Renderer.Listener.NONE);

        String streams = TestMedia.probe("-v", "error", "-show_entries", "stream=codec_name,width,height,nb_read_frames",
                "-count_frames", "-of", "csv=p=0", out.toString());
        assertThat(streams.lines().map(l -> l.split(",")[0]).toList()).containsSubsequence(codecs.split(","));
        assertThat(streams.lines().findFirst().orElseThrow()).isEqualTo(codecs.split(",")[0] + "," + wh[0] + "," + wh[1] + ",38");
    }
}
