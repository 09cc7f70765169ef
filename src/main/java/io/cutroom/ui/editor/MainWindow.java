package io.cutroom.ui.editor;

import io.cutroom.model.Episode;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.bin.ImportByName;
import io.cutroom.ui.bin.ImportByNameView;
import io.cutroom.ui.bin.MediaBinView;
import io.cutroom.ui.delivery.Delivery;
import io.cutroom.ui.script.ScriptImporting;
import io.cutroom.ui.script.ScriptMenu;
import io.cutroom.ui.inspector.InspectorView;
import io.cutroom.ui.player.PlaybackClock;
import io.cutroom.ui.player.PlayerView;
import io.cutroom.ui.player.PlayerViewModel;
import io.cutroom.ui.timeline.ThumbnailProvider;
import io.cutroom.ui.timeline.TimelineView;
import io.cutroom.ui.timeline.WaveformProvider;
import io.cutroom.ui.viewer.FrameProvider;
import io.cutroom.ui.viewer.ViewerView;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The editor's window: menus (File, Edit, View), the media bin, the viewer and the inspector side
 * by side, the timeline below, and a status line. Binds the {@link EditorViewModel} and forwards
 * gestures to it; dialogs (open, save as, unsaved changes, errors) live here.
 */
public final class MainWindow {

    /** Pictures and sounds the panels draw, from the {@code media} package ({@code ui.media.StandardMedia}). */
    public record Providers(ThumbnailProvider thumbnails, WaveformProvider waveforms, FrameProvider frames, PlaybackClock clock) {

        /** No thumbnails, waveforms or decoded frames: blocks and viewer show names and times; playing is silent. */
        public static final Providers NONE = new Providers(ThumbnailProvider.NONE, WaveformProvider.NONE, FrameProvider.NONE,
                PlaybackClock.system());
    }

    private final Stage stage;
    private final EditorViewModel vm;
    private final TimelineView timeline;
    private final PlayerView player;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Menu episodeMenu = new Menu("Episode");
    private final Delivery delivery;
    private final ImportByName importByName;
    private final ScriptImporting scripts;

    public MainWindow(Stage stage, EditorViewModel vm, Providers providers) {
        this(stage, vm, providers, Delivery.Services.standard(Optional.empty()));
    }

