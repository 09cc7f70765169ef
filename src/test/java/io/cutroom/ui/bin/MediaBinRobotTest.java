package io.cutroom.ui.bin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Episode;
import io.cutroom.testing.Projects;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The bin of a generated 1,000-shot episode on screen, headless (Monocle): thumbnails for the rows shown only. */
@ExtendWith(ApplicationExtension.class)
class MediaBinRobotTest {

    static final Path MEDIA = Path.of("/nowhere/media");

    private final MediaBinViewModel vm = new MediaBinViewModel();
    private final MediaBinViewModelTest.SlowThumbnails thumbs = new MediaBinViewModelTest.SlowThumbnails();
    private Episode episode;

    @Start
    void start(Stage stage) {
        episode = Projects.generated(1000).episodes().get(0);
        Path gone = MEDIA.resolve("clips/sh0001_t2.mp4");
        vm.setThumbnails(thumbs);
        vm.show(episode, MEDIA, Map.of(gone, SourceState.missing(gone)));
        MediaBinView view = new MediaBinView(vm, new SimpleObjectProperty<>(Selection.shot("sh0001")));
        stage.setScene(new Scene(view, 420, 600));
        stage.getScene().getStylesheets().add(MediaBinView.class.getResource("/io/cutroom/ui/editor.css").toExternalForm());
        stage.show();
    }

    private List<Node> shown(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAll().stream().filter(Node::isVisible).toList();
    }

    @Test
    void onlyTheRowsOnScreenAskForThumbnailsAndShowThemWhenTheyArrive(FxRobot robot) {
        long takes = episode.scenes().stream().flatMap(s -> s.shots().stream())
                .filter(s -> s instanceof io.cutroom.model.TakeShot).count() * 2;
        int asked = new HashSet<>(thumbs.asked).size();
        assertThat(asked).as("of %d takes", takes).isBetween(1, 30);
        assertThat(thumbs.asked).allMatch(a -> a.height() >= 36);
        assertThat(shown(robot, "bin-thumb-pending")).isNotEmpty();
        assertThat(shown(robot, "bin-thumb-picture")).isEmpty();
        assertThat(shown(robot, "bin-thumb-offline")).as("sh0001/t2 is missing").hasSize(1);
        assertThat(shown(robot, "bin-thumb-card")).as("sh0000 is a card").hasSize(1);

        robot.interact(thumbs::finish);
        List<Node> pictures = shown(robot, "bin-thumb-picture");
        assertThat(pictures).hasSize(asked);
        assertThat(pictures).allMatch(p -> ((javafx.scene.layout.StackPane) p).getChildren().stream()
                .anyMatch(c -> c instanceof ImageView iv && iv.getImage() != null));
        assertThat(shown(robot, "bin-thumb-pending")).isEmpty();

        @SuppressWarnings("unchecked")
        TreeView<BinNode> tree = robot.lookup("#bin-tree").queryAs(TreeView.class);
        robot.interact(() -> tree.scrollTo(tree.getExpandedItemCount() - 1));
        robot.interact(() -> { });
        List<MediaBinViewModelTest.SlowThumbnails.Ask> last = thumbs.asked.subList(thumbs.asked.size() - 1, thumbs.asked.size());
        assertThat(last.get(0).source().getFileName().toString()).startsWith("sh09");
        assertThat(new HashSet<>(thumbs.asked).size()).as("the end of the bin asks for its own rows only").isBetween(asked + 1, 2 * asked + 30);
        TreeItem<BinNode> lastItem = tree.getTreeItem(tree.getExpandedItemCount() - 1);
        assertThat(lastItem.getValue().selection()).isEqualTo(Selection.take("sh0999", "t2"));
    }
}
