package io.cutroom.ui;

import io.cutroom.model.Project;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import java.util.Optional;

/**
 * How a panel (timeline, inspector) changes the project: it names an edit and gives it as a pure
 * function; the editor applies it as one undoable step and shows the result everywhere. A panel
 * never holds the project or the history.
 */
public interface Editing {

    /** One edit of the episode shown, made with the editor's {@link Edits}. */
    @FunctionalInterface
    interface Edit {
        Project apply(Edits edits, Project project, String episodeId) throws EditException;
    }

    /**
     * Applies {@code edit} as one undoable step named {@code label} ("Trim s1-a"). A refused edit
     * changes nothing; the status line says why.
     *
     * @return why the edit was refused (the {@link EditException}'s message), or empty when it was
     *     made (or changed nothing)
     */
    Optional<String> apply(String label, Edit edit);

    /** Says something in the status line ("Select a shot to split"). */
    void report(String message);

    /** Edits nothing: for a panel shown without an editor. */
    Editing NONE = new Editing() {
        @Override
        public Optional<String> apply(String label, Edit edit) {
            return Optional.of("nothing can be edited here");
        }

        @Override
        public void report(String message) {
        }
    };
}
