package io.cutroom.ui.editor;

import io.cutroom.model.Episode;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.render.SubtitleChecks;
import io.cutroom.ui.timeline.TimelineCommands;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The Edit menu's edits, below Undo and Redo: split, delete, swap take, move a shot to a scene, add
 * a subtitle, a scene, a card or a slate. Their single-key shortcuts (S, T, Delete) act only when no
 * text field has the keyboard, so typing an "s" never splits a shot.
 */
final class EditMenu {

    private final Stage stage;
    private final EditorViewModel vm;
    private final TimelineCommands editing;
    /** Whether the key being pressed goes to a text field (then a single-key shortcut is typing, not a command). */
    private boolean typing;

    private EditMenu(Stage stage, EditorViewModel vm) {
        this.stage = stage;
        this.vm = vm;
        this.editing = vm.timeline().commands();
        stage.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> typing = e.getTarget() instanceof TextInputControl);
                scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> typing = false);
            }
        });
    }

    /** The items, in order, for {@code vm}'s window on {@code stage}. */
    static List<MenuItem> items(Stage stage, EditorViewModel vm) {
        return new EditMenu(stage, vm).build();
    }

    private List<MenuItem> build() {
        MenuItem split = key("Split at Playhead", "menu-split", new KeyCodeCombination(KeyCode.S), editing::split);
        MenuItem delete = key("Delete", "menu-delete", new KeyCodeCombination(KeyCode.DELETE), editing::deleteSelection);
        Menu take = new Menu("Take");
        take.setId("menu-take");
        MenuItem next = key("Next Take", "menu-next-take", new KeyCodeCombination(KeyCode.T), () -> editing.cycleTake(1));
        MenuItem previous = key("Previous Take", "menu-previous-take",
                new KeyCodeCombination(KeyCode.T, KeyCombination.SHIFT_DOWN), () -> editing.cycleTake(-1));
        take.getItems().addAll(next, previous);
        beforeShowing(take, () -> fillTakes(take, next, previous));
        Menu move = new Menu("Move Shot to Scene");
        move.setId("menu-move-to-scene");
        move.getItems().add(new MenuItem("—"));
        beforeShowing(move, () -> fillScenes(move));
        MenuItem subtitle = item("Add Subtitle at Playhead", "menu-add-subtitle",
                () -> editing.beginNewCue(vm.playheadProperty().get()));
        MenuItem scene = item("Add Scene…", "menu-add-scene",
                () -> ask("Add a scene", "Heading of the new scene, after the current one:", "INT. NEW SCENE - DAY",
                        editing::addScene));
        MenuItem card = item("Add Card…", "menu-add-card",
                () -> ask("Add a card", "Text of the card, at the playhead:", "Title", editing::addCard));
        MenuItem slate = item("Add Slate…", "menu-add-slate",
                () -> ask("Add a slate", "What the shot to come shows, at the playhead:", "Shot to be generated",
                        editing::addSlate));
        MenuItem warning = key("Next Subtitle Warning", "menu-next-warning", new KeyCodeCombination(KeyCode.W),
                this::nextWarning);
        for (MenuItem i : List.of(split, delete, take, move, subtitle, scene, card, slate, warning)) {
            i.disableProperty().bind(vm.projectProperty().isNull());
        }
        return List.of(new SeparatorMenuItem(), split, delete, take, move, new SeparatorMenuItem(), subtitle, scene,
                card, slate, new SeparatorMenuItem(), warning);
    }

    /** Selects the next subtitle the reading checks warn about, and says what they found. */
    private void nextWarning() {
        List<SubtitleChecks.Finding> found = vm.timeline().nextWarning();
        int warned = vm.timeline().warnedSubtitles();
        if (found.isEmpty()) {
            vm.showMessage("No subtitle warnings: every subtitle passes the reading checks");
            return;
        }
        vm.showMessage("Subtitle " + found.get(0).number() + ": "
                + found.stream().map(SubtitleChecks.Finding::message).collect(Collectors.joining("; "))
                + (warned > 1 ? " (" + warned + " subtitles have warnings; W for the next)" : ""));
    }

    /** Runs {@code fill} when the menu holding {@code submenu} opens, so the submenu is ready before it shows. */
    private static void beforeShowing(Menu submenu, Runnable fill) {
        submenu.parentMenuProperty().addListener((o, old, parent) -> {
            if (parent != null) {
                parent.addEventHandler(Menu.ON_SHOWING, e -> fill.run());
            }
        });
    }

    /** The current shot's takes (the selected one checked), then Next and Previous. */
    private void fillTakes(Menu menu, MenuItem next, MenuItem previous) {
        menu.getItems().setAll(next, previous);
        Optional<Shot> shot = editing.currentShot();
        if (shot.isEmpty() || !(shot.get() instanceof TakeShot ts)) {
            return;
        }
        int i = 0;
        for (Take t : ts.takes()) {
            CheckMenuItem item = new CheckMenuItem(t.id() + " — " + t.source());
            item.setMnemonicParsing(false);
            item.setSelected(t.id().equals(ts.selected()));
            item.setOnAction(e -> editing.selectTake(t.id()));
            menu.getItems().add(i++, item);
        }
        menu.getItems().add(i, new SeparatorMenuItem());
    }

    private void fillScenes(Menu menu) {
        menu.getItems().clear();
        Episode e = vm.episode();
        if (e == null) {
            return;
        }
        for (Scene s : e.scenes()) {
            MenuItem item = new MenuItem(s.id() + " · " + s.heading());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> editing.moveShotToScene(s.id()));
            menu.getItems().add(item);
        }
    }

    private void ask(String title, String question, String initial, Consumer<String> then) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(stage);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        dialog.getDialogPane().setId("ask-dialog");
        dialog.showAndWait().ifPresent(then);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** An item with a single-key shortcut, which does nothing while a text field has the keyboard. */
    private MenuItem key(String text, String id, KeyCombination keys, Runnable action) {
        MenuItem item = item(text, id, () -> {
            if (!typing) {
                action.run();
            }
        });
        item.setAccelerator(keys);
        return item;
    }
}
