package io.cutroom.ui.timeline;

import io.cutroom.model.Rational;
import io.cutroom.model.Transition;
import io.cutroom.timeline.Edits;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the timeline draws and offers while editing: the feedback of a drag (where a shot would be
 * dropped, a trimmed shot's new length, a cue's new place) and the context menu of a shot.
 */
final class EditingOverlay {

    private static final Color DROP = Color.web("#ffcc33");
    private static final Color GHOST = Color.web("#ffffff", 0.22);
    private static final Font TEXT = Font.font("System", javafx.scene.text.FontWeight.BOLD, 11);
    /** The transition lengths the context menu offers; the inspector takes any. */
    private static final Rational[] LENGTHS = {Rational.of(1, 2), Rational.of(1), Rational.of(2)};

    private EditingOverlay() {
    }

    /** Draws the drag in progress, if any. */
    static void draw(GraphicsContext g, TimelineViewModel vm, TimelineEditing.Drag drag) {
        if (drag == null) {
            return;
        }
        TimelineItem item = drag.item();
        Lane lane = item.lane();
        double top = lane.top() + 2;
        double h = lane.height() - 4;
        switch (drag.kind()) {
            case MOVE_SHOT -> {
                ghost(g, vm.xOf(item.range().start()), vm.xOf(item.range().end()), top, h);
                if (drag.drop() != null) {
                    double x = Math.floor(vm.xOf(drag.drop().frame())) + 0.5;
                    g.setStroke(DROP);
                    g.setLineWidth(3);
                    g.strokeLine(x, top - 2, x, top + h + 2);
                    g.setFill(DROP);
                    g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {top - 4, top - 4, top + 4}, 3);
                    g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {top + h + 4, top + h + 4, top + h - 4}, 3);
                    g.setLineWidth(1);
                }
            }
            case TRIM -> {
                long start = item.range().start();
                long end = item.range().end();
                double x0 = vm.xOf(drag.edge() == Edits.Edge.START ? start + drag.delta() : start);
                double x1 = vm.xOf(drag.edge() == Edits.Edge.START ? end : end + drag.delta());
                ghost(g, x0, x1, top, h);
                double edgeX = drag.edge() == Edits.Edge.START ? x0 : x1;
                g.setStroke(DROP);
                g.setLineWidth(2);
                g.strokeLine(edgeX, top - 2, edgeX, top + h + 2);
                g.setLineWidth(1);
                long change = drag.newLength() - item.range().duration();
                badge(g, (change > 0 ? "+" : change < 0 ? "−" : "±") + Math.abs(change) + " f  →  "
                        + length(drag.newLength(), vm.frameRate()), edgeX, top + h / 2);
            }
            case MOVE_CUE -> {
                double x0 = vm.xOf(item.range().start() + drag.delta());
                double x1 = vm.xOf(item.range().end() + drag.delta());
                ghost(g, x0, x1, top, h);
                badge(g, Timecode.of(item.range().start() + drag.delta(), vm.frameRate()), x0, top + h / 2);
            }
        }
    }

    /** {@code 4 s 12 f}: a length in whole seconds and the frames after them. */
    static String length(long frames, io.cutroom.model.FrameRate rate) {
        long seconds = Timecode.secondOf(frames, rate);
        long rest = frames - Timecode.firstFrameOf(seconds, rate);
        return seconds + " s " + rest + " f";
    }

    private static void ghost(GraphicsContext g, double x0, double x1, double top, double h) {
        g.setFill(GHOST);
        g.fillRect(x0, top, Math.max(1, x1 - x0), h);
        g.setStroke(DROP);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(x0 + 0.5, top + 0.5, Math.max(0, x1 - x0 - 1), h - 1);
        g.setLineDashes((double[]) null);
    }

    /** A small label with a dark back, just right of {@code x}. */
    private static void badge(GraphicsContext g, String text, double x, double y) {
        g.setFont(TEXT);
        double w = text.length() * 6.5 + 10;
        g.setFill(Color.web("#000000", 0.75));
        g.fillRoundRect(x + 6, y - 9, w, 18, 6, 6);
        g.setFill(DROP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 11, y);
    }

    /** The context menu of shot {@code shotId}: its transition in, split and delete. */
    static ContextMenu shotMenu(TimelineCommands editing, String shotId, Transition current) {
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(e -> editing.setTransition(shotId, Transition.CUT));
        cut.setDisable(current.isCut());
        ContextMenu menu = new ContextMenu(cut,
                lengths("Crossfade", Transition.Type.CROSSFADE, editing, shotId, current),
                lengths("Dip to Black", Transition.Type.DIP_TO_BLACK, editing, shotId, current),
                lengths("Dip to White", Transition.Type.DIP_TO_WHITE, editing, shotId, current),
                new SeparatorMenuItem(),
                action("Split at Playhead", editing::split),
                action("Delete Shot", editing::deleteSelection));
        menu.setId("shot-menu");
        return menu;
    }

    private static Menu lengths(String name, Transition.Type type, TimelineCommands editing, String shotId,
            Transition current) {
        Menu menu = new Menu(name);
        for (Rational length : LENGTHS) {
            String text = (length.isFiniteDecimal() ? length.toString() : length.toDecimal(2).toPlainString()) + " s";
            MenuItem item = new MenuItem(text);
            item.setDisable(current.type() == type && current.duration().equals(length));
            item.setOnAction(e -> editing.setTransition(shotId, new Transition(type, length)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem action(String text, Runnable run) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> run.run());
        return item;
    }
}
