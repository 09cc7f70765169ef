package io.cutroom.ui.media;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Shot;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.Presets;
import io.cutroom.render.Renderer;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.viewer.Picture;
import io.cutroom.ui.viewer.ViewerViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The viewer shows, at every frame of the cut, the frame of the take that the render puts there:
 * takes at other frame rates than the project's (slower, faster, NTSC, a multiple whose frames fall
 * exactly halfway, one so slow its first frame after the in point comes late), each cut in between
 * two of its frames, rendered for real and read back frame by frame.
 */
class ViewerMatchesRenderTest {

    @TempDir
    static Path dir;
    static Cut cut;
    static List<Integer> rendered;

    /** Source rates and in points (seconds) of the shots, each one second long. */
    static final String[][] TAKES = {
        {"30000/1001", "2.5"}, {"16", "0.1"}, {"25", "0.3"}, {"48", "0"}, {"48", "0.51"}, {"24", "0.5"},
        {"24000/1001", "1.25"}, {"60", "0.41"}, {"12", "0.05"}, {"10", "0.37"},
    };

    @BeforeAll
    static void renderTheCut() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Shot> shots = new ArrayList<>();
        for (int i = 0; i < TAKES.length; i++) {
            String rate = TAKES[i][0];
            String name = "n" + i + ".mp4";
            NumberedFrames.make(dir.resolve(name), rate, (int) Math.ceil(FrameRate.parse(rate).asRational().toDouble() * 4));
            String in = TAKES[i][1];
            shots.add(take("sh" + i, name, in, new java.math.BigDecimal(in).add(java.math.BigDecimal.ONE).toPlainString()));
        }
        Project project = project(new Format(320, 180, FrameRate.of(24), 48000), List.of(),
                scene("s1", shots.toArray(Shot[]::new)));
        cut = Resolver.resolve(project, "ep1", dir, SourceDurations.unknown());

        Path out = dir.resolve("cut.mp4");
        MediaProbe probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
        EpisodeRender.Prepared prepared = EpisodeRender.prepare(new EpisodeRender.Request(project, dir, "ep1",
                Presets.bundled("preview-540p"), out, null), TestMedia.ffmpeg(), probe);
        assertThat(prepared.ready()).as(prepared.report().problems().toString()).isTrue();
        EpisodeRender.run(prepared, new Renderer(TestMedia.ffmpeg(), 1), Renderer.Listener.NONE);
        rendered = numbers(out);
    }

    /** The number each frame of a render shows, read from a column through the middle of the picture. */
    static List<Integer> numbers(Path video) throws Exception {
        int rows = NumberedFrames.RUNGS * 10;
        Path raw = TestMedia.run(dir.resolve("frames.gray"), List.of("-y", "-i", video.toString(), "-vf",
                "crop=8:ih:(iw-8)/2:0,scale=8:" + rows + ",format=gray", "-f", "rawvideo", dir.resolve("frames.gray").toString()));
        byte[] bytes = Files.readAllBytes(raw);
        List<Integer> numbers = new ArrayList<>();
        for (int frame = 0; frame * 8 * rows < bytes.length; frame++) {
            int number = 0;
            for (int bit = 0; bit < NumberedFrames.RUNGS; bit++) {
                int y = bit * 10 + 5;
                if ((bytes[frame * 8 * rows + y * 8 + 4] & 0xFF) > 128) {
                    number |= 1 << bit;
                }
            }
            numbers.add(number);
        }
        return numbers;
    }

    @Test
    void everyFrameTheViewerShowsIsTheFrameTheRenderShows() {
        assertThat(rendered).hasSize((int) cut.durationFrames());
        DecodedFrames frames = new DecodedFrames(new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory()),
                Runnable::run, Runnable::run);
        frames.setPictureHeight(120);
        ViewerViewModel viewer = new ViewerViewModel();
        List<String> differences = new ArrayList<>();
        for (long f = 0; f < cut.durationFrames(); f++) {
            viewer.show(cut, f);
            Picture p = viewer.pictureProperty().get();
            int shown = NumberedFrames.read(DecodedFramesTest.frame(frames, p.source(), p.frame()));
            if (shown != rendered.get((int) f)) {
                differences.add("frame " + f + " (" + p.text() + ", " + TAKES[(int) (f / 24)][0] + " fps at "
                        + p.frame().time() + " s): viewer " + shown + ", render " + rendered.get((int) f));
            }
        }
        assertThat(differences).isEmpty();
    }
}
