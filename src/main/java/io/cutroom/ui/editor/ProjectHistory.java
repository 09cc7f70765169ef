package io.cutroom.ui.editor;

import io.cutroom.model.Project;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Unlimited undo over an immutable model: two stacks of named projects. Cheap, since projects share
 * everything an edit did not touch.
 */
public final class ProjectHistory implements EditHistory {

    private record Step(String name, Project project) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Project current;

    public ProjectHistory(Project start) {
        current = Objects.requireNonNull(start, "start");
    }

    @Override
    public Project current() {
        return current;
    }

    @Override
    public void push(String name, Project edited) {
        undo.push(new Step(name, current));
        redo.clear();
        current = Objects.requireNonNull(edited, "edited");
    }

    @Override
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public boolean canRedo() {
        return !redo.isEmpty();
    }

    @Override
    public String undoName() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    @Override
    public String redoName() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    @Override
    public Project undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("there is nothing to undo");
        }
        Step step = undo.pop();
        redo.push(new Step(step.name(), current));
        current = step.project();
        return current;
    }

    @Override
    public Project redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("there is nothing to redo");
        }
        Step step = redo.pop();
        undo.push(new Step(step.name(), current));
        current = step.project();
        return current;
    }
}
