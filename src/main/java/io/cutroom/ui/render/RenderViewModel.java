package io.cutroom.ui.render;

import io.cutroom.model.Project;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.Preset;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderException;
import io.cutroom.timeline.Problem;
import io.cutroom.ui.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The render panel: which preset, which output file, burned-in subtitles or not; a render started
 * in the background through a {@link RenderEngine}, its progress (stage, speed, time left), its
 * cancellation, and what came of it — the problems that stopped it, or what was re-encoded and
 * what came from the cache, with the finished file to open.
 */
public final class RenderViewModel {

    /** Where the panel is. */
    public enum State {
        /** Nothing started yet, or the settings changed since. */
        READY,
        /** Checking the episode and its media before FFmpeg starts. */
        CHECKING,
        RENDERING,
        /** The file is in place. */
        DONE,
        /** The check found errors: nothing was rendered. */
        REFUSED,
        CANCELLED,
        FAILED;

        /** Whether a render is under way. */
        public boolean running() {
            return this == CHECKING || this == RENDERING;
        }
    }

    /** A preset to choose, with its description (or why it cannot be read). */
    public record Choice(String name, String description) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The bundled preset chosen when the panel first opens. */
    public static final String DEFAULT_PRESET = "web-1080p";

    private final RenderEngine engine;
    private final Presets presets;
    private final TaskExecutor tasks;
    private final Executor ui;
    private final FileOpener opener;

    private final ReadOnlyObjectWrapper<List<Choice>> choices = new ReadOnlyObjectWrapper<>(this, "choices", List.of());
    private final StringProperty preset = new SimpleStringProperty(this, "preset", DEFAULT_PRESET);
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final BooleanProperty burnSubtitles = new SimpleBooleanProperty(this, "burnSubtitles");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<List<String>> report = new ReadOnlyObjectWrapper<>(this, "report", List.of());
    private final ReadOnlyObjectWrapper<Path> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicReference<Runnable> pendingProgress = new AtomicReference<>();

    private Project project;
    private Path projectFile;
    private Path projectDir;
    private String episodeId;
    private boolean outputChosen;
    private boolean settingOutput;
    private boolean cancelling;

    /**
     * @param tasks runs the render off the FX thread
     * @param ui runs progress updates on the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public RenderViewModel(RenderEngine engine, Presets presets, TaskExecutor tasks, Executor ui, FileOpener opener) {
        this.engine = engine;
        this.presets = presets;
        this.tasks = tasks;
        this.ui = ui;
        this.opener = opener;
        preset.addListener((o, a, b) -> presetChanged(a, b));
        output.addListener((o, a, b) -> {
            if (!settingOutput) {
                outputChosen = true;
            }
        });
    }

    /** The presets: the user's and the bundled ones, by name. */
    public ReadOnlyObjectProperty<List<Choice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** The chosen preset's name. */
    public StringProperty presetProperty() {
        return preset;
    }

    /** The file to write, as typed or chosen; relative paths start at the project's folder. */
    public StringProperty outputProperty() {
        return output;
    }

    public BooleanProperty burnSubtitlesProperty() {
        return burnSubtitles;
    }

    /** The chosen preset's description. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0..1 of the render done; -1 while unknown (checking). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What runs now, how fast and how long is left: {@code scene s2 › a · 2.4× · 0:35 left}. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** One line on where the render is or how it ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The problems found, or what the finished render reused and wrote, a line each. */
    public ReadOnlyObjectProperty<List<String>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The finished file, once a render is done; else null. */
    public ReadOnlyObjectProperty<Path> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * The document to render from now on: {@code newProject}'s episode {@code newEpisodeId}, as
     * edited (a render started later renders it as it is then). Unless the user chose an output
     * for this project, proposes one beside the project file.
     *
     * @param file the project file, or null for an untitled project
     * @param dir the folder its relative paths start from
     */
    public void document(Project newProject, Path file, Path dir, String newEpisodeId) {
        boolean sameDocument = java.util.Objects.equals(file, projectFile) && newEpisodeId.equals(episodeId);
        project = newProject;
        projectFile = file;
        projectDir = dir;
        episodeId = newEpisodeId;
        if (!sameDocument) {
            outputChosen = false;
        }
        if (!outputChosen) {
            setOutput(proposedOutput());
        }
    }

