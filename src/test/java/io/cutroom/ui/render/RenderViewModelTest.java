package io.cutroom.ui.render;

import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.media.ProbeCache;
import io.cutroom.model.Project;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.Preset;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderCache;
import io.cutroom.render.RenderException;
import io.cutroom.render.Renderer;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Problem;
import io.cutroom.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render panel's logic, with work run at once on the test's thread. */
class RenderViewModelTest {

    @TempDir
    Path dir;

    private final FakeEngine engine = new FakeEngine();
    private final List<Path> opened = new ArrayList<>();
    private Path projectFile;
    private RenderViewModel vm;

    /** Renders nothing: runs {@code during} with the listener, then returns {@code outcome} or throws when cancelled. */
    static final class FakeEngine implements RenderEngine {
        Consumer<Renderer.Listener> during = l -> { };
        Outcome outcome = new Outcome(List.of(), null);
        Job job;
        boolean cancelled;

        @Override
        public Outcome render(Job j, Renderer.Listener listener) throws RenderException {
            job = j;
            cancelled = false;
            during.accept(listener);
            if (cancelled) {
                throw new RenderException("the render was cancelled");
            }
            return outcome;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @BeforeEach
    void setUp() {
        projectFile = dir.resolve("pilot.cutroom.json");
        vm = viewModel(engine);
        vm.document(project(scene("s1", take("a", "a.mp4", "0", "1"))), projectFile, dir, "ep1");
        vm.refresh();
    }

    private RenderViewModel viewModel(RenderEngine e) {
        return new RenderViewModel(e, new Presets(dir.resolve("no-user-presets")), TaskExecutor.currentThread(), Runnable::run,
                opened::add);
    }

    @Test
    void theOutputIsProposedBesideTheProjectAndFollowsThePresetsContainer() {
        assertThat(vm.choicesProperty().get()).extracting(RenderViewModel.Choice::name)
                .containsExactly("archive-av1", "master-prores", "preview-540p", "vertical-1080x1920", "web-1080p");
        assertThat(vm.presetProperty().get()).isEqualTo("web-1080p");
        assertThat(vm.descriptionProperty().get()).startsWith("Web and YouTube delivery: H.264 at 1080p");
        assertThat(vm.outputProperty().get()).isEqualTo(dir.resolve("pilot.mp4").toString());

        vm.presetProperty().set("master-prores");
        assertThat(vm.outputProperty().get()).isEqualTo(dir.resolve("pilot.mov").toString());

        vm.outputProperty().set("renders/cut 3.mov");
        vm.presetProperty().set("archive-av1");
        assertThat(vm.outputProperty().get()).as("a chosen name keeps its name, not its extension").isEqualTo("renders/cut 3.mkv");
        vm.document(project(scene("s1", take("a", "a.mp4", "0", "2"))), projectFile, dir, "ep1");
        assertThat(vm.outputProperty().get()).as("an edit keeps the chosen output").isEqualTo("renders/cut 3.mkv");
    }

    @Test
    void progressShowsStageSpeedAndTimeLeftAndCancelLeavesNothing() {
        List<String> seen = new ArrayList<>();
        engine.during = listener -> {
            seen.add(vm.stateProperty().get() + " " + vm.progressProperty().get() + " " + vm.messageProperty().get());
            listener.progress(0.25, 2.04, Duration.ofSeconds(95), "scene s1 › a");
            seen.add(vm.stateProperty().get() + " " + vm.progressProperty().get() + " " + vm.detailProperty().get() + " | "
                    + vm.messageProperty().get());
            vm.cancel();
            seen.add(vm.messageProperty().get());
        };

        vm.start();

        assertThat(seen).containsExactly("CHECKING -1.0 Checking the episode and its media …",
                "RENDERING 0.25 scene s1 › a · 2.0× · 1:35 left | Rendering pilot.mp4 …", "Cancelling …");
        assertThat(engine.cancelled).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo(RenderViewModel.State.CANCELLED);
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled: nothing was written at pilot.mp4");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.detailProperty().get()).isEmpty();
    }

    @Test
    void theJobCarriesTheEditedProjectThePresetBurnInAndTheOutput() {
        Project edited = project(scene("s1", take("a", "a.mp4", "0", "3")));
        vm.document(edited, projectFile, dir, "ep1");
        vm.burnSubtitlesProperty().set(true);
        vm.outputProperty().set("out.mp4");

        vm.start();

        assertThat(engine.job.project()).isSameAs(edited);
        assertThat(engine.job.preset().name()).isEqualTo("web-1080p");
        assertThat(engine.job.preset().subtitles()).isEqualTo(Preset.SubtitleMode.BURN);
        assertThat(engine.job.output()).isEqualTo(dir.resolve("out.mp4"));
        assertThat(engine.job.projectDir()).isEqualTo(dir);
    }

    @Test
    void problemsFoundBeforeRenderingAreListedNotThrown() {
        engine.outcome = new RenderEngine.Outcome(List.of(
                Problem.error("episode ep1 › scene s1 › shot a › take t1", "a.mp4: file not found"),
                Problem.warning("episode ep1 › scene s1", "no subtitles")), null);

        vm.start();

        assertThat(vm.stateProperty().get()).isEqualTo(RenderViewModel.State.REFUSED);
        assertThat(vm.messageProperty().get()).isEqualTo("Not rendering: 1 error, 1 warning — fix them and start again");
        assertThat(vm.reportProperty().get()).containsExactly(
                "error: episode ep1 › scene s1 › shot a › take t1: a.mp4: file not found",
                "warning: episode ep1 › scene s1: no subtitles");
    }

    @Test
    void aFinishedRenderSaysWhatItReusedAndOpensTheFileOrItsFolder() {
        Path out = dir.resolve("pilot.mp4");
        engine.outcome = new RenderEngine.Outcome(List.of(), new EpisodeRender.Finished(out, Duration.ofMillis(12_340),
                new Renderer.Result(List.of("scene s1 › b"), List.of("scene s1 › a", "audio encoding"), "-18.2 LUFS → -14.0 LUFS"),
                "picture: 1 of 2 segments re-encoded, 1 from the cache; sound: unchanged", List.of(dir.resolve("pilot.srt")),
                List.of()));

        vm.start();

        assertThat(vm.stateProperty().get()).isEqualTo(RenderViewModel.State.DONE);
        assertThat(vm.messageProperty().get()).isEqualTo("Rendered pilot.mp4 in 12.3 s");
        assertThat(vm.reportProperty().get()).containsExactly(
                "picture: 1 of 2 segments re-encoded, 1 from the cache; sound: unchanged",
                "sound: -18.2 LUFS → -14.0 LUFS", "subtitles " + dir.resolve("pilot.srt"));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        vm.openResult();
        vm.showInFolder();
        assertThat(opened).containsExactly(out, dir);
    }

    @Test
    void whenNothingCanOpenTheFileTheMessageSaysSo() {
        vm = new RenderViewModel(engine, new Presets(dir), TaskExecutor.currentThread(), Runnable::run, file -> {
            throw new IOException("Cannot open " + file + ": neither the desktop nor xdg-open can open files here;"
                    + " open it from your file manager");
        });
        engine.outcome = new RenderEngine.Outcome(List.of(), new EpisodeRender.Finished(dir.resolve("x.mp4"), Duration.ZERO,
                new Renderer.Result(List.of(), List.of(), ""), null, List.of(), List.of()));
        vm.document(project(scene("s1", take("a", "a.mp4", "0", "1"))), projectFile, dir, "ep1");
        vm.start();

        vm.openResult();

        assertThat(vm.messageProperty().get()).isEqualTo("Cannot open " + dir.resolve("x.mp4")
                + ": neither the desktop nor xdg-open can open files here; open it from your file manager");
    }

    @Test
    void anOutputThatIsAFolderOrInAMissingFolderIsRefusedBeforeAnythingRuns() throws Exception {
        Files.createDirectories(dir.resolve("renders"));
        vm.outputProperty().set("renders");
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(RenderViewModel.State.FAILED);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Cannot render: " + dir.resolve("renders") + " is a folder: the output must be a file name");

        vm.outputProperty().set("nowhere/x.mp4");
        vm.start();
        assertThat(vm.messageProperty().get()).isEqualTo("Cannot render: cannot write " + dir.resolve("nowhere/x.mp4")
                + ": folder " + dir.resolve("nowhere") + " does not exist");
        assertThat(engine.job).as("the engine was never asked").isNull();
    }

    @Test
    void aRealRenderThroughTheEngineOfTheCommandLineAndAgainFromItsCache() throws Exception {
        TestMedia.clip(dir.resolve("a.mp4"), "320x180", "24", 1, 440);
        RenderCache cache = new RenderCache(dir.resolve("cache"), RenderCache.DEFAULT_LIMIT);
        StandardRenderEngine real = new StandardRenderEngine(Optional::empty, () -> cache, ProbeCache.inMemory());
        vm = viewModel(real);
        vm.document(project(scene("s1", take("a", "a.mp4", "0", "1"))), projectFile, dir, "ep1");
        vm.refresh();
        vm.presetProperty().set("preview-540p");
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));

        vm.start();

        assertThat(vm.stateProperty().get()).as(vm.messageProperty().get() + " " + vm.reportProperty().get())
                .isEqualTo(RenderViewModel.State.DONE);
        assertThat(dir.resolve("pilot.mp4")).isNotEmptyFile();
        assertThat(vm.resultProperty().get()).isEqualTo(dir.resolve("pilot.mp4"));
        assertThat(vm.reportProperty().get()).first()
                .isEqualTo("picture: 1 of 1 segments re-encoded, 0 from the cache; sound: remixed");
        assertThat(progress).contains(1.0).anyMatch(p -> p > 0 && p < 1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as("no work folder or partial file left")
                    .containsExactly("a.mp4", "cache", "pilot.mp4");
        }

        vm.start();

        assertThat(vm.stateProperty().get()).isEqualTo(RenderViewModel.State.DONE);
        assertThat(vm.reportProperty().get()).first()
                .isEqualTo("picture: 0 of 1 segments re-encoded, 1 from the cache; sound: unchanged");
    }
}
