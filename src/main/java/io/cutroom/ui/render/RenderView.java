package io.cutroom.ui.render;

import io.cutroom.render.RenderException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The render panel, a window beside the editor's: preset, output file and burned-in subtitles;
 * Start and Cancel; a progress bar with the stage, speed and time left; then the problems that
 * stopped the render, or what it re-encoded and reused, with Open and Show in Folder. Closing
 * it leaves a render running; the editor's File › Render… shows it again.
 */
public final class RenderView {

    private final RenderViewModel vm;
    private final Stage stage = new Stage();

    public RenderView(Window owner, RenderViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Render");

        ComboBox<String> preset = new ComboBox<>();
        preset.setId("render-preset");
        preset.setMaxWidth(Double.MAX_VALUE);
        vm.choicesProperty().addListener((o, a, b) -> fillPresets(preset, b));
        fillPresets(preset, vm.choicesProperty().get());
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        Label description = new Label();
        description.setId("render-preset-description");
        description.getStyleClass().add("render-note");
        description.setWrapText(true);
        description.textProperty().bind(vm.descriptionProperty());

        TextField output = new TextField();
        output.setId("render-output");
        output.textProperty().bindBidirectional(vm.outputProperty());
        Button choose = new Button("Choose…");
        choose.setId("render-choose");
        choose.setOnAction(e -> chooseOutput());
        HBox outputRow = new HBox(6, output, choose);
        HBox.setHgrow(output, Priority.ALWAYS);

        CheckBox burn = new CheckBox("Burn in subtitles (draw them into the picture instead of a subtitle track)");
        burn.setId("render-burn");
        burn.selectedProperty().bindBidirectional(vm.burnSubtitlesProperty());

        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        settings.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        settings.addRow(0, new Label("Preset"), preset);
        settings.add(description, 1, 1);
        settings.addRow(2, new Label("Output"), outputRow);
        settings.add(burn, 1, 3);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("render-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("render-message");
        message.getStyleClass().add("render-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label detail = new Label();
        detail.setId("render-detail");
        detail.getStyleClass().add("render-note");
        detail.textProperty().bind(vm.detailProperty());

        ListView<String> report = new ListView<>();
        report.setId("render-report");
        report.setPrefHeight(150);
        report.setFocusTraversable(false);
        vm.reportProperty().addListener((o, a, b) -> report.setItems(FXCollections.observableArrayList(b)));
        VBox.setVgrow(report, Priority.ALWAYS);

        BooleanBinding running = Bindings.createBooleanBinding(() -> vm.stateProperty().get().running(), vm.stateProperty());
        BooleanBinding noResult = vm.resultProperty().isNull();
        Button start = button("Start", "render-start", this::startAfterAsking);
        start.setDefaultButton(true);
        start.disableProperty().bind(running);
        Button cancel = button("Cancel Render", "render-cancel", vm::cancel);
        cancel.disableProperty().bind(running.not());
        Button open = button("Open", "render-open", vm::openResult);
        open.disableProperty().bind(noResult);
        Button folder = button("Show in Folder", "render-show", vm::showInFolder);
        folder.disableProperty().bind(noResult);
        Button close = button("Close", "render-close", stage::hide);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, open, folder, gap, cancel, start, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        settings.disableProperty().bind(running);
        VBox root = new VBox(10, settings, bar, message, detail, report, buttons);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("render-panel");
        Scene scene = new Scene(root, 640, 430);
        scene.getStylesheets().addAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    /** The panel's window. */
    public Stage stage() {
        return stage;
    }

    /** Shows the panel (again), in front. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    private void startAfterAsking() {
        if (vm.outputExists()) {
            Path target;
            try {
                target = vm.target();
            } catch (RenderException e) {
                vm.start();
                return;
            }
            ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "It is replaced only once the new render is complete.",
                    replace, ButtonType.CANCEL);
            alert.initOwner(stage);
            alert.setTitle("Render");
            alert.setHeaderText(target.getFileName() + " already exists. Replace it?");
            Optional<ButtonType> answer = alert.showAndWait();
            if (answer.isEmpty() || answer.get() != replace) {
                return;
            }
        }
        vm.start();
    }

    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Render to");
        try {
            Path current = vm.target();
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
        } catch (RenderException e) {
            // no output yet: the chooser starts where it likes
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            vm.outputProperty().set(chosen.getAbsolutePath());
        }
    }

    private static void fillPresets(ComboBox<String> box, List<RenderViewModel.Choice> choices) {
        String value = box.getValue();
        box.getItems().setAll(choices.stream().map(RenderViewModel.Choice::name).toList());
        box.setValue(value);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
