package io.cutroom.ui.timeline;

import io.cutroom.model.Episode;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Locator;
import io.cutroom.ui.Selection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The timeline's commands, for the Edit menu, keys and the context menu: they act at the playhead
 * or on the selection — split, delete, swap take, set a transition, move a shot to a scene, add a
 * scene, a card or a slate — and the inline subtitle editor. Each is one undoable edit through the
 * timeline's {@link io.cutroom.ui.Editing}; what cannot be done is said in the status line.
 */
public final class TimelineCommands {

    /** The length of a new subtitle (shorter at the end of the episode). */
    public static final Rational NEW_CUE_DURATION = Rational.of(2);
    /** How the inline editor writes a line break: {@code First line | second line}. */
    public static final String LINE_BREAK = " | ";

    /**
     * The inline subtitle editor: a new cue ({@code cue} null) or an existing one being rewritten.
     *
     * @param offset where the cue starts in its shot
     * @param frame where it starts in the cut, and {@code frames} how long it shows: where to put the editor
     * @param text the text to start from, lines joined by {@link #LINE_BREAK}
     */
    public record CueEdit(Selection cue, String shotId, Rational offset, long frame, long frames, String text) {
    }

    private final TimelineViewModel timeline;
    private final ReadOnlyObjectWrapper<CueEdit> cueEdit = new ReadOnlyObjectWrapper<>(this, "cueEdit");

    TimelineCommands(TimelineViewModel timeline) {
        this.timeline = timeline;
    }

    /** The subtitle being written in place, or null. */
    public ReadOnlyObjectProperty<CueEdit> cueEditProperty() {
        return cueEdit.getReadOnlyProperty();
    }

    /** Splits the shot under the playhead at the playhead. */
    public boolean split() {
        long frame = timeline.playheadProperty().get();
        Optional<Locator.Location> at = timeline.locator().flatMap(l -> l.at(frame));
        if (at.isEmpty()) {
            timeline.editor().report("There is no shot at the playhead to split");
            return false;
        }
        String shotId = at.get().shotId();
        long inShot = at.get().frameInShot(frame);
        if (inShot == 0) {
            timeline.editor().report("The playhead is on the cut before " + shotId + ": move it into the shot to split it");
            return false;
        }
        return made(timeline.editor().apply("Split " + shotId, (edits, p, ep) -> edits.split(p, ep, shotId, inShot)));
    }

