package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Project;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example the README renders stays valid: it checks clean and has what it promises. */
class ExampleEpisodeTest {

    private static final Path FILE = Path.of("test-media/example/pilot.cutroom.json");

    @Test
    void checksCleanAndResolvesToFourScenesOfSixteenShots() throws Exception {
        Project project = ProjectFile.read(FILE);
        Preflight.Report report = Preflight.check(project, FILE.getParent(), "ep1",
                new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none()), true);

        assertThat(report.problems()).isEmpty();
        assertThat(report.cut().scenes()).hasSize(4);
        assertThat(report.cut().video()).hasSize(16);
        assertThat(report.cut().subtitles()).isNotEmpty();
        assertThat(report.cut().durationFrames()).isBetween(60 * 24L, 80 * 24L);
        // a re-save of the example is byte-identical: it is written canonically
        assertThat(ProjectFile.toJson(project)).isEqualTo(Files.readString(FILE));
    }
}
