package io.cutroom.ui.bin;

import io.cutroom.ui.Selection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The media bin: a filter field over a tree of scenes › shots › takes. Takes show their
 * provenance under their file name, after a thumbnail of their in point (asked for only by the rows
 * on screen, filled in when it arrives); offline takes are marked, cards show a swatch of their
 * colour and slates a hatched icon. Selecting a row selects the scene,
 * shot or take in the editor, and the editor's selection is shown here. A shot's row can be
 * dragged onto a scene (to its end; also a scene with no shots yet) or onto another shot (to
 * before it).
 */
public final class MediaBinView extends VBox {

    /** The thumbnails' height in the bin, in layout pixels; they are 16:9 wide at most. */
    static final double THUMB_HEIGHT = 36;
    private static final String DROP_TARGET = "bin-drop-target";

    private final MediaBinViewModel vm;
    private final ObjectProperty<Selection> selection;
    private final TreeView<BinNode> tree = new TreeView<>();
    private final Label summary = new Label();
    /** The rows the tree made (a screenful or so), to redraw their pictures when one arrives. */
    private final Set<Cell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private boolean syncing;
    /** The row being dragged, while a shot is dragged within the bin. */
    private BinNode dragged;

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
        tree.setCellFactory(t -> {
            Cell cell = new Cell(vm);
            dragAndDrop(cell);
            cells.add(cell);
            return cell;
        });
        summary.getStyleClass().add("bin-summary");
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(filter, tree, summary);

        vm.scenesProperty().addListener((o, a, b) -> rebuild(b));
        vm.offlineProperty().addListener((o, a, b) -> updateSummary());
        vm.picturesProperty().addListener((o, a, b) -> cells.forEach(Cell::showThumbnail));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                selection.set(b.getValue().selection());
            }
        });
        selection.addListener((o, a, b) -> reveal(b));
        rebuild(vm.scenesProperty().get());
    }

    /**
     * A shot's row drags (a full press-drag-release gesture within the bin); scene, shot and take
     * rows take it. Files dragged onto the bin from outside are another gesture, the import's.
     */
    private void dragAndDrop(Cell cell) {
        cell.setOnDragDetected(e -> {
            BinNode node = cell.getItem();
            if (node != null && node.kind() == BinNode.Kind.SHOT) {
                dragged = node;
                cell.startFullDrag();
                e.consume();
            }
        });
        cell.setOnMouseDragEntered(e -> {
            if (dragged != null && vm.canDrop(dragged, cell.getItem())) {
                cell.getStyleClass().add(DROP_TARGET);
            }
        });
        cell.setOnMouseDragExited(e -> cell.getStyleClass().remove(DROP_TARGET));
        cell.setOnMouseDragReleased(e -> {
            cell.getStyleClass().remove(DROP_TARGET);
            if (dragged != null) {
                BinNode shot = dragged;
                dragged = null;
                vm.drop(shot, cell.getItem());
                e.consume();
            }
        });
        cell.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragged = null);
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

    /** A row: its thumbnail, its title, and under it the provenance or why the file is offline. */
    private static final class Cell extends TreeCell<BinNode> {
        private static final List<String> LOOKS = List.of("bin-thumb-picture", "bin-thumb-pending", "bin-thumb-offline",
                "bin-thumb-card", "bin-thumb-slate");
        private final MediaBinViewModel vm;
        private final Label title = new Label();
        private final Label detail = new Label();
        private final ImageView picture = new ImageView();
        private final Label mark = new Label();
        private final StackPane thumb = new StackPane(picture, mark);
        private final HBox box = new HBox(6, thumb, new VBox(1, title, detail));

        Cell(MediaBinViewModel vm) {
            this.vm = vm;
            title.getStyleClass().add("bin-title");
            detail.getStyleClass().add("bin-detail");
            detail.setWrapText(false);
            thumb.getStyleClass().add("bin-thumb");
            thumb.setMinSize(THUMB_HEIGHT * 16 / 9, THUMB_HEIGHT);
            thumb.setMaxSize(THUMB_HEIGHT * 16 / 9, THUMB_HEIGHT);
            picture.setFitHeight(THUMB_HEIGHT);
            picture.setFitWidth(THUMB_HEIGHT * 16 / 9);
            picture.setPreserveRatio(true);
            mark.getStyleClass().add("bin-thumb-mark");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        /** Shows the row's picture as it is now: asks the view-model, which answers at once. */
        void showThumbnail() {
            BinNode node = getItem();
            if (node == null || isEmpty()) {
                return;
            }
            double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleY();
            MediaBinViewModel.Thumbnail t = vm.thumbnail(node, (int) Math.round(THUMB_HEIGHT * scale));
            thumb.getStyleClass().removeAll(LOOKS);
            thumb.setVisible(t.look() != MediaBinViewModel.Look.NONE);
            thumb.setManaged(t.look() != MediaBinViewModel.Look.NONE);
            picture.setImage(t.image());
            thumb.setStyle(t.look() == MediaBinViewModel.Look.CARD ? "-fx-background-color: " + node.icon().swatch() + ";" : "");
            mark.setText(t.look() == MediaBinViewModel.Look.OFFLINE ? "OFFLINE" : "");
            if (t.look() != MediaBinViewModel.Look.NONE) {
                thumb.getStyleClass().add("bin-thumb-" + t.look().name().toLowerCase(java.util.Locale.ROOT));
            }
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
            showThumbnail();
            setGraphic(box);
        }
    }
}