    /**
     * Makes the panel ready to show: reads the presets again (the user may have added one) and,
     * unless a render is under way, clears what the last one reported.
     */
    public void refresh() {
        choices.set(readChoices());
        if (choices.get().stream().noneMatch(c -> c.name().equals(preset.get()))) {
            preset.set(choices.get().isEmpty() ? DEFAULT_PRESET : choices.get().get(0).name());
        }
        describe();
        if (!state.get().running() && state.get() != State.DONE) {
            state.set(State.READY);
            message.set("");
            report.set(List.of());
            progress.set(0);
            detail.set("");
        }
    }

    /** Starts the render in the background; problems with the settings are shown, not thrown. */
    public void start() {
        if (state.get().running() || project == null) {
            return;
        }
        Preset chosen;
        Path target;
        try {
            chosen = presets.find(preset.get());
            if (burnSubtitles.get()) {
                chosen = chosen.withSubtitles(Preset.SubtitleMode.BURN);
            }
            target = target();
            EpisodeRender.checkOutput(target);
        } catch (RenderException e) {
            end(State.FAILED, "Cannot render: " + e.getMessage(), List.of());
            return;
        }
        RenderEngine.Job job = new RenderEngine.Job(project, projectDir, episodeId, chosen, target);
        result.set(null);
        report.set(List.of());
        progress.set(-1);
        detail.set("");
        cancelling = false;
        state.set(State.CHECKING);
        message.set("Checking the episode and its media …");
        tasks.execute(() -> engine.render(job, this::progressed), this::finished, failure -> failed(failure, target));
    }

    /** Stops the render under way; nothing is left at the output path. */
    public void cancel() {
        if (state.get().running()) {
            cancelling = true;
            message.set("Cancelling …");
            engine.cancel();
        }
    }

    /** Opens the finished file with the desktop's player. */
    public void openResult() {
        openWithDesktop(result.get());
    }

    /** Opens the finished file's folder in the file manager. */
    public void showInFolder() {
        Path file = result.get();
        openWithDesktop(file == null ? null : file.toAbsolutePath().getParent());
    }

    /** The output file the settings name, resolved against the project's folder. */
    public Path target() throws RenderException {
        String text = output.get() == null ? "" : output.get().strip();
        if (text.isEmpty()) {
            throw new RenderException("choose an output file");
        }
        try {
            return projectDir.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new RenderException("'" + text + "' is not a file name: " + e.getReason());
        }
    }

    /** Whether a file is already at the output path (the view asks before replacing it). */
    public boolean outputExists() {
        try {
            return Files.exists(target());
        } catch (RenderException e) {
            return false;
        }
    }

    // ---- internals

    private void progressed(double fraction, double speed, Duration eta, String stage) {
        // the render's threads report often: only the latest report waits for the FX thread
        Runnable update = () -> {
            if (state.get().running()) {
                state.set(State.RENDERING);
                if (!cancelling) {
                    message.set("Rendering " + targetName() + " …");
                }
                progress.set(Math.max(0, Math.min(1, fraction)));
                detail.set(detail(stage, speed, eta));
            }
        };
        if (pendingProgress.getAndSet(update) == null) {
            ui.execute(() -> {
                Runnable latest = pendingProgress.getAndSet(null);
                if (latest != null) {
                    latest.run();
                }
            });
        }
    }

