package io.cutroom.timeline;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Project;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static Project p(String text) {
        return project(scene("s1", card("c", text, "1")));
    }

    @Test
    void undoAndRedoWalkTheSnapshotsWithTheirLabels() {
        History h = new History(p("0"));
        assertThat(h.canUndo()).isFalse();
        assertThat(h.undoLabel()).isEmpty();

        h.apply("Edit card c", p("1"));
        h.apply("Trim c", p("2"));

        assertThat(h.undoLabel()).contains("Trim c");
        assertThat(h.undo()).isEqualTo(p("1"));
        assertThat(h.undoLabel()).contains("Edit card c");
        assertThat(h.redoLabel()).contains("Trim c");
        assertThat(h.undo()).isEqualTo(p("0"));
        assertThat(h.canUndo()).isFalse();
        assertThat(List.of(h.undoCount(), h.redoCount())).containsExactly(0, 2);
        assertThat(h.redo()).isEqualTo(p("1"));
        assertThat(h.redo()).isEqualTo(p("2"));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.redoLabel()).isEqualTo(Optional.empty());
    }

    @Test
    void anEditAfterUndoDropsWhatCouldBeRedone() {
        History h = new History(p("0"));
        h.apply("one", p("1"));
        h.apply("two", p("2"));
        h.undo();

        h.apply("three", p("3"));

        assertThat(h.canRedo()).isFalse();
        assertThat(h.undoLabel()).contains("three");
        assertThat(h.undo()).isEqualTo(p("1"));
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        History h = new History(p("0"));
        h.apply("nothing", p("0"));

        assertThat(h.canUndo()).isFalse();
        assertThat(h.isModified()).isFalse();
    }

    @Test
    void unlimited() {
        History h = new History(p("0"));
        for (int i = 1; i <= 5000; i++) {
            h.apply("edit " + i, p(Integer.toString(i)));
        }
        for (int i = 0; i < 5000; i++) {
            h.undo();
        }
        assertThat(h.current()).isEqualTo(p("0"));
    }

    @Test
    void theSavedMarkerTellsWhetherTheProjectIsModified() {
        History h = new History(p("0"));
        assertThat(h.isModified()).isFalse();
        h.apply("one", p("1"));
        assertThat(h.isModified()).isTrue();
        h.undo();
        assertThat(h.isModified()).isFalse();
        h.redo();
        h.markSaved();
        assertThat(h.isModified()).isFalse();

        h.undo();
        assertThat(h.isModified()).as("undone past the save").isTrue();
        h.redo();
        assertThat(h.isModified()).as("redone back to the save").isFalse();

        h.undo();
        h.apply("other", p("x"));
        assertThat(h.isModified()).isTrue();
        h.undo();
        assertThat(h.isModified()).isTrue();
        assertThat(h.canRedo()).isTrue();
        h.redo();
        assertThat(h.isModified()).as("the saved state can no longer be reached").isTrue();
    }

    @Test
    void aRecoveredProjectStartsModified() {
        History h = new History(p("0"), false);
        assertThat(h.isModified()).isTrue();
        h.markSaved();
        assertThat(h.isModified()).isFalse();
    }

    @Test
    void nothingToUndoOrRedoIsAProgrammingError() {
        History h = new History(p("0"));
        assertThatThrownBy(h::undo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo");
        assertThatThrownBy(h::redo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to redo");
    }
}
