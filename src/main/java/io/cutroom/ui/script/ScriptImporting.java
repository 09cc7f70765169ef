package io.cutroom.ui.script;

import io.cutroom.interchange.FountainParser;
import io.cutroom.interchange.FountainScript;
import io.cutroom.interchange.ReadingPace;
import io.cutroom.interchange.ScriptException;
import io.cutroom.interchange.ScriptImport;
import io.cutroom.interchange.ScriptUpdate;
import io.cutroom.model.Format;
import io.cutroom.model.Project;
import io.cutroom.model.Shot;
import io.cutroom.subtitles.ReadingChecks;
import io.cutroom.subtitles.TextWidth;
import io.cutroom.subtitles.Wrapping;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The editor's way from a screenplay to a cut, as {@code cutroom import-script} does it: File ›
 * New from Screenplay… makes an untitled project of a Fountain script (a scene per heading, a
 * slate per beat, the dialogue as subtitles at a reading pace), and File › Update from
 * Screenplay… re-imports a revised script into the project open, keeping the shots that have
 * takes, as one undoable edit. The script is read in the background; what came of it is a
 * {@link Report}.
 */
public final class ScriptImporting {


    /**
     * What an import or update did, for a window that lists it.
     *
     * @param lines the script's warnings, and for an update each shot kept, added or removed
     * @param failed whether nothing was done (the script could not be read)
     */
    public record Report(String title, String summary, List<String> lines, boolean failed) {

        public Report {
            lines = List.copyOf(lines);
        }
    }

    private final EditorViewModel editor;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");

    public ScriptImporting(EditorViewModel editor, TaskExecutor tasks) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** The last import's or update's report. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Makes a new, untitled project of {@code script} (1920×1080 at 24 fps), to be saved where the user wants it. */
    public void newFrom(Path script) {
        String name = script.getFileName().toString();
        String title = "New from Screenplay";
        tasks.execute(() -> read(script, Format.HD_24), read -> {
            editor.newProject(read.project(), "New project from " + name + ": " + summary(read.project())
                    + " — save it to keep it");
            report.set(new Report(title, "Made a new project of " + name + ": " + summary(read.project()),
                    read.warnings(), false));
        }, failure -> failed(title, name, failure));
    }

    /**
     * Re-imports the revised {@code script} into the project open, as one undoable edit: shots
     * matched by scene and text keep their takes, new beats become slates, and shots whose beat is
     * gone are kept when they hold work; the report lists every change.
     */
    public void update(Path script) {
        Project open = editor.projectProperty().get();
        if (open == null) {
            return;
        }
        String name = script.getFileName().toString();
        String title = "Update from Screenplay";
        tasks.execute(() -> read(script, open.format()), read -> {
            List<String> changes = new ArrayList<>();
            editor.edit("Update from " + name, (edits, p, episodeId) -> {
                ScriptUpdate.Result r = ScriptUpdate.update(p, read.project());
                changes.clear();
                changes.addAll(r.changes());
                return r.project();
            });
            List<String> lines = new ArrayList<>(read.warnings());
            lines.addAll(changes);
            String summary = changes.isEmpty() ? "The project already follows " + name
                    : "Updated the project from " + name + ": " + summary(editor.projectProperty().get());
            editor.showMessage(summary);
            report.set(new Report(title, summary, lines, false));
        }, failure -> failed(title, name, failure));
    }

    private void failed(String title, String name, Exception failure) {
        String why = failure instanceof ScriptException ? failure.getMessage()
                : name + ": " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        editor.showMessage("Could not import the screenplay: " + why);
        report.set(new Report(title, "Could not import the screenplay", List.of(why), true));
    }

    /** A script read and made into a project, with what the reader warned about. */
    private record Read(Project project, List<String> warnings) {
    }

    private static Read read(Path script, Format format) throws ScriptException {
        FountainScript read = FountainParser.read(script);
        ReadingPace pace = ReadingPace.DEFAULT.withText(TextWidth::of, t -> Wrapping.wrapText(t, ReadingChecks.Rules.DEFAULT.maxLineWidth()));
        Project project = new ScriptImport(format, pace).toProject(read, script.getFileName().toString(), false);
        return new Read(project, read.problems().stream().map(p -> "warning: " + p).toList());
    }

    /** {@code 4 scenes, 5 shots, 6 subtitles}. */
    private static String summary(Project p) {
        List<Shot> shots = p.episodes().stream().flatMap(e -> e.scenes().stream()).flatMap(s -> s.shots().stream())
                .toList();
        long scenes = p.episodes().stream().mapToLong(e -> e.scenes().size()).sum();
        long subtitles = shots.stream().mapToLong(s -> s.subtitles().size()).sum();
        return count(scenes, "scene") + ", " + count(shots.size(), "shot") + ", " + count(subtitles, "subtitle");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