    private void finished(RenderEngine.Outcome outcome) {
        pendingProgress.set(null);
        List<String> lines = new ArrayList<>();
        outcome.problems().forEach(p -> lines.add(p.toString()));
        EpisodeRender.Finished done = outcome.finished();
        if (done == null) {
            long errors = outcome.problems().stream().filter(Problem::isError).count();
            end(State.REFUSED, "Not rendering: " + plural(errors, "error") + ", "
                    + plural(outcome.problems().size() - errors, "warning") + " — fix them and start again", lines);
            return;
        }
        if (done.reuse() != null) {
            lines.add(done.reuse());
        }
        if (!done.loudness().isEmpty()) {
            lines.add("sound: " + done.loudness());
        }
        done.sidecars().forEach(s -> lines.add("subtitles " + s));
        lines.addAll(done.warnings());
        result.set(done.output());
        progress.set(1);
        detail.set("");
        end(State.DONE, String.format(Locale.ROOT, "Rendered %s in %.1f s", done.output().getFileName(),
                done.took().toNanos() / 1e9), lines);
    }

    private void failed(Exception failure, Path target) {
        pendingProgress.set(null);
        detail.set("");
        if (failure instanceof RenderException re && EpisodeRender.isCancellation(re)) {
            progress.set(0);
            end(State.CANCELLED, "Cancelled: nothing was written at " + target.getFileName(), List.of());
            return;
        }
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        end(State.FAILED, "The render failed: nothing was written at " + target.getFileName(), List.of(reason));
    }

    private void end(State s, String text, List<String> lines) {
        report.set(List.copyOf(lines));
        message.set(text);
        state.set(s);
    }

    private void openWithDesktop(Path file) {
        if (file == null) {
            return;
        }
        tasks.execute(() -> {
            opener.open(file);
            return file;
        }, f -> { }, failure -> message.set(failure instanceof IOException && failure.getMessage() != null
                ? failure.getMessage() : "Cannot open " + file + ": " + failure));
    }

    private List<Choice> readChoices() {
        List<Choice> out = new ArrayList<>();
        for (String name : presets.names()) {
            try {
                out.add(new Choice(name, presets.find(name).description()));
            } catch (RenderException e) {
                out.add(new Choice(name, "cannot be read: " + e.getMessage()));
            }
        }
        return List.copyOf(out);
    }

    private void presetChanged(String before, String after) {
        describe();
        if (project == null) {
            return;
        }
        if (!outputChosen) {
            setOutput(proposedOutput());
            return;
        }
        String oldExt = extension(before);
        String newExt = extension(after);
        String text = output.get();
        if (oldExt != null && newExt != null && text != null && text.endsWith("." + oldExt)) {
            output.set(text.substring(0, text.length() - oldExt.length()) + newExt);
        }
    }

    private void describe() {
        description.set(choices.get().stream().filter(c -> c.name().equals(preset.get())).map(Choice::description)
                .findFirst().orElse(""));
    }

    /** The container extension of a preset, or null when it cannot be read. */
    private String extension(String name) {
        try {
            return name == null ? null : presets.find(name).container().extension();
        } catch (RenderException e) {
            return null;
        }
    }

    /** {@code pilot.mp4} beside {@code pilot.cutroom.json}; for an untitled project, {@code untitled.mp4} in its folder. */
    private String proposedOutput() {
        String ext = extension(preset.get());
        Path file = projectFile != null ? projectFile : projectDir.resolve("untitled.cutroom.json");
        if (ext == null) {
            return "";
        }
        try {
            return EpisodeRender.defaultOutput(file, project, episodeId, presets.find(preset.get())).toString();
        } catch (RenderException e) {
            return "";
        }
    }

    private void setOutput(String text) {
        settingOutput = true;
        try {
            output.set(text);
        } finally {
            settingOutput = false;
        }
    }

    private String targetName() {
        try {
            return target().getFileName().toString();
        } catch (RenderException e) {
            return "the episode";
        }
    }

    /** {@code audio mix · 2.4× · 0:35 left}; the speed and time left once known. */
    static String detail(String stage, double speed, Duration eta) {
        StringBuilder sb = new StringBuilder(stage == null ? "" : stage);
        if (speed > 0) {
            sb.append(String.format(Locale.ROOT, " · %.1f×", speed));
        }
        if (eta != null) {
            long s = eta.toSeconds();
            sb.append(" · ").append(s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)).append(" left");
        }
        return sb.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
