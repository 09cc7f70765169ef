package io.cutroom.ui.inspector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The inspector: the selected item's name and its fields, one row each. Fields that can be changed
 * are text fields, lists or check boxes: a text is committed with Enter (Ctrl+Enter in a text of
 * several lines) or by leaving the field, Esc puts it back; a choice or a check box commits at once.
 * What the editor refuses is said under the field, in red, and the field keeps what was typed.
 */
public final class InspectorView extends VBox {

    private final GridPane grid = new GridPane();

    public InspectorView(InspectorViewModel vm) {
        getStyleClass().add("inspector");
        getStylesheets().add(InspectorView.class.getResource("/io/cutroom/ui/inspector.css").toExternalForm());
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

    /** The id of a field's control: {@code field-selected-take} for "Selected take". */
    public static String fieldId(String label) {
        return "field-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private void show(List<InspectorViewModel.Row> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            InspectorViewModel.Row row = rows.get(i);
            Label label = new Label(row.label());
            label.getStyleClass().add("inspector-label");
            grid.add(label, 0, i);
            grid.add(row.editable() ? editor(row) : value(row), 1, i);
        }
    }

    private static Node value(InspectorViewModel.Row row) {
        Label value = new Label(row.value());
        value.getStyleClass().add("inspector-value");
        value.setWrapText(true);
        return value;
    }

    private static Node editor(InspectorViewModel.Row row) {
        InspectorViewModel.Field field = row.field();
        Label error = new Label();
        error.setId(fieldId(row.label()) + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        Node control = switch (field.kind()) {
            case TEXT -> text(new TextField(row.value()), row, error);
            case LONG_TEXT -> {
                TextArea area = new TextArea(row.value());
                area.setWrapText(true);
                area.setPrefRowCount(Math.min(4, Math.max(2, row.value().split("\n", -1).length)));
                yield text(area, row, error);
            }
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(field.choices());
                box.setValue(row.value());
                box.setMaxWidth(Double.MAX_VALUE);
                box.setOnAction(e -> {
                    if (box.getValue() != null && !box.getValue().equals(row.value())) {
                        result(field.commit().apply(box.getValue()), error);
                    }
                });
                yield box;
            }
            case CHECK -> {
                CheckBox check = new CheckBox();
                check.setSelected("on".equals(row.value()));
                check.setOnAction(e -> result(field.commit().apply(check.isSelected() ? "on" : "off"), error));
                yield check;
            }
        };
        control.setId(fieldId(row.label()));
        VBox box = new VBox(2, control, error);
        box.setFillWidth(true);
        return box;
    }

    /** A text field or area that commits on Enter (Ctrl+Enter for an area) and when left, and reverts on Esc. */
    private static Node text(TextInputControl input, InspectorViewModel.Row row, Label error) {
        boolean multiLine = input instanceof TextArea;
        String[] committed = {row.value()};
        Runnable commit = () -> {
            String typed = input.getText();
            if (!typed.equals(committed[0])) {
                Optional<String> refused = row.field().commit().apply(typed);
                if (refused.isEmpty()) {
                    committed[0] = typed;
                }
                result(refused, error);
            }
        };
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (!multiLine || e.isShortcutDown())) {
                commit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                input.setText(row.value());
                result(Optional.empty(), error);
                e.consume();
            }
        });
        input.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && input.getScene() != null) {
                commit.run();
            }
        });
        return input;
    }

    private static void result(Optional<String> refused, Label error) {
        error.setText(refused.orElse(""));
        error.setVisible(refused.isPresent());
        error.setManaged(refused.isPresent());
    }
}
