package io.cutroom.ui.editor;

import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.Project;
import io.cutroom.model.Scene;
import io.cutroom.model.Style;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.projectfile.ProjectPaths;
import io.cutroom.projectfile.ProjectFileException;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.History;
import io.cutroom.timeline.Problem;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.bin.MediaBinViewModel;
import io.cutroom.ui.inspector.InspectorViewModel;
import io.cutroom.ui.timeline.TimelineViewModel;
import io.cutroom.ui.viewer.ViewerViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The open document and everything shown of it: the project and its file, whether it has unsaved
 * changes, the resolved cut of the episode shown, what is known of its media, the selection and the
 * playhead; and the panels' view-models, kept in step. New, open, save and save as; edits through
 * {@link #edit} (the panels' {@link Editing}) or {@link #apply}, with undo and redo over a
 * {@link History}. Reading and probing run on the
 * {@link TaskExecutor}; the window shows at once and fills in.
 */
public final class EditorViewModel {

    /** What the editor depends on, given from outside so that tests can swap each. */
    public record Services(TaskExecutor tasks, MediaScanner scanner, RecentProjects recent) {
    }

    private final Services services;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyStringWrapper episodeId = new ReadOnlyStringWrapper(this, "episodeId");
    private final ReadOnlyObjectWrapper<Cut> cut = new ReadOnlyObjectWrapper<>(this, "cut");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyObjectWrapper<Map<Path, SourceState>> media = new ReadOnlyObjectWrapper<>(this, "media", Map.of());
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(this, "scanning");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Cutroom");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<List<Path>> recent = new ReadOnlyObjectWrapper<>(this, "recent", List.of());
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final LongProperty playhead = new SimpleLongProperty(this, "playhead");

    private final TimelineViewModel timeline = new TimelineViewModel(selection, playhead);
    private final MediaBinViewModel bin = new MediaBinViewModel();
    private final InspectorViewModel inspector = new InspectorViewModel();
    private final ViewerViewModel viewer = new ViewerViewModel();

    private History history;
    private Edits edits = new Edits(Path.of("").toAbsolutePath(), SourceDurations.unknown());
    private int generation;
    private Consumer<String> errorHandler = m -> { };

    public EditorViewModel(Services services) {
        this.services = services;
        Editing editing = new Editing() {
            @Override
            public Optional<String> apply(String label, Edit edit) {
                return edit(label, edit);
            }

            @Override
            public void report(String text) {
                message.set(text);
            }
        };
        timeline.setEditing(editing);
        inspector.setEditing(editing);
        bin.setEditing(editing);
        selection.addListener((o, a, b) -> inspector.show(b, inspectorContext()));
        playhead.addListener((o, a, b) -> viewer.show(cut.get(), b.longValue()));
        try {
            recent.set(services.recent().load());
        } catch (IOException e) {
            message.set("Could not read the list of recent projects " + services.recent().file() + ": " + reason(e));
        }
    }

    // ---- what the panels show

    public TimelineViewModel timeline() {
        return timeline;
    }

    public MediaBinViewModel bin() {
        return bin;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ViewerViewModel viewer() {
        return viewer;
    }

    /** The project file, or null for a project not saved yet. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The project as edited, or null before one is opened. */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The episode shown. */
    public ReadOnlyStringProperty episodeIdProperty() {
        return episodeId.getReadOnlyProperty();
    }

    /** The episode shown, resolved; null while it cannot be (see {@link #problemsProperty()}). */
    public ReadOnlyObjectProperty<Cut> cutProperty() {
        return cut.getReadOnlyProperty();
    }

    /** What resolving the episode found wrong (errors leave the cut null). */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What is known of each media file the project names, by absolute path. */
    public ReadOnlyObjectProperty<Map<Path, SourceState>> mediaProperty() {
        return media.getReadOnlyProperty();
    }

    /** Whether media files are being probed. */
    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    /** Whether the project has changes not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** {@code Undo} or {@code Undo <edit>}. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The window title: file name, a {@code *} for unsaved changes, and the application. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The status line: what just happened, or what went wrong, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Recently opened projects, newest first. */
    public ReadOnlyObjectProperty<List<Path>> recentProperty() {
        return recent.getReadOnlyProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The playhead, in frames of the cut. */
    public LongProperty playheadProperty() {
        return playhead;
    }

    /** Puts {@code text} on the status line (the player says there that it plays without sound). */
    public void showMessage(String text) {
        message.set(text);
    }

    /** Errors that deserve a dialog (opening or saving failed) go here as well as to the message line. */
    public void setErrorHandler(Consumer<String> handler) {
        errorHandler = handler;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The episode shown, or null. */
    public Episode episode() {
        Project p = project.get();
        return p == null ? null : p.episode(episodeId.get()).orElse(null);
    }

    // ---- documents

    /** A new, untitled project: 1920x1080 at 24 fps, one episode with one empty scene. */
    public void newProject() {
        Scene scene = new Scene("s1", "SCENE 1", null, List.of());
        Project p = new Project(Format.HD_24, ".", Style.DEFAULT,
                List.of(new Episode("ep1", "Untitled", List.of(scene), List.of())));
        generation++;
        show(null, p, Map.of());
        message.set("New project: add shots to its first scene, then save it");
    }

    /**
     * Shows {@code p}, made of something else (a screenplay), as a new untitled project that is
     * saved nowhere yet: closing it asks to save it.
     */
    public void newProject(Project p, String text) {
        generation++;
        show(null, p, Map.of());
        history = new History(p, false);
        updateState();
        message.set(text);
    }

    /**
     * Opens a project file in the background; the panels fill in when it is read, and again when its
     * media files are probed. A file that cannot be read leaves the open project as it was.
     */
    public void open(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        int gen = ++generation;
        message.set("Opening " + abs.getFileName() + " …");
        services.tasks().execute(() -> ProjectFile.read(abs), p -> {
            if (gen != generation) {
                return;
            }
            show(abs, p, Map.of());
            remember(abs);
            Episode e = episode();
            int shots = e.scenes().stream().mapToInt(s -> s.shots().size()).sum();
            message.set("Opened " + abs.getFileName() + ": episode " + e.id() + ", " + plural(e.scenes().size(), "scene")
                    + ", " + plural(shots, "shot"));
            scan();
        }, failure -> {
            if (gen != generation) {
                return;
            }
            String text = "Cannot open " + abs.getFileName() + ": " + reason(failure);
            message.set(text);
            errorHandler.accept(text);
            if (!Files.exists(abs)) {
                forget(abs);
            }
        });
    }

    /** Shows another episode of the project. */
    public void showEpisode(String id) {
        if (project.get() == null || project.get().episode(id).isEmpty() || id.equals(episodeId.get())) {
            return;
        }
        episodeId.set(id);
        selection.set(null);
        playhead.set(0);
        refresh(true);
    }

    /**
     * Saves to the project's file. Returns false, changing nothing, when the project has no file yet
     * (then ask for one and {@link #saveAs}) or when saving failed (the message says why).
     */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    /**
     * Saves to {@code target} atomically and makes it the project's file. Media paths, the LUT and
     * the subtitle font stay pointing at the same files when the folder changes.
     */
    public boolean saveAs(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Project p = project.get();
        Path newDir = abs.getParent();
        Path oldDir = projectDir();
        Project rebased = ProjectPaths.rebase(p, projectDir(), newDir);
        try {
            ProjectFile.write(rebased, abs);
        } catch (ProjectFileException e) {
            String text = "Cannot save: " + e.getMessage();
            message.set(text);
            errorHandler.accept(text);
            return false;
        }
        boolean moved = !newDir.equals(projectDir());
        file.set(abs);
        if (rebased != p) {
            history = rebased(history, q -> ProjectPaths.rebase(q, oldDir, newDir));
            project.set(rebased);
        }
        history.markSaved();
        edits = new Edits(newDir, durations());
        remember(abs);
        updateState();
        message.set("Saved " + abs);
        if (moved) {
            refresh(false);
        }
        return true;
    }

    // ---- edits

    /**
     * Applies an edit of the whole project (such as a relink): the project it returns becomes the
     * project, with one undo step named {@code name}. A refused edit ({@link EditException}, or a
     * model check's {@link IllegalArgumentException}) changes nothing; the status line says why.
     * Returns whether the edit was made.
     */
    public boolean apply(String name, ProjectEdit edit) {
        return project.get() != null && edit(name, (e, p, episode) -> edit.apply(p)).isEmpty();
    }

    /**
     * Applies an edit of the episode shown as one undo step named {@code label}, then resolves the
     * cut again and keeps the selection on something that still exists. A refused edit changes
     * nothing: the status line says {@code Cannot <label>: <why>}, and the reason is returned.
     */
    public Optional<String> edit(String label, Editing.Edit edit) {
        Project before = project.get();
        if (before == null) {
            return Optional.of("no project is open");
        }
        Project after;
        try {
            after = edit.apply(edits, before, episodeId.get());
        } catch (EditException | IllegalArgumentException | IllegalStateException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message.set("Cannot " + label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1)
                    + ": " + why);
            return Optional.of(why);
        }
        if (after == null || after.equals(before)) {
            return Optional.empty();
        }
        project.set(history.apply(label, after));
        afterEdit(label);
        return Optional.empty();
    }

    /** The edit operations, for the project's folder and the media lengths known so far. */
    public Edits edits() {
        return edits;
    }

    public void undo() {
        if (history != null && history.canUndo()) {
            String name = history.undoLabel().orElse("");
            project.set(history.undo());
            afterEdit("Undid " + name);
        }
    }

    public void redo() {
        if (history != null && history.canRedo()) {
            String name = history.redoLabel().orElse("");
            project.set(history.redo());
            afterEdit("Redid " + name);
        }
    }

    /**
     * Adds what is now known of some media files (probed by an import or a relink) to
     * {@link #mediaProperty()}, and lays the episode out again with them.
     */
    public void addMedia(Map<Path, SourceState> states) {
        if (project.get() == null || states.isEmpty()) {
            return;
        }
        Map<Path, SourceState> all = new java.util.HashMap<>(media.get());
        all.putAll(states);
        media.set(Map.copyOf(all));
        refresh(false);
    }

    // ---- recent projects

    /** Empties the list of recent projects. */
    public void clearRecent() {
        try {
            recent.set(services.recent().clear());
        } catch (IOException e) {
            message.set("Could not save the list of recent projects " + services.recent().file() + ": " + reason(e));
        }
    }

    // ---- internals

    private void show(Path newFile, Project p, Map<Path, SourceState> known) {
        file.set(newFile);
        project.set(p);
        episodeId.set(p.episodes().get(0).id());
        history = new History(p);
        media.set(Map.copyOf(known));
        edits = new Edits(projectDir(), durations());
        selection.set(null);
        playhead.set(0);
        updateState();
        refresh(true);
    }

    private void afterEdit(String what) {
        if (episode() == null) {
            episodeId.set(project.get().episodes().get(0).id());
        }
        keepSelection();
        updateState();
        refresh(false);
        message.set(what);
    }

    /** Probes every media file the project names, in the background, then resolves again. */
    private void scan() {
        int gen = generation;
        Path mediaRoot = Resolver.mediaRoot(projectDir(), project.get());
        List<Path> files = sources(project.get(), mediaRoot);
        scanning.set(true);
        refresh(false);
        services.tasks().execute(() -> services.scanner().scan(files), states -> {
            if (gen != generation) {
                return;
            }
            scanning.set(false);
            media.set(Map.copyOf(states));
            edits = new Edits(projectDir(), durations());
            long missing = states.values().stream().filter(s -> s.status() == SourceState.Status.MISSING).count();
            long unreadable = states.values().stream().filter(s -> s.status() == SourceState.Status.UNREADABLE).count();
            String summary = plural(states.size(), "media file") + " read";
            if (missing + unreadable > 0) {
                summary += ": " + (missing > 0 ? missing + " offline (missing on disk)" : "")
                        + (missing > 0 && unreadable > 0 ? ", " : "") + (unreadable > 0 ? unreadable + " unreadable" : "");
            }
            message.set(summary);
            refresh(false);
        }, failure -> {
            if (gen != generation) {
                return;
            }
            scanning.set(false);
            message.set("Could not read the media files: " + reason(failure));
            refresh(false);
        });
    }

    /** Resolves the episode shown and passes it to every panel. */
    private void refresh(boolean newDocument) {
        Project p = project.get();
        Episode e = episode();
        Path mediaRoot = Resolver.mediaRoot(projectDir(), p);
        Map<Path, SourceState> known = media.get();
        Resolver.Resolution r = Resolver.check(p, episodeId.get(), projectDir(), durations());
        cut.set(r.cut());
        problems.set(r.problems());
        timeline.setCut(r.cut(), e, notice(r));
        if (newDocument) {
            timeline.fit();
        }
        bin.show(e, mediaRoot, known);
        inspector.show(selection.get(), inspectorContext());
        viewer.show(r.cut(), playhead.get());
    }

    private String notice(Resolver.Resolution r) {
        if (r.cut() != null) {
            return "";
        }
        Episode e = episode();
        if (e != null && e.scenes().stream().allMatch(s -> s.shots().isEmpty())) {
            return "The episode has no shots yet.";
        }
        if (scanning.get()) {
            return "Reading the media files …";
        }
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        StringBuilder sb = new StringBuilder("The episode cannot be laid out:");
        errors.stream().limit(3).forEach(p -> sb.append('\n').append(p.where()).append(": ").append(p.message()));
        if (errors.size() > 3) {
            sb.append("\n… and ").append(plural(errors.size() - 3, "more error"));
        }
        return sb.toString();
    }

    private InspectorViewModel.Context inspectorContext() {
        Project p = project.get();
        return p == null ? null
                : new InspectorViewModel.Context(episode(), cut.get(), Resolver.mediaRoot(projectDir(), p), media.get());
    }

    private void updateState() {
        Project p = project.get();
        dirty.set(p != null && history != null && history.isModified());
        canUndo.set(history != null && history.canUndo());
        canRedo.set(history != null && history.canRedo());
        undoText.set(canUndo.get() ? "Undo " + history.undoLabel().orElse("") : "Undo");
        redoText.set(canRedo.get() ? "Redo " + history.redoLabel().orElse("") : "Redo");
        String name = file.get() == null ? "Untitled" : file.get().getFileName().toString();
        title.set((dirty.get() ? "*" : "") + name + " — Cutroom");
    }

    /** The lengths of the media files probed so far. */
    private SourceDurations durations() {
        Map<Path, SourceState> known = media.get();
        return source -> Optional.ofNullable(known.get(source)).map(SourceState::duration);
    }

    /**
     * After an edit, undo or redo: a selected scene, shot, take or cue that is gone gives way to the
     * shot it was on, or to nothing.
     */
    private void keepSelection() {
        Selection s = selection.get();
        Episode e = episode();
        if (s == null || e == null || s.isIn(e)) {
            return;
        }
        String shot = s.shotId();
        selection.set(shot != null && e.shot(shot).isPresent() ? Selection.shot(shot) : null);
    }

    /** The same history (labels, position) with every project passed through {@code f}; saved where it stands. */
    private static History rebased(History h, java.util.function.UnaryOperator<Project> f) {
        int position = h.undoCount();
        while (h.canUndo()) {
            h.undo();
        }
        History out = new History(f.apply(h.current()));
        while (h.canRedo()) {
            String label = h.redoLabel().orElse("");
            out.apply(label, f.apply(h.redo()));
        }
        while (out.undoCount() > position) {
            out.undo();
        }
        return out;
    }

    /** The folder the project's relative paths start from: its file's folder, or the working folder. */
    public Path projectDir() {
        Path f = file.get();
        return f == null ? Path.of("").toAbsolutePath() : f.getParent();
    }

    private void remember(Path abs) {
        try {
            recent.set(services.recent().add(abs));
        } catch (IOException e) {
            message.set("Could not save the list of recent projects " + services.recent().file() + ": " + reason(e));
        }
    }

    private void forget(Path abs) {
        try {
            recent.set(services.recent().remove(abs));
        } catch (IOException e) {
            // the list stays as it was; the failure to open is what the user needs to hear about
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return e.getMessage() + ": no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return e.getMessage() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Every media file of every episode, by absolute path, once each. */
    private static List<Path> sources(Project p, Path mediaRoot) {
        java.util.Set<Path> files = new java.util.LinkedHashSet<>();
        for (Episode e : p.episodes()) {
            for (Scene s : e.scenes()) {
                for (io.cutroom.model.Shot shot : s.shots()) {
                    if (shot instanceof io.cutroom.model.TakeShot ts) {
                        ts.takes().forEach(t -> files.add(Resolver.source(mediaRoot, t.source())));
                    }
                    shot.dialogue().forEach(d -> files.add(Resolver.source(mediaRoot, d.source())));
                }
            }
            e.music().forEach(m -> files.add(Resolver.source(mediaRoot, m.source())));
        }
        return List.copyOf(files);
    }
}
