package io.cutroom.ui.timeline;

import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.render.SubtitleChecks;
import io.cutroom.timeline.AudioEvent;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Locator;
import io.cutroom.timeline.MusicEvent;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The timeline's state and layout, in frames of the cut: zoom (pixels per frame), horizontal
 * scroll (the frame at the left edge), which items are visible, what lies under a point, where the
 * playhead snaps. Holds no node; {@link TimelineView} draws what it says.
 *
 * <p>Screen x runs from 0 at the left of the lane headers; the frames start after the
 * {@link #GUTTER}. Frame {@code f} covers x from {@code xOf(f)} to {@code xOf(f + 1)}.
 */
public final class TimelineViewModel {

    /** Width of the lane headers on the left. */
    public static final double GUTTER = 84;
    /** The closest zoom: a frame this many pixels wide. */
    public static final double MAX_PIXELS_PER_FRAME = 48;
    /** How far (in pixels) the playhead reaches for a cut to snap to. */
    public static final double SNAP_PIXELS = 8;
    /** One zoom step. */
    public static final double ZOOM_STEP = 1.5;

    private final ObjectProperty<Selection> selection;
    private final LongProperty playhead;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private Cut cut;
    private Episode episode;
    private Locator locator;
    private final TimelineEditing editing = new TimelineEditing(this);
    private final TimelineCommands commands = new TimelineCommands(this);
    private Editing editor = Editing.NONE;
    private Map<String, ShotPlace> places = Map.of();
    private final Map<Lane, LaneIndex> lanes = new EnumMap<>(Lane.class);
    private long[] cuts = new long[0];
    private Map<SubtitleEvent, List<SubtitleChecks.Finding>> warnings = Map.of();
    private double width = GUTTER + 800;
    private double pixelsPerFrame = 1;
    private double firstFrame;
    private boolean fitted = true;

    /**
     * @param selection the editor's selection, which clicks change
     * @param playhead the editor's playhead, in frames of the cut
     */
    public TimelineViewModel(ObjectProperty<Selection> selection, LongProperty playhead) {
        this.selection = selection;
        this.playhead = playhead;
        setCut(null, null, "");
    }

    // ---- content

    /**
     * Shows a resolved cut of {@code episode}; with a null cut, shows {@code notice} instead (why
     * there is nothing to show). The zoom and scroll stay where they were unless the view was
     * fitted to the whole episode, which it then stays.
     */
    public void setCut(Cut newCut, Episode episode, String newNotice) {
        boolean first = cut == null;
        cut = newCut;
        this.episode = episode;
        places = placesOf(episode);
        locator = newCut == null ? null : Locator.of(newCut);
        notice.set(newNotice == null ? "" : newNotice);
        lanes.clear();
        if (newCut == null) {
            for (Lane l : Lane.values()) {
                lanes.put(l, new LaneIndex(List.of()));
            }
            cuts = new long[0];
            warnings = Map.of();
        } else {
            Lanes built = Lanes.of(newCut, episode);
            lanes.putAll(built.lanes());
            cuts = built.cutPoints();
            warnings = SubtitleChecks.of(newCut).stream()
                    .collect(Collectors.groupingBy(SubtitleChecks.Finding::cue, LinkedHashMap::new, Collectors.toList()));
        }
        if (first || fitted) {
            fit();
        } else {
            clampZoom();
        }
        playhead.set(Math.min(playhead.get(), duration()));
        editing.cutChanged();
        changed();
    }

    public Cut cut() {
        return cut;
    }

    /** The episode the cut was resolved from, or null. */
    public Episode episode() {
        return episode;
    }

    /** What is at a frame of the cut, and where each shot is; empty without a cut. */
    public Optional<Locator> locator() {
        return Optional.ofNullable(locator);
    }

    /** The editing gestures: drag a shot, trim an edge, drag a cue. */
    public TimelineEditing editing() {
        return editing;
    }

    /** The commands of the Edit menu and the inline subtitle editor. */
    public TimelineCommands commands() {
        return commands;
    }

    /** Where the timeline's edits go: the editor. */
    public void setEditing(Editing newEditor) {
        editor = java.util.Objects.requireNonNull(newEditor, "editor");
    }

    Editing editor() {
        return editor;
    }

    /** Where a shot is in the episode's model: its scene and its index there. */
    record ShotPlace(String sceneId, int index) {
    }

    /** Where shot {@code shotId} is in the episode, or null when it is not in it. */
    ShotPlace place(String shotId) {
        return places.get(shotId);
    }

    boolean hasPlace(String shotId) {
        return places.containsKey(shotId);
    }

    /** Selects the first subtitle of shot {@code shotId} that {@code which} accepts, if any. */
    void selectSubtitle(String shotId, java.util.function.Predicate<io.cutroom.model.SubtitleCue> which) {
        Shot shot = episode == null ? null : episode.shot(shotId).orElse(null);
        if (shot == null) {
            return;
        }
        for (int i = 0; i < shot.subtitles().size(); i++) {
            if (which.test(shot.subtitles().get(i))) {
                selection.set(Selection.subtitle(shotId, i));
                return;
            }
        }
    }

    /** Why the timeline is empty (a problem with the episode, or that media is being read), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Counts changes of layout, zoom and scroll: the view redraws when it moves. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long duration() {
        return cut == null ? 0 : cut.durationFrames();
    }

    public FrameRate frameRate() {
        return cut == null ? FrameRate.of(24) : cut.format().frameRate();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public LongProperty playheadProperty() {
        return playhead;
    }

    /** Every item of a lane, in order of start. */
    public List<TimelineItem> items(Lane lane) {
        return lanes.get(lane).all();
    }

    /** The items of a lane that overlap the visible frames, in order of start. */
    public List<TimelineItem> visibleItems(Lane lane) {
        FrameRange v = visibleFrames();
        return lanes.get(lane).overlapping(v.start(), v.end());
    }

    /** The items of a lane that overlap frames {@code [from, to)}, in order of start. */
    List<TimelineItem> itemsOverlapping(Lane lane, long from, long to) {
        return lanes.get(lane).overlapping(from, to);
    }

    /** The item a selection points at, if it is on the timeline. */
    public Optional<TimelineItem> itemFor(Selection s) {
        if (s == null) {
            return Optional.empty();
        }
        for (Lane lane : Lane.values()) {
            for (TimelineItem item : lanes.get(lane).all()) {
                if (s.equals(item.selection())) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    /** The frames where one shot gives way to another, and the end: what the playhead snaps to. */
    public long[] cutPoints() {
        return cuts.clone();
    }

    // ---- geometry

    /** The width of the whole timeline, headers included. */
    public void setWidth(double newWidth) {
        width = Math.max(GUTTER + 1, newWidth);
        if (fitted) {
            fit();
        } else {
            clampZoom();
        }
        changed();
    }

    public double width() {
        return width;
    }

    /** Width of the part that shows frames. */
    public double contentWidth() {
        return width - GUTTER;
    }

    public double pixelsPerFrame() {
        return pixelsPerFrame;
    }

    /** The frame (with its fraction) at the left edge of the frames. */
    public double firstFrame() {
        return firstFrame;
    }

    /** Whether the zoom shows the whole episode (and keeps doing so when the width changes). */
    public boolean isFitted() {
        return fitted;
    }

    public double xOf(double frame) {
        return GUTTER + (frame - firstFrame) * pixelsPerFrame;
    }

    /** The frame (with its fraction) at {@code x}. */
    public double frameAt(double x) {
        return firstFrame + (x - GUTTER) / pixelsPerFrame;
    }

    /** The frames at least partly visible. */
    public FrameRange visibleFrames() {
        long from = (long) Math.floor(firstFrame);
        long to = (long) Math.ceil(firstFrame + contentWidth() / pixelsPerFrame);
        return FrameRange.between(Math.max(0, from), Math.max(Math.max(0, from), to));
    }

    /** The ruler's ticks over the visible frames. */
    List<Ruler.Tick> ticks() {
        FrameRange v = visibleFrames();
        return Ruler.ticks(v.start(), v.end(), pixelsPerFrame, frameRate());
    }

    // ---- zoom and scroll

    /** The zoom that shows the whole episode. */
    public double fitPixelsPerFrame() {
        return Math.min(MAX_PIXELS_PER_FRAME, contentWidth() / Math.max(1, duration()));
    }

    /** Shows the whole episode. */
    public void fit() {
        pixelsPerFrame = fitPixelsPerFrame();
        firstFrame = 0;
        fitted = true;
        changed();
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, anchorX());
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, anchorX());
    }

    /**
     * Multiplies the zoom by {@code factor}, keeping the frame under {@code x} where it is; from the
     * whole episode down to {@link #MAX_PIXELS_PER_FRAME} pixels a frame.
     */
    public void zoomAt(double factor, double x) {
        double anchor = frameAt(x);
        double min = fitPixelsPerFrame();
        double next = Math.max(min, Math.min(MAX_PIXELS_PER_FRAME, pixelsPerFrame * factor));
        pixelsPerFrame = next;
        fitted = next <= min;
        firstFrame = anchor - (x - GUTTER) / next;
        clampScroll();
        changed();
    }

    /** Scrolls by {@code dx} pixels (positive: later frames come into view). */
    public void scrollBy(double dx) {
        scrollTo(firstFrame + dx / pixelsPerFrame);
    }

    /** Puts {@code frame} at the left edge, as far as the episode allows. */
    public void scrollTo(double frame) {
        firstFrame = frame;
        clampScroll();
        changed();
    }

    /** The largest {@link #firstFrame()}: the end of the episode at the right edge. */
    public double maxFirstFrame() {
        return Math.max(0, duration() - contentWidth() / pixelsPerFrame);
    }

    /** Scrolls the least needed to bring {@code frame} into view. */
    public void reveal(long frame) {
        double visible = contentWidth() / pixelsPerFrame;
        if (frame < firstFrame) {
            scrollTo(frame - visible * 0.1);
        } else if (frame + 1 > firstFrame + visible) {
            scrollTo(frame + 1 - visible * 0.9);
        }
    }

    // ---- pointer and keys

    /** What is under a point, if anything: the topmost item of the lane at {@code y}. */
    public Optional<TimelineItem> hit(double x, double y) {
        Lane lane = Lane.at(y);
        if (lane == null || lane == Lane.RULER || x < GUTTER || cut == null) {
            return Optional.empty();
        }
        long frame = (long) Math.floor(frameAt(x));
        List<TimelineItem> under = lanes.get(lane).overlapping(frame, frame + 1);
        return under.isEmpty() ? Optional.empty() : Optional.of(under.get(under.size() - 1));
    }

    /**
     * A click: on the ruler it places the playhead (snapping to cuts unless {@code noSnap}), on an
     * item it selects the item, on an empty place of a lane it clears the selection and places the
     * playhead.
     */
    public void click(double x, double y, boolean noSnap) {
        if (x < GUTTER || cut == null) {
            return;
        }
        Lane lane = Lane.at(y);
        Optional<TimelineItem> item = hit(x, y);
        if (lane != Lane.RULER && item.isPresent()) {
            selection.set(item.get().selection());
            return;
        }
        if (lane != Lane.RULER) {
            selection.set(null);
        }
        placePlayhead(x, noSnap);
    }

    /** Moves the playhead to {@code x} (a drag on the ruler), snapping to cuts unless {@code noSnap}. */
    public void placePlayhead(double x, boolean noSnap) {
        double frame = frameAt(x);
        playhead.set(noSnap ? clampFrame((long) Math.floor(frame)) : snap(frame));
    }

    /**
     * The playhead position for a pointer at {@code frame}: the nearest cut point within
     * {@link #SNAP_PIXELS}, else the frame under the pointer.
     */
    public long snap(double frame) {
        double reach = SNAP_PIXELS / pixelsPerFrame;
        long best = -1;
        double bestDistance = Double.MAX_VALUE;
        int i = java.util.Arrays.binarySearch(cuts, (long) Math.floor(frame));
        int at = i >= 0 ? i : -i - 1;
        for (int j = Math.max(0, at - 1); j <= Math.min(cuts.length - 1, at + 1); j++) {
            double d = Math.abs(cuts[j] - frame);
            if (d <= reach && d < bestDistance) {
                best = cuts[j];
                bestDistance = d;
            }
        }
        return best >= 0 ? best : clampFrame((long) Math.floor(frame));
    }

    /** Moves the playhead by {@code frames} and keeps it in view. */
    public void step(long frames) {
        movePlayhead(playhead.get() + frames);
    }

    /** Moves the playhead to the next cut after it. */
    public void nextCut() {
        for (long c : cuts) {
            if (c > playhead.get()) {
                movePlayhead(c);
                return;
            }
        }
    }

    /** Moves the playhead to the last cut before it. */
    public void previousCut() {
        for (int i = cuts.length - 1; i >= 0; i--) {
            if (cuts[i] < playhead.get()) {
                movePlayhead(cuts[i]);
                return;
            }
        }
        movePlayhead(0);
    }

    /** What the reading checks say about a subtitle block (speed, line length, duration, gaps); empty for other blocks. */
    public List<SubtitleChecks.Finding> warnings(TimelineItem item) {
        return item.event() instanceof SubtitleEvent e ? warnings.getOrDefault(e, List.of()) : List.of();
    }

    /** How many subtitles the reading checks have something to say about. */
    public int warnedSubtitles() {
        return warnings.size();
    }

    /**
     * Selects the next subtitle after the playhead that the reading checks warn about (from the
     * start again past the last), and moves the playhead to it.
     *
     * @return its findings, or empty when no subtitle has any
     */
    public List<SubtitleChecks.Finding> nextWarning() {
        List<TimelineItem> warned = items(Lane.SUBTITLES).stream().filter(i -> !warnings(i).isEmpty()).toList();
        if (warned.isEmpty()) {
            return List.of();
        }
        long at = playhead.get();
        TimelineItem next = warned.stream().filter(i -> i.range().start() > at).findFirst().orElse(warned.get(0));
        selection.set(next.selection());
        movePlayhead(next.range().start());
        return warnings(next);
    }

    /** Moves the playhead to {@code frame} (kept within the episode) and scrolls it into view. */
    public void movePlayhead(long frame) {
        long f = clampFrame(frame);
        playhead.set(f);
        reveal(f);
    }

    // ---- internals

    private static Map<String, ShotPlace> placesOf(Episode e) {
        Map<String, ShotPlace> map = new HashMap<>();
        if (e != null) {
            for (io.cutroom.model.Scene scene : e.scenes()) {
                for (int i = 0; i < scene.shots().size(); i++) {
                    map.put(scene.shots().get(i).id(), new ShotPlace(scene.id(), i));
                }
            }
        }
        return map;
    }

    private double anchorX() {
        double x = xOf(playhead.get());
        return x >= GUTTER && x <= width ? x : GUTTER + contentWidth() / 2;
    }

    private long clampFrame(long frame) {
        return Math.max(0, Math.min(duration(), frame));
    }

    private void clampZoom() {
        double min = fitPixelsPerFrame();
        if (pixelsPerFrame <= min) {
            pixelsPerFrame = min;
            fitted = true;
        }
        pixelsPerFrame = Math.min(MAX_PIXELS_PER_FRAME, pixelsPerFrame);
        clampScroll();
    }

    private void clampScroll() {
        firstFrame = Math.max(0, Math.min(maxFirstFrame(), firstFrame));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
