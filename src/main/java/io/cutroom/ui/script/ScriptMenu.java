package io.cutroom.ui.script;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The File menu's New from Screenplay… and Update from Screenplay… for a {@link ScriptImporting}:
 * they ask for a Fountain script, and a window lists what came of it when there is more to say
 * than the status line holds.
 */
public final class ScriptMenu {

    private ScriptMenu() {
    }

    /**
     * Adds both items to {@code file} after New (id {@code menu-new}), or at the start. New from
     * Screenplay… first asks what to do with unsaved changes ({@code mayReplace}); Update from
     * Screenplay… is disabled while {@code noProject}.
     */
    public static void addTo(Menu file, Stage owner, ScriptImporting model, BooleanSupplier mayReplace,
            ObservableBooleanValue noProject) {
        MenuItem fresh = new MenuItem("New from Screenplay…");
        fresh.setId("menu-new-from-script");
        fresh.setOnAction(e -> {
            if (mayReplace.getAsBoolean()) {
                choose(owner, "Make a new project of a screenplay").ifPresent(model::newFrom);
            }
        });
        MenuItem update = new MenuItem("Update from Screenplay…");
        update.setId("menu-update-from-script");
        update.disableProperty().bind(noProject);
        update.setOnAction(e -> choose(owner, "Update the project from a revised screenplay").ifPresent(model::update));
        model.reportProperty().addListener((o, a, report) -> {
            if (report != null && !report.lines().isEmpty()) {
                show(owner, report);
            }
        });
        int after = file.getItems().stream().map(MenuItem::getId).toList().indexOf("menu-new");
        file.getItems().addAll(after + 1, List.of(fresh, update));
    }

    private static Optional<Path> choose(Stage owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Fountain screenplays", "*.fountain",
                "*.spmd", "*.txt"), new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static void show(Stage owner, ScriptImporting.Report report) {
        Alert alert = new Alert(report.failed() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "",
                ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(report.title());
        alert.setHeaderText(report.summary());
        alert.getDialogPane().setId("script-import-dialog");
        TextArea lines = new TextArea(String.join("\n", report.lines()));
        lines.setId("script-import-lines");
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefSize(720, 260);
        alert.getDialogPane().setContent(lines);
        alert.show();
    }
}
