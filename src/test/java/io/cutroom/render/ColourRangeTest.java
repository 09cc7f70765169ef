package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Project;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Some generators write full-range ("JPEG") video; deliveries are limited range, converted, not just relabelled. */
class ColourRangeTest {

    @TempDir
    Path dir;

    @Test
    void fullRangeSourcesAreConvertedToLimitedRange() throws Exception {
        Path black = dir.resolve("black.mp4");
        TestMedia.run(black, List.of("-y", "-f", "lavfi", "-i", "color=c=black:s=320x180:r=24:d=2",
                "-pix_fmt", "yuvj420p", "-color_range", "pc", "-c:v", "libx264", black.toString()));
        Project p = Projects.project(Projects.scene("s1", Projects.take("a", "black.mp4", "0", "1"),
                Projects.card("b", "", "0.5")));
        Preflight.Report report = Preflight.check(p, dir, "ep1", new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), false);
        Path out = dir.resolve("out.mp4");
        new Renderer(TestMedia.ffmpeg(), 1).run(Planner.plan(new Planner.Request(report.cut(), Presets.bundled("preview-540p"),
                report.media(), report.text(), out, dir.resolve("w"))), Renderer.Listener.NONE);

        // never flagged full range; x264 writes no signal type for limited range alone, which players read as limited
        assertThat(TestMedia.probe("-v", "error", "-select_streams", "v", "-show_entries", "stream=color_range",
                "-of", "csv=p=0", out.toString()).strip()).isIn("tv", "unknown");
        String stats = TestMedia.ffmpegStderr("-i", out.toString(), "-vf",
                "select=eq(n\\,5),signalstats,metadata=print:key=lavfi.signalstats.YMIN", "-frames:v", "1", "-f", "null", "-");
        Matcher m = Pattern.compile("YMIN=([0-9]+)").matcher(stats);
        assertThat(m.find()).as(stats).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("black in limited range").isBetween(15, 17);
    }
}