    /** A window whose import, relink, render and autosave use {@code delivery}'s services. */
    public MainWindow(Stage stage, EditorViewModel vm, Providers providers, Delivery.Services deliveryServices) {
        this.stage = stage;
        this.vm = vm;
        delivery = new Delivery(stage, vm, deliveryServices);
        importByName = new ImportByName(vm, deliveryServices.tasks(), deliveryServices.probe()::probe);
        scripts = new ScriptImporting(vm, deliveryServices.tasks());
        timeline = new TimelineView(vm.timeline());
        timeline.setId("timeline");
        timeline.setThumbnails(providers.thumbnails());
        timeline.setWaveforms(providers.waveforms());
        ViewerView viewer = new ViewerView(vm.viewer());
        viewer.setId("viewer");
        viewer.setFrames(providers.frames());
        PlayerViewModel playing = new PlayerViewModel(vm.playheadProperty(), vm.cutProperty(), providers.clock());
        playing.setMover(frame -> vm.timeline().movePlayhead(frame));
        playing.setStatus(vm::showMessage);
        player = new PlayerView(playing, viewer, timeline);
        vm.bin().setThumbnails(providers.thumbnails());
        MediaBinView bin = new MediaBinView(vm.bin(), vm.selectionProperty());
        bin.setId("media-bin");
        delivery.acceptDrops(bin);
        InspectorView inspector = new InspectorView(vm.inspector());
        inspector.setId("inspector");

        SplitPane panels = new SplitPane(bin, viewer, inspector);
        panels.setDividerPositions(0.27, 0.75);
        SplitPane.setResizableWithParent(bin, false);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane main = new SplitPane(panels, timeline);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(timeline, false);

        BorderPane root = new BorderPane(main);
        root.setTop(menus());
        root.setBottom(statusLine());
        Scene scene = new Scene(root, 1400, 860);
        scene.getStylesheets().add(MainWindow.class.getResource("/io/cutroom/ui/editor.css").toExternalForm());
        player.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });

        vm.setErrorHandler(this::showError);
        vm.recentProperty().addListener((o, a, b) -> fillRecent(b));
        fillRecent(vm.recentProperty().get());
        vm.projectProperty().addListener((o, a, b) -> fillEpisodes());
        vm.mediaProperty().addListener((o, a, b) -> timeline.setOffline(b.values().stream()
                .filter(s -> s.status() != SourceState.Status.READY).map(SourceState::file).collect(Collectors.toSet())));
        timeline.setOffline(Set.of());
    }

    public Stage stage() {
        return stage;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public PlayerView player() {
        return player;
    }

    /** Import, relink, render and the autosave of this window. */
    public Delivery delivery() {
        return delivery;
    }

    /** File › Import Media by Name…: clips filed into their shots by the naming convention. */
    public ImportByName importByName() {
        return importByName;
    }

    /** Asks what to do with unsaved changes; true when the window may go on (saved or discarded). */
    public boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes are lost if you don't save them.", save, discard,
                ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Unsaved changes");
        Path file = vm.fileProperty().get();
        alert.setHeaderText("Save the changes to " + (file == null ? "the new project" : file.getFileName()) + "?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() == discard || save();
    }

    private MenuBar menus() {
        MenuItem newItem = item("New", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (confirmDiscard()) {
                vm.newProject();
            }
        });
        newItem.setId("menu-new");
        MenuItem open = item("Open…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseAndOpen);
        MenuItem save = item("Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        MenuItem saveAs = item("Save As…",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::saveAs);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
        save.disableProperty().bind(vm.projectProperty().isNull());
        saveAs.disableProperty().bind(vm.projectProperty().isNull());
        recentMenu.setId("menu-recent");
        Menu file = new Menu("File", null, newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), quit);
        file.getItems().addAll(file.getItems().indexOf(quit), delivery.fileMenuItems());
        file.getItems().add(file.getItems().indexOf(quit), new SeparatorMenuItem());
        ImportByNameView.addTo(file, stage, importByName, vm.projectProperty().isNull());
        ScriptMenu.addTo(file, stage, scripts, this::confirmDiscard, vm.projectProperty().isNull());
        file.setId("menu-file");

        MenuItem undo = item("Undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                vm::redo);
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        undo.textProperty().bind(vm.undoTextProperty());
        redo.textProperty().bind(vm.redoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.getItems().addAll(EditMenu.items(stage, vm));
        edit.setId("menu-edit");

        MenuItem zoomIn = item("Zoom In", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> vm.timeline().zoomIn());
        MenuItem zoomOut = item("Zoom Out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> vm.timeline().zoomOut());
        MenuItem fit = item("Zoom to Fit", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> vm.timeline().fit());
        zoomIn.setId("menu-zoom-in");
        zoomOut.setId("menu-zoom-out");
        fit.setId("menu-zoom-fit");
        episodeMenu.setVisible(false);
        Menu view = new Menu("View", null, zoomIn, zoomOut, fit, new SeparatorMenuItem(), episodeMenu);
        view.getItems().add(3, new SeparatorMenuItem());
        view.getItems().addAll(4, player.menuItems());
        view.setId("menu-view");
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private HBox statusLine() {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(vm.scanningProperty());
        HBox line = new HBox(8, busy, message);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("status-line");
        return line;
    }

    private void fillRecent(List<Path> recent) {
        recentMenu.getItems().clear();
        for (Path p : recent) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    vm.open(p);
                }
            });
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Menu");
            clear.setOnAction(e -> vm.clearRecent());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private void fillEpisodes() {
        episodeMenu.getItems().clear();
        var project = vm.projectProperty().get();
        episodeMenu.setVisible(project != null && project.episodes().size() > 1);
        if (project == null) {
            return;
        }
        for (Episode e : project.episodes()) {
            MenuItem item = new MenuItem(e.id() + " — " + e.title());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> vm.showEpisode(e.id()));
            episodeMenu.getItems().add(item);
        }
    }

    private void chooseAndOpen() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open a project");
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            vm.open(chosen.toPath());
        }
    }

    private boolean save() {
        return vm.fileProperty().get() == null ? saveAs() : vm.save();
    }

    private boolean saveAs() {
        FileChooser chooser = chooser("Save the project as");
        Path current = vm.fileProperty().get();
        chooser.setInitialFileName(current == null ? "untitled.cutroom.json" : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        return chosen != null && vm.saveAs(chosen.toPath());
    }

    private void quit() {
        if (confirmDiscard()) {
            stage.close();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Cutroom projects", "*.cutroom.json"),
                new FileChooser.ExtensionFilter("JSON files", "*.json"));
        Path current = vm.fileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }

    private void showError(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle("Cutroom");
        alert.setHeaderText(null);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
