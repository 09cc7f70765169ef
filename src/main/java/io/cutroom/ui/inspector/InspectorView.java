package io.cutroom.ui.inspector;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The inspector: the selected item's name and its fields, one row each. */
public final class InspectorView extends VBox {

    private final GridPane grid = new GridPane();

    public InspectorView(InspectorViewModel vm) {
        getStyleClass().add("inspector");
        Label title = new Label();
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        title.textProperty().bind(vm.titleProperty());
        grid.setId("inspector-fields");
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        vm.rowsProperty().addListener((o, a, b) -> show(b));
        show(vm.rowsProperty().get());
    }

    private void show(List<InspectorViewModel.Row> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label label = new Label(rows.get(i).label());
            label.getStyleClass().add("inspector-label");
            Label value = new Label(rows.get(i).value());
            value.getStyleClass().add("inspector-value");
            value.setWrapText(true);
            grid.add(label, 0, i);
            grid.add(value, 1, i);
        }
    }
}
