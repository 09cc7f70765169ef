package io.cutroom.ui.editor;

import io.cutroom.model.Project;

/**
 * The undo history the editor drives: every edit pushes the project it produced, undo and redo
 * step through them. The seam where {@code io.cutroom.timeline}'s history plugs in; until then
 * {@link ProjectHistory} is a plain stack of projects.
 */
public interface EditHistory {

    /** Starts a history at a project just opened or created. */
    @FunctionalInterface
    interface Factory {
        EditHistory start(Project project);
    }

    /** The project as the edits so far have left it. */
    Project current();

    /** Records that the edit {@code name} turned {@link #current()} into {@code edited}; forgets what could be redone. */
    void push(String name, Project edited);

    boolean canUndo();

    boolean canRedo();

    /** The name of the edit undo would take back, or null. */
    String undoName();

    /** The name of the edit redo would make again, or null. */
    String redoName();

    /** Takes back the last edit and returns the project before it. */
    Project undo();

    /** Makes the last undone edit again and returns the project after it. */
    Project redo();
}
