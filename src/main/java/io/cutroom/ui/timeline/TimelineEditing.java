package io.cutroom.ui.timeline;

import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Locator;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The timeline's editing gestures, in frames and without a node: dragging a shot to another place
 * (within or across scenes), dragging a shot's edge to trim it (ripple), dragging subtitles,
 * dialogue and music along their lanes. Every change goes through the timeline's {@link Editing}
 * as one undoable edit of {@code io.cutroom.timeline.Edits}; {@link TimelineCommands} holds the
 * Edit menu's commands.
 *
 * <p>A gesture is {@link #press}, {@link #drag} (after {@link #DRAG_THRESHOLD} pixels), then
 * {@link #release} to make the edit or {@link #cancel} to drop it. While it lasts,
 * {@link #dragProperty()} says what would happen, for the view to draw.
 */
public final class TimelineEditing {

    /** How near (in pixels) to a shot's edge a press trims it rather than moves it. */
    public static final double EDGE_PIXELS = 6;
    /** How far (in pixels) the pointer must move before a press becomes a drag. */
    public static final double DRAG_THRESHOLD = 4;
    /** What a press at a point would do, for the pointer's shape. */
    public enum Hover { NONE, MOVE, TRIM }

    /**
     * Where a dragged shot would go.
     *
     * @param index its position among the scene's other shots (without the dragged one)
     * @param frame where the drop indicator stands: the cut it would be put at
     */
    public record Drop(String sceneId, int index, long frame) {
    }

    /**
     * A drag in progress.
     *
     * @param item the block dragged
     * @param edge the edge trimmed, for {@link Kind#TRIM}
     * @param delta frames moved: the edge (trim) or the block (cue), positive to the right
     * @param drop where a shot would go, for {@link Kind#MOVE_SHOT}; null when it would stay
     */
    public record Drag(Kind kind, TimelineItem item, Edits.Edge edge, long delta, Drop drop) {

        /** What is dragged. */
        public enum Kind { MOVE_SHOT, TRIM, MOVE_CUE }

        /** For a trim, the shot's length in frames after it. */
        public long newLength() {
            long length = item.range().duration();
            return edge == Edits.Edge.START ? length - delta : length + delta;
        }
    }

    private final TimelineViewModel timeline;
    private final ReadOnlyObjectWrapper<Drag> drag = new ReadOnlyObjectWrapper<>(this, "drag");
    private TimelineItem pressed;
    private Edits.Edge pressedEdge;
    private double pressX;

    TimelineEditing(TimelineViewModel timeline) {
        this.timeline = timeline;
    }

    /** The drag in progress, or null. */
    public ReadOnlyObjectProperty<Drag> dragProperty() {
        return drag.getReadOnlyProperty();
    }

    /** A new cut: a gesture that was going on ends, as it could not land where it was aimed. */
    void cutChanged() {
        pressed = null;
        drag.set(null);
    }

    // ---- pointer

    /** What a press at {@code (x, y)} would start: trim near a shot's edge, move on a block. */
    public Hover hover(double x, double y) {
        Optional<TimelineItem> item = timeline.hit(x, y);
        if (item.isEmpty() || item.get().lane() == Lane.SCENES) {
            return Hover.NONE;
        }
        return item.get().lane() == Lane.VIDEO && edgeAt(item.get(), x) != null ? Hover.TRIM : Hover.MOVE;
    }

    /** The edge of a shot block within reach of {@code x} (at most a third of the block's width), or null. */
    Edits.Edge edgeAt(TimelineItem item, double x) {
        double x0 = timeline.xOf(item.range().start());
        double x1 = timeline.xOf(item.range().end());
        double reach = Math.min(EDGE_PIXELS, (x1 - x0) / 3);
        if (x - x0 <= reach) {
            return Edits.Edge.START;
        }
        return x1 - x <= reach ? Edits.Edge.END : null;
    }

    /** A press of the primary button: may become a drag of the block under it. */
    public void press(double x, double y) {
        cutChanged();
        Optional<TimelineItem> item = timeline.hit(x, y);
        if (item.isEmpty() || item.get().lane() == Lane.SCENES || item.get().selection() == null
                || (item.get().lane() != Lane.VIDEO && item.get().selection().index() < 0)) {
            return;
        }
        pressed = item.get();
        pressedEdge = pressed.lane() == Lane.VIDEO ? edgeAt(pressed, x) : null;
        pressX = x;
    }

    /** The pointer moved to {@code x} with the button down; {@code noSnap} (Shift) leaves cuts and playhead alone. */
    public void drag(double x, boolean noSnap) {
        if (pressed == null || (drag.get() == null && Math.abs(x - pressX) < DRAG_THRESHOLD)) {
            return;
        }
        double dx = x - pressX;
        if (pressed.lane() == Lane.VIDEO && pressedEdge != null) {
            drag.set(new Drag(Drag.Kind.TRIM, pressed, pressedEdge, trimDelta(pressed, pressedEdge, dx, noSnap), null));
        } else if (pressed.lane() == Lane.VIDEO) {
            drag.set(new Drag(Drag.Kind.MOVE_SHOT, pressed, null, 0, dropAt(x, pressed.selection().id())));
        } else {
            drag.set(new Drag(Drag.Kind.MOVE_CUE, pressed, null, moveDelta(pressed, dx, noSnap), null));
        }
    }

    /** The button went up: makes the edit the drag shows. Returns whether one was made. */
    public boolean release() {
        Drag d = drag.get();
        cutChanged();
        if (d == null) {
            return false;
        }
        String shotId = d.item().selection().id();
        return switch (d.kind()) {
            case TRIM -> d.delta() != 0 && made(timeline.editor().apply("Trim " + shotId,
                    (edits, p, ep) -> edits.trim(p, ep, shotId, d.edge(), d.delta())));
            case MOVE_SHOT -> d.drop() != null && made(timeline.editor().apply("Move " + shotId,
                    (edits, p, ep) -> edits.moveShot(p, ep, shotId, d.drop().sceneId(), d.drop().index())));
            case MOVE_CUE -> d.delta() != 0 && moveCue(d.item(), d.delta());
        };
    }

    /** Esc: the drag ends without an edit. */
    public void cancel() {
        cutChanged();
    }

    // ---- the arithmetic of gestures

    /**
     * How many frames a trim moves {@code edge} of {@code shot} when the pointer has moved
     * {@code dx} pixels: the edge follows the pointer to the nearest frame, snaps to the playhead
     * or a cut within {@link TimelineViewModel#SNAP_PIXELS} (unless {@code noSnap}), and the shot
     * keeps at least one frame.
     */
    public long trimDelta(TimelineItem shot, Edits.Edge edge, double dx, boolean noSnap) {
        long edgeFrame = edge == Edits.Edge.START ? shot.range().start() : shot.range().end();
        long to = snapped(edgeFrame + dx / timeline.pixelsPerFrame(), edgeFrame, noSnap);
        long delta = to - edgeFrame;
        long most = shot.range().duration() - 1;
        return edge == Edits.Edge.START ? Math.min(most, delta) : Math.max(-most, delta);
    }

    /**
     * How many frames a cue block moves when the pointer has moved {@code dx} pixels: its start
     * follows the pointer, snaps like a trim, and stays within the episode.
     */
    public long moveDelta(TimelineItem cue, double dx, boolean noSnap) {
        long start = cue.range().start();
        long to = snapped(start + dx / timeline.pixelsPerFrame(), start, noSnap);
        return Math.max(0, Math.min(Math.max(0, timeline.duration() - 1), to)) - start;
    }

    /**
     * Where shot {@code movingShotId} would go if dropped at {@code x}: before the shot under the
     * pointer when it is in that shot's first half, after it in the second half (so a drop between
     * two scenes goes into the scene whose shot it is nearer to); before the first shot or after the
     * last beyond the ends. Null when the shot would stay where it is.
     */
    public Drop dropAt(double x, String movingShotId) {
        Episode episode = timeline.episode();
        List<TimelineItem> video = timeline.items(Lane.VIDEO);
        if (episode == null || video.isEmpty()) {
            return null;
        }
        double frame = timeline.frameAt(x);
        TimelineItem target;
        if (frame < 0) {
            target = video.get(0);
        } else if (frame >= timeline.duration()) {
            target = video.get(video.size() - 1);
        } else {
            List<TimelineItem> under = timeline.itemsOverlapping(Lane.VIDEO, (long) Math.floor(frame),
                    (long) Math.floor(frame) + 1);
            target = under.isEmpty() ? video.get(video.size() - 1) : under.get(under.size() - 1);
        }
        boolean before = frame < target.range().start() + target.range().duration() / 2.0;
        TimelineViewModel.ShotPlace at = timeline.place(target.selection().id());
        TimelineViewModel.ShotPlace moving = timeline.place(movingShotId);
        if (at == null || moving == null) {
            return null;
        }
        int index = before ? at.index() : at.index() + 1;
        if (moving.sceneId().equals(at.sceneId()) && moving.index() < index) {
            index--;
        }
        if (moving.sceneId().equals(at.sceneId()) && moving.index() == index) {
            return null;
        }
        return new Drop(at.sceneId(), index, before ? target.range().start() : target.range().end());
    }

    /**
     * The frame for a pointer at {@code frame}: the playhead or the nearest cut within
     * {@link TimelineViewModel#SNAP_PIXELS} (other than {@code from}, where the dragged thing
     * started), else the nearest frame.
     */
    public long snapped(double frame, long from, boolean noSnap) {
        long nearest = Math.round(frame);
        if (noSnap) {
            return nearest;
        }
        double reach = TimelineViewModel.SNAP_PIXELS / timeline.pixelsPerFrame();
        long best = nearest;
        double bestDistance = Double.MAX_VALUE;
        long[] cuts = timeline.cutPoints();
        int i = java.util.Arrays.binarySearch(cuts, nearest);
        int at = i >= 0 ? i : -i - 1;
        long[] candidates = {
            at > 0 ? cuts[at - 1] : Long.MIN_VALUE,
            at < cuts.length ? cuts[at] : Long.MIN_VALUE,
            at + 1 < cuts.length ? cuts[at + 1] : Long.MIN_VALUE,
            timeline.playheadProperty().get(),
        };
        for (long c : candidates) {
            double d = Math.abs(c - frame);
            if (c != Long.MIN_VALUE && c != from && d <= reach && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    // ---- internals

    private boolean moveCue(TimelineItem item, long delta) {
        Selection s = item.selection();
        Optional<Locator> locator = timeline.locator();
        Episode episode = timeline.episode();
        if (locator.isEmpty() || episode == null) {
            return false;
        }
        long target = Math.max(0, Math.min(timeline.duration() - 1, item.range().start() + delta));
        Optional<Locator.Location> to = locator.get().at(target);
        if (to.isEmpty()) {
            return false;
        }
        String toShot = to.get().shotId();
        long toStart = to.get().range().start();
        FrameRate rate = timeline.frameRate();
        if (s.kind() == Selection.Kind.MUSIC) {
            MusicCue cue = episode.music().get(s.index());
            long anchorStart = locator.get().shot(cue.anchor()).map(l -> l.range().start())
                    .or(() -> locator.get().scene(cue.anchor()).map(r -> r.start())).orElse(toStart);
            Rational offset = cue.offset().add(rate.toSeconds(anchorStart + delta - toStart));
            return made(timeline.editor().apply("Move music", (edits, p, ep) -> edits.moveMusic(p, ep, s.index(), toShot, offset)));
        }
        Shot from = episode.shot(s.id()).orElseThrow();
        long fromStart = locator.get().shot(s.id()).orElseThrow().range().start();
        Rational shift = rate.toSeconds(fromStart + delta - toStart);
        if (s.kind() == Selection.Kind.SUBTITLE) {
            SubtitleCue cue = from.subtitles().get(s.index());
            SubtitleCue moved = new SubtitleCue(cue.text(), cue.offset().add(shift), cue.duration(), cue.speaker());
            if (!made(timeline.editor().apply("Move subtitle",
                    (edits, p, ep) -> edits.moveSubtitle(p, ep, s.id(), s.index(), toShot, moved.offset())))) {
                return false;
            }
            timeline.selectSubtitle(toShot, moved::equals);
            return true;
        }
        Dialogue line = from.dialogue().get(s.index());
        Dialogue moved = new Dialogue(line.source(), line.offset().add(shift), line.in(), line.out(), line.gain());
        if (!made(timeline.editor().apply("Move dialogue",
                (edits, p, ep) -> edits.moveDialogue(p, ep, s.id(), s.index(), toShot, moved.offset())))) {
            return false;
        }
        Optional<Shot> now = timeline.episode().shot(toShot);
        int index = now.map(shot -> shot.dialogue().indexOf(moved)).orElse(-1);
        if (index >= 0) {
            timeline.selectionProperty().set(Selection.dialogue(toShot, index));
        }
        return true;
    }
    private static boolean made(Optional<String> refused) {
        return refused.isEmpty();
    }
}
