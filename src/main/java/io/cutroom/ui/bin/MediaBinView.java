package io.cutroom.ui.bin;

import io.cutroom.ui.Selection;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The media bin: a filter field over a tree of scenes › shots › takes. Takes show their
 * provenance under their file name; offline takes are marked. Selecting a row selects the scene,
 * shot or take in the editor, and the editor's selection is shown here.
 */
public final class MediaBinView extends VBox {

    private final MediaBinViewModel vm;
    private final ObjectProperty<Selection> selection;
    private final TreeView<BinNode> tree = new TreeView<>();
    private final Label summary = new Label();
    private boolean syncing;

    public MediaBinView(MediaBinViewModel vm, ObjectProperty<Selection> selection) {
        this.vm = vm;
        this.selection = selection;
        getStyleClass().add("media-bin");
        TextField filter = new TextField();
        filter.setId("bin-filter");
        filter.setPromptText("Filter: prompt, model, seed, file, id …");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        tree.setId("bin-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new Cell());
        summary.getStyleClass().add("bin-summary");
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(filter, tree, summary);

        vm.scenesProperty().addListener((o, a, b) -> rebuild(b));
        vm.offlineProperty().addListener((o, a, b) -> updateSummary());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                selection.set(b.getValue().selection());
            }
        });
        selection.addListener((o, a, b) -> reveal(b));
        rebuild(vm.scenesProperty().get());
    }

    private void rebuild(List<BinNode> scenes) {
        TreeItem<BinNode> root = new TreeItem<>();
        for (BinNode scene : scenes) {
            root.getChildren().add(item(scene));
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        reveal(selection.get());
        updateSummary();
    }

    private static TreeItem<BinNode> item(BinNode node) {
        TreeItem<BinNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void updateSummary() {
        int takes = 0;
        for (TreeItem<BinNode> scene : tree.getRoot() == null ? List.<TreeItem<BinNode>>of() : tree.getRoot().getChildren()) {
            for (TreeItem<BinNode> shot : scene.getChildren()) {
                takes += shot.getChildren().size();
            }
        }
        int offline = vm.offlineProperty().get();
        summary.setText(takes + (takes == 1 ? " take" : " takes") + (vm.filterProperty().get().isBlank() ? "" : " match")
                + (offline > 0 ? " · " + offline + " offline in the episode" : ""));
    }

    /** Selects the row of {@code s} (or of its shot), if it is shown. */
    private void reveal(Selection s) {
        if (s == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<BinNode> found = find(tree.getRoot(), s);
        if (found == null && s.shotId() != null) {
            found = find(tree.getRoot(), Selection.shot(s.shotId()));
        }
        if (found != null && found != tree.getSelectionModel().getSelectedItem()) {
            syncing = true;
            try {
                tree.getSelectionModel().select(found);
                int row = tree.getRow(found);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 2));
                }
            } finally {
                syncing = false;
            }
        }
    }

    private static TreeItem<BinNode> find(TreeItem<BinNode> item, Selection s) {
        if (item.getValue() != null && s.equals(item.getValue().selection())) {
            return item;
        }
        for (TreeItem<BinNode> c : item.getChildren()) {
            TreeItem<BinNode> f = find(c, s);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A row: its title, and under it the provenance or why the file is offline. */
    private static final class Cell extends TreeCell<BinNode> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, title, detail);

        Cell() {
            title.getStyleClass().add("bin-title");
            detail.getStyleClass().add("bin-detail");
            detail.setWrapText(false);
        }

        @Override
        protected void updateItem(BinNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("bin-scene", "bin-shot", "bin-take", "bin-offline", "bin-selected-take");
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            getStyleClass().add("bin-" + node.kind().name().toLowerCase(java.util.Locale.ROOT));
            String prefix = node.kind() == BinNode.Kind.TAKE ? (node.selected() ? "● " : "○ ") : "";
            title.setText(prefix + node.title() + (node.isOffline() ? "  — " + node.status() : ""));
            if (node.isOffline()) {
                getStyleClass().add("bin-offline");
            }
            if (node.selected()) {
                getStyleClass().add("bin-selected-take");
            }
            detail.setText(node.detail());
            detail.setVisible(!node.detail().isEmpty());
            detail.setManaged(!node.detail().isEmpty());
            setGraphic(box);
        }
    }
}
