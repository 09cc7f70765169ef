package io.cutroom.ui.bin;

import java.io.File;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/**
 * The File menu's Import Media by Name… for an {@link ImportByName}: asks for a folder, and shows
 * what was placed and what could not be, with the reasons.
 */
public final class ImportByNameView {

    private ImportByNameView() {
    }

    /**
     * Adds Import Media by Name… to {@code file}, after Import Folder… (id {@code menu-import-folder})
     * or at the end; disabled while {@code noProject}.
     */
    public static MenuItem addTo(Menu file, Stage owner, ImportByName model, ObservableBooleanValue noProject) {
        MenuItem item = new MenuItem("Import Media by Name…");
        item.setId("menu-import-by-name");
        item.disableProperty().bind(noProject);
        item.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder of clips named S03_SH02_take4.mp4 into their shots");
            File folder = chooser.showDialog(owner);
            if (folder != null) {
                model.importFolder(folder.toPath());
            }
        });
        model.reportProperty().addListener((o, a, report) -> {
            if (report != null) {
                show(owner, report);
            }
        });
        int after = file.getItems().stream().map(MenuItem::getId).toList().indexOf("menu-import-folder");
        file.getItems().add(after < 0 ? file.getItems().size() : after + 1, item);
        return item;
    }

    private static void show(Stage owner, ImportByName.Report report) {
        StringBuilder text = new StringBuilder();
        report.placed().forEach(line -> text.append(line).append('\n'));
        if (!report.notPlaced().isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n").append("Not placed:\n");
            report.notPlaced().forEach(line -> text.append("• ").append(line).append('\n'));
        }
        Alert alert = new Alert(report.notPlaced().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "",
                ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Import Media by Name");
        alert.setHeaderText(report.summary());
        alert.getDialogPane().setId("import-by-name-dialog");
        if (text.length() == 0) {
            alert.setContentText(null);
        } else {
            TextArea lines = new TextArea(text.toString().strip());
            lines.setId("import-by-name-lines");
            lines.setEditable(false);
            lines.setWrapText(true);
            lines.setPrefSize(720, 260);
            alert.getDialogPane().setContent(lines);
        }
        alert.show();
    }
}
