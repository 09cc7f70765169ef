package io.cutroom.ui.safety;

import java.io.File;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The relink window: the offline files, a button to choose the folder to search, what was found
 * for each file, and Relink to apply it.
 */
public final class RelinkView {

    private final RelinkViewModel vm;
    private final Stage stage = new Stage();

    public RelinkView(Window owner, RelinkViewModel vm, List<String> stylesheets) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Relink Missing Media");

        Label message = new Label();
        message.setId("relink-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        ListView<RelinkViewModel.Match> list = new ListView<>();
        list.setId("relink-matches");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RelinkViewModel.Match m, boolean empty) {
                super.updateItem(m, empty);
                getStyleClass().remove("relink-not-found");
                if (empty || m == null) {
                    setText(null);
                    return;
                }
                setText(m.found() == null && vm.folderProperty().get() == null ? m.missing().toString() : m.describe());
                if (m.found() == null && vm.folderProperty().get() != null) {
                    getStyleClass().add("relink-not-found");
                }
            }
        });
        vm.matchesProperty().addListener((o, a, b) -> list.setItems(FXCollections.observableArrayList(b)));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button search = new Button("Search Folder…");
        search.setId("relink-search");
        search.setOnAction(e -> chooseFolder());
        Button relink = new Button("Relink");
        relink.setId("relink-apply");
        relink.setDefaultButton(true);
        relink.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.matchesProperty().get().stream().noneMatch(m -> m.found() != null), vm.matchesProperty()));
        relink.setOnAction(e -> vm.relink());
        Button close = new Button("Close");
        close.setId("relink-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, search, gap, relink, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, message, list, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 720, 380);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    /** Lists the offline files afresh and shows the window. */
    public void show() {
        vm.show();
        stage.show();
        stage.toFront();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Search for the missing media in");
        if (vm.folderProperty().get() != null) {
            chooser.setInitialDirectory(vm.folderProperty().get().toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            vm.search(chosen.toPath());
        }
    }
}
