package io.cutroom.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.model.Transition;
import io.cutroom.render.BurnIn;
import io.cutroom.render.TextImages;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer draws subtitles as the render burns them in: the same lines, speaker colour, box and
 * safe area, right-to-left text in the right order. Pictures go to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerSubtitlesTest {

    private static final Path OUT = Path.of("target/screenshots").toAbsolutePath();
    private static final Color GOLD = Color.parse("#FFD700");
    private static final Color BLUE = Color.parse("#0000FF");
    /** A view 976 × 556 shows a 960 × 540 frame at full size (8 px around it). */
    private static final Format FORMAT = new Format(960, 540, FrameRate.of(24), 48000);

    private final ViewerViewModel vm = new ViewerViewModel();
    private ViewerView view;

    @Start
    void start(Stage stage) {
        view = new ViewerView(vm);
        stage.setScene(new Scene(new StackPane(view), 976, 556));
        stage.setWidth(976); // the toolkit's stage keeps the size an earlier test gave it
        stage.setHeight(556);
        stage.show();
    }

    private static Cut cut(SubtitleStyle style, SubtitleCue... cues) {
        Card card = new Card("c", "", Rational.of(10), Color.BLACK, Color.WHITE, Transition.CUT, List.of(), List.of(cues));
        Project p = new Project(FORMAT, ".", new Style(style, null),
                List.of(new Episode("ep1", "", List.of(new io.cutroom.model.Scene("s1", "INT. X", null, List.of(card))),
                        List.of())));
        return Resolver.check(p, "ep1", Path.of("."), source -> Optional.empty()).cut();
    }

    private BufferedImage show(FxRobot robot, Cut cut, long frame, String name) throws Exception {
        robot.interact(() -> vm.show(cut, frame));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                image.setRGB(px, py, shot[0].getPixelReader().getArgb(px, py));
            }
        }
        Files.createDirectories(OUT);
        TextImages.write(image, OUT.resolve(name));
        return image.getSubimage(8, 8, 960, 540);
    }

    @Test
    void drawsTheRendersLinesInTheSpeakersColourInItsBoxInsideTheSafeArea(FxRobot robot) throws Exception {
        SubtitleStyle style = new SubtitleStyle(null, 0, Color.WHITE, Color.BLACK, 0, true, BLUE,
                SubtitleStyle.Position.BOTTOM, 0, 0.8, Map.of("ANNA", GOLD), 0, SubtitleStyle.DEFAULT_SHADOW_COLOR);
        String text = "This is a much longer subtitle that has to wrap onto a second line inside the safe area";
        Cut cut = cut(style, new SubtitleCue(text, Rational.of(1), Rational.of(2), "ANNA"));
        BufferedImage frame = show(robot, cut, 36, "viewer-subtitles.png");

        List<BurnIn.Placement> placed = vm.subtitlesProperty().get();
        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.lines()).containsExactly("This is a much longer subtitle that has to",
                    "wrap onto a second line inside the safe area");
            assertThat(p.color()).isEqualTo(GOLD);
        });
        Rectangle gold = TextImages.bounds(frame, rgb -> TextImages.near(rgb, GOLD, 40));
        Rectangle box = TextImages.bounds(frame, rgb -> TextImages.near(rgb, BLUE, 40));
        BurnIn.Area safe = BurnIn.safeArea(style, 960, 540);
        assertThat(gold).isNotNull();
        // the box is where the render draws it (to a pixel or two of window placement); JavaFX's text is a
        // pixel or two wider than FreeType's
        Rectangle rendered = new Rectangle(174, 396, 612, 88);
        assertThat(box.width).isEqualTo(rendered.width);
        assertThat(box.height).isEqualTo(rendered.height);
        assertThat(box.getLocation().distance(rendered.getLocation())).isLessThanOrEqualTo(3);
        box.grow(3, 3);
        assertThat(box.contains(gold)).as("box %s around text %s", box, gold).isTrue();
        assertThat(gold.x).isGreaterThanOrEqualTo(safe.x());  // and inside the safe area
        assertThat(gold.x + gold.width).isLessThanOrEqualTo(safe.x() + safe.width());
        assertThat(gold.y + gold.height).isLessThanOrEqualTo(safe.y() + safe.height());
        assertThat(gold.height).isGreaterThan(placed.get(0).lineHeight());
    }

    @Test
    void drawsRightToLeftTextInTheOrderJava2dDrawsIt(FxRobot robot) throws Exception {
        SubtitleStyle style = new SubtitleStyle(null, 0, Color.WHITE, Color.BLACK, 0, false, BLUE,
                SubtitleStyle.Position.BOTTOM, 0);
        String text = "שלום עולם, 42 שנה";
        Cut cut = cut(style, new SubtitleCue(text, Rational.of(1), Rational.of(2), null));
        BufferedImage frame = show(robot, cut, 36, "viewer-subtitles-rtl.png");

        Path font = vm.subtitleFont().orElseThrow();
        BufferedImage bottom = frame.getSubimage(0, 270, 960, 270); // not the timecode
        int size = style.sizeFor(540);
        double right = TextImages.similarity(bottom, TextImages.java2d(font, size, text));
        // reordered twice, it would look like Java2D drawing the line the render is given
        double twice = TextImages.similarity(bottom, TextImages.java2d(font, size,
                vm.subtitlesProperty().get().get(0).lines().get(0)));
        assertThat(right).isGreaterThan(0.6).isGreaterThan(twice + 0.3);
    }
}
