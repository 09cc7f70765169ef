package io.cutroom.ui.editor;

import io.cutroom.model.Project;
import io.cutroom.timeline.EditException;

/**
 * One edit of the whole project, as the editor applies it ({@link EditorViewModel#apply}): a pure
 * function of the project, such as an {@code io.cutroom.timeline.Edits} operation. An edit that
 * cannot be made throws {@link EditException} (or the model's {@link IllegalArgumentException})
 * with a message for the user, and changes nothing. Edits of the episode shown go through
 * {@link EditorViewModel#edit} instead, which also hands them the episode and the edit operations.
 */
@FunctionalInterface
public interface ProjectEdit {

    Project apply(Project project) throws EditException;
}