    /** Deletes what is selected: a shot (the next one is selected), a take, a scene, or a cue. */
    public boolean deleteSelection() {
        Selection s = timeline.selectionProperty().get();
        if (s == null) {
            timeline.editor().report("Select a shot, a cue or a scene to delete it");
            return false;
        }
        boolean made = switch (s.kind()) {
            case SHOT -> deleteShot(s.id());
            case TAKE -> made(timeline.editor().apply("Delete take " + s.takeId() + " of " + s.id(),
                    (edits, p, ep) -> edits.removeTake(p, ep, s.id(), s.takeId())));
            case SCENE -> made(timeline.editor().apply("Delete scene " + s.id(), (edits, p, ep) -> edits.deleteScene(p, ep, s.id())));
            case SUBTITLE -> made(timeline.editor().apply("Delete subtitle",
                    (edits, p, ep) -> edits.removeSubtitle(p, ep, s.id(), s.index())));
            case DIALOGUE -> made(timeline.editor().apply("Delete dialogue",
                    (edits, p, ep) -> edits.removeDialogue(p, ep, s.id(), s.index())));
            case MUSIC -> made(timeline.editor().apply("Delete music", (edits, p, ep) -> edits.removeMusic(p, ep, s.index())));
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
        if (!made(timeline.editor().apply("Delete " + shotId, (edits, p, ep) -> edits.deleteShot(p, ep, shotId)))) {
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
            timeline.editor().report("Select a shot to swap its take");
            return false;
        }
        String shotId = shot.get().id();
        return made(timeline.editor().apply("Take " + takeId + " for " + shotId,
                (edits, p, ep) -> edits.selectTake(p, ep, shotId, takeId)));
    }

    /** Selects the take {@code step} places after (negative: before) the current shot's selected one, wrapping. */
    public boolean cycleTake(int step) {
        Optional<Shot> shot = currentShot();
        if (shot.isEmpty()) {
            timeline.editor().report("Select a shot to swap its take");
            return false;
        }
        if (!(shot.get() instanceof TakeShot ts)) {
            timeline.editor().report(shot.get().id() + " is a " + kind(shot.get()) + ": it has no takes to swap");
            return false;
        }
        if (ts.takes().size() == 1) {
            timeline.editor().report(ts.id() + " has only one take, " + ts.selected());
            return false;
        }
        int i = ts.takes().indexOf(ts.selectedTake());
        return selectTake(ts.takes().get(Math.floorMod(i + step, ts.takes().size())).id());
    }

    /** Sets how shot {@code shotId} begins after the one before it. */
    public boolean setTransition(String shotId, Transition transition) {
        return made(timeline.editor().apply("Transition of " + shotId,
                (edits, p, ep) -> edits.setTransition(p, ep, shotId, transition)));
    }

    /** Moves the selected shot to the end of scene {@code sceneId}, which may be empty. */
    public boolean moveShotToScene(String sceneId) {
        Optional<Shot> shot = currentShot();
        Optional<Scene> scene = Optional.ofNullable(timeline.episode()).flatMap(e -> e.scene(sceneId));
        if (shot.isEmpty() || scene.isEmpty()) {
            timeline.editor().report("Select a shot to move it to another scene");
            return false;
        }
        String shotId = shot.get().id();
        boolean same = scene.get().shots().stream().anyMatch(s -> s.id().equals(shotId));
        int index = scene.get().shots().size() - (same ? 1 : 0);
        return made(timeline.editor().apply("Move " + shotId,
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
        if (!made(timeline.editor().apply("Add scene", (edits, p, ep) -> edits.addScene(p, ep, after, heading)))) {
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
        Project apply(Edits edits, Project p, String episodeId, String sceneId, int index) throws EditException;
    }

    private boolean insertShot(String label, Insert insert) {
        Episode before = timeline.episode();
        if (before == null || before.scenes().isEmpty()) {
            return false;
        }
        TimelineViewModel.ShotPlace place = insertionPoint(timeline.playheadProperty().get());
        if (!made(timeline.editor().apply(label, (edits, p, ep) -> insert.apply(edits, p, ep, place.sceneId(), place.index())))) {
            return false;
        }
        Set<String> old = new HashSet<>(before.scenes().stream().flatMap(s -> s.shots().stream()).map(Shot::id).toList());
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
    private TimelineViewModel.ShotPlace insertionPoint(long frame) {
        Episode episode = timeline.episode();
        Optional<Locator.Location> at = timeline.locator().flatMap(l -> l.at(Math.min(frame, timeline.duration() - 1)));
        if (at.isEmpty()) {
            return new TimelineViewModel.ShotPlace(currentScene().orElse(episode.scenes().get(0).id()), 0);
        }
        TimelineViewModel.ShotPlace place = timeline.place(at.get().shotId());
        boolean before = frame < at.get().range().start() + at.get().range().duration() / 2.0;
        return new TimelineViewModel.ShotPlace(place.sceneId(), before ? place.index() : place.index() + 1);
    }

    private Optional<String> currentScene() {
        Selection s = timeline.selectionProperty().get();
        Episode episode = timeline.episode();
        if (s != null && s.kind() == Selection.Kind.SCENE) {
            return Optional.of(s.id());
        }
        if (s != null && s.shotId() != null && timeline.hasPlace(s.shotId())) {
            return Optional.of(timeline.place(s.shotId()).sceneId());
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
            timeline.editor().report("There is no shot at " + Timecode.of(frame, timeline.frameRate()) + " to add a subtitle to");
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
            refused = timeline.editor().apply("Add subtitle",
                    (edits, p, ep) -> edits.addSubtitle(p, ep, c.shotId(), c.offset(), duration, text));
            if (refused.isEmpty()) {
                timeline.selectSubtitle(c.shotId(), cue -> cue.text().equals(text) && cue.offset().equals(c.offset()));
            }
        } else {
            SubtitleCue old = subtitle(c.cue()).orElseThrow();
            refused = timeline.editor().apply("Edit subtitle", (edits, p, ep) -> edits.updateSubtitle(p, ep, c.shotId(),
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

    private Optional<SubtitleCue> subtitle(Selection s) {
        if (s == null || s.kind() != Selection.Kind.SUBTITLE || timeline.episode() == null) {
            return Optional.empty();
        }
        return timeline.episode().shot(s.id()).filter(shot -> s.index() >= 0 && s.index() < shot.subtitles().size())
                .map(shot -> shot.subtitles().get(s.index()));
    }

    private static boolean made(Optional<String> refused) {
        return refused.isEmpty();
    }

    private static String kind(Shot shot) {
        return shot instanceof TakeShot ? "shot" : shot instanceof io.cutroom.model.Card ? "card" : "slate";
    }
}
