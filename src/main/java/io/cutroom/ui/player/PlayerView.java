package io.cutroom.ui.player;

import io.cutroom.ui.timeline.TimelineView;
import io.cutroom.ui.viewer.ViewerView;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The player has no panel of its own: it plays in the viewer and on the timeline. This binds it
 * there — the View menu's playback items with their keys (Space, J, K, L, I, O, Shift+I, Shift+O,
 * Shift+Space), the marks drawn on the timeline's ruler, and while playing a pulse that asks the
 * {@link PlayerViewModel} for the frame on every screen refresh and has the viewer decode the next
 * shot before it starts.
 */
public final class PlayerView {

    /** How far ahead the next shot's first frame is decoded: 48 frames, two seconds at 24 fps. */
    static final long PREPARE_FRAMES = 48;

    private final PlayerViewModel vm;
    private final ViewerView viewer;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.tick();
            viewer.prepareNext(PREPARE_FRAMES);
        }
    };

    public PlayerView(PlayerViewModel vm, ViewerView viewer, TimelineView timeline) {
        this.vm = vm;
        this.viewer = viewer;
        vm.marksProperty().addListener((o, a, b) -> timeline.setMarks(b));
        timeline.setMarks(vm.marksProperty().get());
        vm.speedProperty().addListener((o, a, b) -> {
            if (b.intValue() == 0) {
                pulse.stop();
            } else {
                pulse.start();
            }
        });
    }

    public PlayerViewModel viewModel() {
        return vm;
    }

    /**
     * The View menu's playback items. Their keys work wherever the focus is but in a text field; a
     * list or tree with the focus keeps its own use of the space bar otherwise, so {@link #install}
     * takes that one key first.
     */
    public List<MenuItem> menuItems() {
        return List.of(
                item("Play / Pause", "menu-play", new KeyCodeCombination(KeyCode.SPACE), vm::togglePlay),
                item("Play Backward (again: faster)", "menu-play-backward", new KeyCodeCombination(KeyCode.J), vm::backward),
                item("Stop", "menu-stop", new KeyCodeCombination(KeyCode.K), vm::pause),
                item("Play Forward (again: faster)", "menu-play-forward", new KeyCodeCombination(KeyCode.L), vm::forward),
                item("Play In to Out", "menu-play-in-out", new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHIFT_DOWN),
                        vm::playInToOut),
                new SeparatorMenuItem(),
                item("Mark In", "menu-mark-in", new KeyCodeCombination(KeyCode.I), vm::markIn),
                item("Mark Out", "menu-mark-out", new KeyCodeCombination(KeyCode.O), vm::markOut),
                item("Clear In", "menu-clear-in", new KeyCodeCombination(KeyCode.I, KeyCombination.SHIFT_DOWN), vm::clearIn),
                item("Clear Out", "menu-clear-out", new KeyCodeCombination(KeyCode.O, KeyCombination.SHIFT_DOWN), vm::clearOut));
    }

    /** Lets the space bar play and pause while the media bin (a tree or a list) has the focus. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean list = scene.getFocusOwner() instanceof TreeView || scene.getFocusOwner() instanceof ListView;
            if (list && e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown()) {
                if (e.isShiftDown()) {
                    vm.playInToOut();
                } else {
                    vm.togglePlay();
                }
                e.consume();
            }
        });
    }

    private static MenuItem item(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
