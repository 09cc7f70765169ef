package io.cutroom.ui.editor;

import io.cutroom.model.Project;

/**
 * One edit, as the editor applies it ({@link EditorViewModel#apply}): a pure function of the
 * project, such as an {@code io.cutroom.timeline} edit operation. An edit that cannot be made
 * throws {@link IllegalArgumentException} or {@link IllegalStateException} with a message for the
 * user, and changes nothing.
 */
@FunctionalInterface
public interface ProjectEdit {

    Project apply(Project project);
}
