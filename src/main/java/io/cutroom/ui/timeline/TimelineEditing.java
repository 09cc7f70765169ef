package io.cutroom.ui.timeline;

import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Locator;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Editing on the timeline, in frames and without a node: dragging a shot to another place (within
 * or across scenes), dragging a shot's edge to trim it (ripple), dragging subtitles, dialogue and
 * music along their lanes, the inline subtitle editor, and the commands of the Edit menu that act
 * at the playhead or on the selection (split, delete, swap take, transition, add scene, card,
 * slate). Every change goes through {@link Editing} as one undoable edit of
 * {@code io.cutroom.timeline.Edits}.
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
    /** The length of a new subtitle (shorter at the end of the episode). */
    public static final Rational NEW_CUE_DURATION = Rational.of(2);
    /** How the inline editor writes a line break: {@code First line | second line}. */
    public static final String LINE_BREAK = " | ";

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

    /**
     * The inline subtitle editor: a new cue ({@code cue} null) or an existing one being rewritten.
     *
     * @param offset where the cue starts in its shot
     * @param frame where it starts in the cut, and {@code frames} how long it shows: where to put the editor
     * @param text the text to start from, lines joined by {@link #LINE_BREAK}
     */
    public record CueEdit(Selection cue, String shotId, Rational offset, long frame, long frames, String text) {
    }

    private record ShotPlace(String sceneId, int index) {
    }

    private final TimelineViewModel timeline;
    private final ReadOnlyObjectWrapper<Drag> drag = new ReadOnlyObjectWrapper<>(this, "drag");
    private final ReadOnlyObjectWrapper<CueEdit> cueEdit = new ReadOnlyObjectWrapper<>(this, "cueEdit");
    private Editing editing = Editing.NONE;
    private TimelineItem pressed;
    private Edits.Edge pressedEdge;
    private double pressX;
    private Episode placesOf;
    private Map<String, ShotPlace> places = Map.of();

    TimelineEditing(TimelineViewModel timeline) {
        this.timeline = timeline;
    }

    /** Where the edits go: the editor. */
    public void setEditing(Editing newEditing) {
        editing = Objects.requireNonNull(newEditing, "editing");
    }

    /** The drag in progress, or null. */
    public ReadOnlyObjectProperty<Drag> dragProperty() {
        return drag.getReadOnlyProperty();
    }

    /** The subtitle being written in place, or null. */
    public ReadOnlyObjectProperty<CueEdit> cueEditProperty() {
        return cueEdit.getReadOnlyProperty();
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
            case TRIM -> d.delta() != 0 && made(editing.apply("Trim " + shotId,
                    (edits, p, ep) -> edits.trim(p, ep, shotId, d.edge(), d.delta())));
            case MOVE_SHOT -> d.drop() != null && made(editing.apply("Move " + shotId,
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
        ShotPlace at = places(episode).get(target.selection().id());
        ShotPlace moving = places(episode).get(movingShotId);
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

    // ---- the Edit menu

    /** Splits the shot under the playhead at the playhead. */
    public boolean split() {
        long frame = timeline.playheadProperty().get();
        Optional<Locator.Location> at = timeline.locator().flatMap(l -> l.at(frame));
        if (at.isEmpty()) {
            editing.report("There is no shot at the playhead to split");
            return false;
        }
        String shotId = at.get().shotId();
        long inShot = at.get().frameInShot(frame);
        if (inShot == 0) {
            editing.report("The playhead is on the cut before " + shotId + ": move it into the shot to split it");
            return false;
        }
        return made(editing.apply("Split " + shotId, (edits, p, ep) -> edits.split(p, ep, shotId, inShot)));
    }

    /** Deletes what is selected: a shot (the next one is selected), a take, a scene, or a cue. */
    public boolean deleteSelection() {
        Selection s = timeline.selectionProperty().get();
        if (s == null) {
            editing.report("Select a shot, a cue or a scene to delete it");
            return false;
        }
        boolean made = switch (s.kind()) {
            case SHOT -> deleteShot(s.id());
            case TAKE -> made(editing.apply("Delete take " + s.takeId() + " of " + s.id(),
                    (edits, p, ep) -> edits.removeTake(p, ep, s.id(), s.takeId())));
            case SCENE -> made(editing.apply("Delete scene " + s.id(), (edits, p, ep) -> edits.deleteScene(p, ep, s.id())));
            case SUBTITLE -> made(editing.apply("Delete subtitle",
                    (edits, p, ep) -> edits.removeSubtitle(p, ep, s.id(), s.index())));
            case DIALOGUE -> made(editing.apply("Delete dialogue",
                    (edits, p, ep) -> edits.removeDialogue(p, ep, s.id(), s.index())));
            case MUSIC -> made(editing.apply("Delete music", (edits, p, ep) -> edits.removeMusic(p, ep, s.index())));
        };
        if (made && (s.kind() == Selection.Kind.SUBTITLE || s.kind() == Selection.Kind.DIALOGUE
                || s.kind() == Selection.Kind.TAKE)) {
            timeline.selectionProperty().set(Selection.shot(s.id()));
        } else if (made && s.kind() != Selection.Kind.SHOT) {
            timeline.selectionProperty().set(null);
        }
        return made;
    }

    private boolean deleteShot(String shotId) {
        Optional<Long> start = timeline.locator().flatMap(l -> l.shot(shotId)).map(l -> l.range().start());
        if (!made(editing.apply("Delete " + shotId, (edits, p, ep) -> edits.deleteShot(p, ep, shotId)))) {
            return false;
        }
        Optional<Locator.Location> next = start.flatMap(f -> timeline.locator().flatMap(l -> l.at(f)));
        timeline.selectionProperty().set(next.map(l -> Selection.shot(l.shotId())).orElse(null));
        return true;
    }

    /** The shot edits act on: the one selected (or whose take or cue is), else the one under the playhead. */
    public Optional<Shot> currentShot() {
        Episode episode = timeline.episode();
        if (episode == null) {
            return Optional.empty();
        }
        Selection s = timeline.selectionProperty().get();
        if (s != null && s.shotId() != null && episode.shot(s.shotId()).isPresent()) {
            return episode.shot(s.shotId());
        }
        long frame = timeline.playheadProperty().get();
        return timeline.locator().flatMap(l -> l.at(frame)).flatMap(l -> episode.shot(l.shotId()));
    }

    /** Selects take {@code takeId} of the current shot; dialogue and subtitles stay on the shot. */
    public boolean selectTake(String takeId) {
        Optional<Shot> shot = currentShot();
        if (shot.isEmpty()) {
            editing.report("Select a shot to swap its take");
            return false;
        }
        String shotId = shot.get().id();
        return made(editing.apply("Take " + takeId + " for " + shotId,
                (edits, p, ep) -> edits.selectTake(p, ep, shotId, takeId)));
    }

    /** Selects the take {@code step} places after (negative: before) the current shot's selected one, wrapping. */
    public boolean cycleTake(int step) {
        Optional<Shot> shot = currentShot();
        if (shot.isEmpty()) {
            editing.report("Select a shot to swap its take");
            return false;
        }
        if (!(shot.get() instanceof TakeShot ts)) {
            editing.report(shot.get().id() + " is a " + kind(shot.get()) + ": it has no takes to swap");
            return false;
        }
        if (ts.takes().size() == 1) {
            editing.report(ts.id() + " has only one take, " + ts.selected());
            return false;
        }
        int i = ts.takes().indexOf(ts.selectedTake());
        return selectTake(ts.takes().get(Math.floorMod(i + step, ts.takes().size())).id());
    }

    /** Sets how shot {@code shotId} begins after the one before it. */
    public boolean setTransition(String shotId, Transition transition) {
        return made(editing.apply("Transition of " + shotId,
                (edits, p, ep) -> edits.setTransition(p, ep, shotId, transition)));
    }

    /** Moves the selected shot to the end of scene {@code sceneId}, which may be empty. */
    public boolean moveShotToScene(String sceneId) {
        Optional<Shot> shot = currentShot();
        Optional<Scene> scene = Optional.ofNullable(timeline.episode()).flatMap(e -> e.scene(sceneId));
        if (shot.isEmpty() || scene.isEmpty()) {
            editing.report("Select a shot to move it to another scene");
            return false;
        }
        String shotId = shot.get().id();
        boolean same = scene.get().shots().stream().anyMatch(s -> s.id().equals(shotId));
        int index = scene.get().shots().size() - (same ? 1 : 0);
        return made(editing.apply("Move " + shotId,
                (edits, p, ep) -> edits.moveShot(p, ep, shotId, sceneId, index)));
    }

    /** Adds a scene headed {@code heading} after the current one (the selection's, else the playhead's), and selects it. */
    public boolean addScene(String heading) {
        Episode before = timeline.episode();
        if (before == null) {
            return false;
        }
        String after = currentScene().orElse(before.scenes().isEmpty() ? null
                : before.scenes().get(before.scenes().size() - 1).id());
        if (!made(editing.apply("Add scene", (edits, p, ep) -> edits.addScene(p, ep, after, heading)))) {
            return false;
        }
        Set<String> old = new HashSet<>(before.scenes().stream().map(Scene::id).toList());
        timeline.episode().scenes().stream().map(Scene::id).filter(id -> !old.contains(id)).findFirst()
                .ifPresent(id -> timeline.selectionProperty().set(Selection.scene(id)));
        return true;
    }

    /** Adds a card with {@code text} at the cut nearest the playhead, and selects it. */
    public boolean addCard(String text) {
        return insertShot("Add card", (edits, p, ep, scene, index) -> edits.addCard(p, ep, scene, index, text));
    }

    /** Adds a slate describing a shot to come at the cut nearest the playhead, and selects it. */
    public boolean addSlate(String description) {
        return insertShot("Add slate", (edits, p, ep, scene, index) -> edits.addSlate(p, ep, scene, index, description));
    }

    @FunctionalInterface
    private interface Insert {
        io.cutroom.model.Project apply(Edits edits, io.cutroom.model.Project p, String episodeId, String sceneId,
                int index) throws io.cutroom.timeline.EditException;
    }

    private boolean insertShot(String label, Insert insert) {
        Episode before = timeline.episode();
        if (before == null || before.scenes().isEmpty()) {
            return false;
        }
        ShotPlace place = insertionPoint(timeline.playheadProperty().get());
        if (!made(editing.apply(label, (edits, p, ep) -> insert.apply(edits, p, ep, place.sceneId(), place.index())))) {
            return false;
        }
        Set<String> old = new HashSet<>(places(before).keySet());
        timeline.episode().scenes().stream().flatMap(s -> s.shots().stream()).map(Shot::id)
                .filter(id -> !old.contains(id)).findFirst()
                .ifPresent(id -> timeline.selectionProperty().set(Selection.shot(id)));
        return true;
    }

    /**
     * Where a shot added at {@code frame} goes: before the shot there when the frame is in its first
     * half, else after it; at the end of the last scene past the end; at the start of the selected
     * (or first) scene when nothing is laid out.
     */
    ShotPlace insertionPoint(long frame) {
        Episode episode = timeline.episode();
        Optional<Locator.Location> at = timeline.locator().flatMap(l -> l.at(Math.min(frame, timeline.duration() - 1)));
        if (at.isEmpty()) {
            return new ShotPlace(currentScene().orElse(episode.scenes().get(0).id()), 0);
        }
        ShotPlace place = places(episode).get(at.get().shotId());
        boolean before = frame < at.get().range().start() + at.get().range().duration() / 2.0;
        return new ShotPlace(place.sceneId(), before ? place.index() : place.index() + 1);
    }

    private Optional<String> currentScene() {
        Selection s = timeline.selectionProperty().get();
        Episode episode = timeline.episode();
        if (s != null && s.kind() == Selection.Kind.SCENE) {
            return Optional.of(s.id());
        }
        if (s != null && s.shotId() != null && places(episode).containsKey(s.shotId())) {
            return Optional.of(places(episode).get(s.shotId()).sceneId());
        }
        long frame = timeline.playheadProperty().get();
        return timeline.locator().flatMap(l -> l.at(Math.min(frame, timeline.duration() - 1)))
                .map(Locator.Location::sceneId);
    }

    // ---- the inline subtitle editor

    /** A double-click on the subtitle lane at {@code x}: rewrites the cue there, or starts a new one. */
    public void beginCueAt(double x) {
        Optional<TimelineItem> cue = timeline.hit(x, Lane.SUBTITLES.top() + 1);
        if (cue.isPresent()) {
            beginCueEdit(cue.get().selection());
        } else {
            beginNewCue((long) Math.floor(timeline.frameAt(x)));
        }
    }

    /** Starts writing a new subtitle at {@code frame}, on the shot there. */
    public void beginNewCue(long frame) {
        Optional<Locator.Location> at = timeline.locator().flatMap(l -> l.at(frame));
        if (at.isEmpty()) {
            editing.report("There is no shot at " + Timecode.of(frame, timeline.frameRate()) + " to add a subtitle to");
            return;
        }
        FrameRate rate = timeline.frameRate();
        long frames = Math.max(1, Math.min(rate.toFrames(NEW_CUE_DURATION), timeline.duration() - frame));
        cueEdit.set(new CueEdit(null, at.get().shotId(), rate.toSeconds(at.get().frameInShot(frame)), frame, frames, ""));
        timeline.reveal(frame);
    }

    /** Starts rewriting subtitle {@code cue}'s text in place. */
    public void beginCueEdit(Selection cue) {
        Optional<TimelineItem> item = timeline.itemFor(cue);
        Optional<SubtitleCue> model = subtitle(cue);
        if (item.isEmpty() || model.isEmpty()) {
            return;
        }
        timeline.selectionProperty().set(cue);
        cueEdit.set(new CueEdit(cue, cue.id(), model.get().offset(), item.get().range().start(),
                item.get().range().duration(), model.get().text().replace("\n", LINE_BREAK)));
    }

    /**
     * Enter in the inline editor: adds the new cue (and selects it) or changes the cue's text, as one
     * edit. {@link #LINE_BREAK} becomes a line break. Refused text (empty) keeps the editor open.
     *
     * @return why it was refused, or empty when it was made
     */
    public Optional<String> commitCue(String typed) {
        CueEdit c = cueEdit.get();
        if (c == null) {
            return Optional.empty();
        }
        String text = String.join("\n", typed.strip().split("\\s*\\|\\s*", -1));
        Optional<String> refused;
        if (c.cue() == null) {
            Rational duration = timeline.frameRate().toSeconds(c.frames());
            refused = editing.apply("Add subtitle",
                    (edits, p, ep) -> edits.addSubtitle(p, ep, c.shotId(), c.offset(), duration, text));
            if (refused.isEmpty()) {
                selectCue(c.shotId(), cue -> cue.text().equals(text) && cue.offset().equals(c.offset()));
            }
        } else {
            SubtitleCue old = subtitle(c.cue()).orElseThrow();
            refused = editing.apply("Edit subtitle", (edits, p, ep) -> edits.updateSubtitle(p, ep, c.shotId(),
                    c.cue().index(), new SubtitleCue(text, old.offset(), old.duration(), old.speaker())));
        }
        if (refused.isEmpty()) {
            cueEdit.set(null);
        }
        return refused;
    }

    /** Esc in the inline editor: nothing changes. */
    public void cancelCue() {
        cueEdit.set(null);
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
            return made(editing.apply("Move music", (edits, p, ep) -> edits.moveMusic(p, ep, s.index(), toShot, offset)));
        }
        Shot from = episode.shot(s.id()).orElseThrow();
        long fromStart = locator.get().shot(s.id()).orElseThrow().range().start();
        Rational shift = rate.toSeconds(fromStart + delta - toStart);
        if (s.kind() == Selection.Kind.SUBTITLE) {
            SubtitleCue cue = from.subtitles().get(s.index());
            SubtitleCue moved = new SubtitleCue(cue.text(), cue.offset().add(shift), cue.duration(), cue.speaker());
            if (!made(editing.apply("Move subtitle",
                    (edits, p, ep) -> edits.moveSubtitle(p, ep, s.id(), s.index(), toShot, moved.offset())))) {
                return false;
            }
            selectCue(toShot, moved::equals);
            return true;
        }
        Dialogue line = from.dialogue().get(s.index());
        Dialogue moved = new Dialogue(line.source(), line.offset().add(shift), line.in(), line.out(), line.gain());
        if (!made(editing.apply("Move dialogue",
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

    private void selectCue(String shotId, java.util.function.Predicate<SubtitleCue> which) {
        Optional<Shot> shot = Optional.ofNullable(timeline.episode()).flatMap(e -> e.shot(shotId));
        if (shot.isEmpty()) {
            return;
        }
        List<SubtitleCue> cues = shot.get().subtitles();
        for (int i = 0; i < cues.size(); i++) {
            if (which.test(cues.get(i))) {
                timeline.selectionProperty().set(Selection.subtitle(shotId, i));
                return;
            }
        }
    }

    private Optional<SubtitleCue> subtitle(Selection s) {
        if (s == null || s.kind() != Selection.Kind.SUBTITLE || timeline.episode() == null) {
            return Optional.empty();
        }
        return timeline.episode().shot(s.id()).filter(shot -> s.index() >= 0 && s.index() < shot.subtitles().size())
                .map(shot -> shot.subtitles().get(s.index()));
    }

    private Map<String, ShotPlace> places(Episode episode) {
        if (episode != placesOf) {
            Map<String, ShotPlace> map = new HashMap<>();
            for (Scene scene : episode.scenes()) {
                for (int i = 0; i < scene.shots().size(); i++) {
                    map.put(scene.shots().get(i).id(), new ShotPlace(scene.id(), i));
                }
            }
            places = map;
            placesOf = episode;
        }
        return places;
    }

    private static boolean made(Optional<String> refused) {
        return refused.isEmpty();
    }

    private static String kind(Shot shot) {
        return shot instanceof TakeShot ? "shot" : shot instanceof io.cutroom.model.Card ? "card" : "slate";
    }
}
