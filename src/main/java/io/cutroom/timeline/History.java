package io.cutroom.timeline;

import io.cutroom.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Unlimited undo and redo over project snapshots. The model is immutable, so a snapshot is just
 * the {@link Project} after each edit, labelled for the menu ("Trim s03-2"). Knows which snapshot
 * was last saved, so that {@link #isModified()} is right after undoing past a save, redoing back
 * to it, or editing after an undo (which makes the saved state unreachable). Not thread-safe: use
 * it from one thread (the UI's).
 *
 * <pre>
 *   apply(a) apply(b) undo()          [P0] a [P1] b [P2]    current = P1, redo = "b"
 *   apply(c)                          [P0] a [P1] c [P3]    "b" is gone
 * </pre>
 */
public final class History {

    private record Entry(String label, Project project) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private int current;
    private int saved;

    /** A history whose only state is {@code initial}, taken as saved (a project just opened). */
    public History(Project initial) {
        this(initial, true);
    }

    /**
     * A history whose only state is {@code initial}.
     *
     * @param onDisk false when the project is not saved anywhere as it is (a recovered copy): it
     *     starts out modified
     */
    public History(Project initial, boolean onDisk) {
        entries.add(new Entry(null, Objects.requireNonNull(initial, "initial")));
        saved = onDisk ? 0 : -1;
    }

    /** The project as it is now. */
    public Project current() {
        return entries.get(current).project();
    }

    /**
     * Records an edit: {@code project} becomes current, and whatever could be redone is dropped.
     * An edit that changes nothing (an equal project) is not recorded.
     *
     * @return the new current project
     */
    public Project apply(String label, Project project) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(project, "project");
        if (project.equals(current())) {
            return current();
        }
        entries.subList(current + 1, entries.size()).clear();
        if (saved > current) {
            saved = -1;
        }
        entries.add(new Entry(label, project));
        current++;
        return project;
    }

    public boolean canUndo() {
        return current > 0;
    }

    public boolean canRedo() {
        return current + 1 < entries.size();
    }

    /** The label of the edit {@link #undo()} would take back ("Trim s03-2"), if any. */
    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(entries.get(current).label()) : Optional.empty();
    }

    /** The label of the edit {@link #redo()} would do again, if any. */
    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(entries.get(current + 1).label()) : Optional.empty();
    }

    /**
     * Takes back the last edit.
     *
     * @return the project before it
     * @throws IllegalStateException when there is nothing to undo
     */
    public Project undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        current--;
        return current();
    }

    /**
     * Does the last undone edit again.
     *
     * @return the project after it
     * @throws IllegalStateException when there is nothing to redo
     */
    public Project redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        current++;
        return current();
    }

    /** Marks the current project as the one on disk (after a save). */
    public void markSaved() {
        saved = current;
    }

    /** Whether the current project differs from the one last saved (or opened). */
    public boolean isModified() {
        return saved != current;
    }

    /** The number of edits that can be undone. */
    public int undoCount() {
        return current;
    }

    /** The number of edits that can be redone. */
    public int redoCount() {
        return entries.size() - current - 1;
    }
}
