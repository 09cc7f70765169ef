package io.cutroom.ui.timeline;

import io.cutroom.media.Waveform;
import io.cutroom.model.FrameRange;
import io.cutroom.timeline.AudioEvent;
import io.cutroom.timeline.Fade;
import io.cutroom.timeline.MusicEvent;
import io.cutroom.timeline.VideoEvent;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The timeline: one canvas that draws only the frames in view (ruler, scene bands, shots with
 * their thumbnails, dialogue with waveforms, music, subtitles, transitions, the playhead), and a
 * scroll bar. Gestures go to the {@link TimelineViewModel}: click to select or place the playhead,
 * drag on the ruler to scrub, wheel to scroll, Ctrl+wheel to zoom, and the keys of
 * {@link #handleKey(KeyEvent)}; edits to its {@link TimelineEditing}: drag a shot to move it, its
 * edge to trim it, a cue along its lane; double-click the subtitle lane to write a cue in place;
 * right-click a shot for its transition.
 */
public final class TimelineView extends Region {

    private static final Font LABEL = Font.font("System", 11);
    private static final Font HEADING = Font.font("System", javafx.scene.text.FontWeight.BOLD, 11);
    private static final Color BACKGROUND = Color.web("#1d1f23");
    private static final Color GUTTER = Color.web("#26292e");
    private static final Color TEXT = Color.web("#e6e6e6");
    private static final Color DIM_TEXT = Color.web("#9aa0a6");
    private static final Color CLIP = Color.web("#3d6a9e");
    private static final Color SLATE = Color.web("#5c5f66");
    private static final Color OFFLINE = Color.web("#9e3d3d");
    private static final Color DIALOGUE = Color.web("#3f8a5a");
    private static final Color MUSIC = Color.web("#7a569e");
    private static final Color SUBTITLE = Color.web("#a7793a");
    private static final Color SELECTED = Color.web("#ffcc33");
    /** A subtitle the reading checks warn about: a red band along its foot and a corner flag. */
    private static final Color WARNING = Color.web("#ff5a36");
    private static final Color PLAYHEAD = Color.web("#ff4d4d");
    private static final Color MARKS = Color.web("#4da3ff");
    private static final Color[] SCENE_BANDS = {Color.web("#34495e"), Color.web("#2c3e50")};

    private final TimelineViewModel vm;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    private ThumbnailProvider thumbnails = ThumbnailProvider.NONE;
    private WaveformProvider waveforms = WaveformProvider.NONE;
    private Set<Path> offline = Set.of();
    private Marks marks = Marks.NONE;
    private boolean dirtyAll;
    private double dirtyFrom = Double.POSITIVE_INFINITY;
    private double dirtyTo = Double.NEGATIVE_INFINITY;
    private Map<TimelineItem, Integer> sceneOrder = new IdentityHashMap<>();
    private boolean redrawQueued;
    private boolean scrubbing;
    private boolean updatingScrollBar;
    private final TextField cueField = new TextField();
    private ContextMenu shotMenu;

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        scrollBar.setOrientation(Orientation.HORIZONTAL);
        scrollBar.setMin(0);
        canvas.setId("timeline-canvas");
        scrollBar.setId("timeline-scroll");
        getChildren().addAll(canvas, scrollBar);
        // the lanes have fixed heights: more height would only add empty space
        setMinHeight(Lane.totalHeight() + 16);
        setPrefHeight(Lane.totalHeight() + 16);
        setMaxHeight(Lane.totalHeight() + 16);

        vm.revisionProperty().addListener((o, a, b) -> requestRedraw());
        vm.playheadProperty().addListener((o, a, b) -> {
            // while playing the playhead moves every frame: redraw only where it was, where it is, and its timecode
            requestRedraw(vm.xOf(a.longValue()) - 8, vm.xOf(a.longValue()) + 8);
            requestRedraw(vm.xOf(b.longValue()) - 8, vm.xOf(b.longValue()) + 8);
            requestRedraw(0, TimelineViewModel.GUTTER);
        });
        vm.selectionProperty().addListener((o, a, b) -> requestRedraw());
        scrollBar.valueProperty().addListener((o, a, b) -> {
            if (!updatingScrollBar) {
                vm.scrollTo(b.doubleValue());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(cursor(vm.editing().hover(e.getX(), e.getY()))));
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        vm.editing().dragProperty().addListener((o, a, b) -> requestRedraw());
        cueField.setId("cue-editor");
        cueField.setVisible(false);
        cueField.setManaged(false);
        getChildren().add(cueField);
        vm.commands().cueEditProperty().addListener((o, a, b) -> showCueEditor(b));
        cueField.setOnAction(e -> vm.commands().commitCue(cueField.getText()));
        cueField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.commands().cancelCue();
                e.consume();
            }
        });
        cueField.focusedProperty().addListener((o, was, now) -> {
            if (was && !now && vm.commands().cueEditProperty().get() != null) {
                vm.commands().cancelCue();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::handleKey);
    }

    public TimelineViewModel viewModel() {
        return vm;
    }

    /** Where shot thumbnails come from. */
    public void setThumbnails(ThumbnailProvider provider) {
        thumbnails = provider;
        requestRedraw();
    }

    /** Where dialogue and music waveforms come from. */
    public void setWaveforms(WaveformProvider provider) {
        waveforms = provider;
        requestRedraw();
    }

    /** The player's in and out marks, drawn on the ruler. */
    public void setMarks(Marks newMarks) {
        marks = newMarks;
        requestRedraw();
    }

    /** The media files missing on disk: their clips are drawn as offline. */
    public void setOffline(Set<Path> missing) {
        offline = Set.copyOf(missing);
        requestRedraw();
    }

    /**
     * The timeline's keys: {@code +}/{@code =} and {@code -} zoom, {@code 0} fits the episode,
     * Left/Right step a frame (with Shift a second), Up/Down go to the previous/next cut, Home/End
     * to the start/end.
     */
    public void handleKey(KeyEvent e) {
        long second = Math.max(1, Math.round(vm.frameRate().asRational().toDouble()));
        boolean handled = true;
        KeyCode code = e.getCode();
        if (code == KeyCode.LEFT) {
            vm.step(e.isShiftDown() ? -second : -1);
        } else if (code == KeyCode.RIGHT) {
            vm.step(e.isShiftDown() ? second : 1);
        } else if (code == KeyCode.UP) {
            vm.previousCut();
        } else if (code == KeyCode.DOWN) {
            vm.nextCut();
        } else if (code == KeyCode.HOME) {
            vm.movePlayhead(0);
        } else if (code == KeyCode.END) {
            vm.movePlayhead(vm.duration());
        } else if (code == KeyCode.ESCAPE) {
            vm.editing().cancel();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.commands().deleteSelection();
        } else if (!e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            vm.zoomIn();
        } else if (!e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            vm.zoomOut();
        } else if (!e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            vm.fit();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double barHeight = scrollBar.prefHeight(w);
        double h = Math.max(0, getHeight() - barHeight);
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(0, 0);
        scrollBar.resizeRelocate(TimelineViewModel.GUTTER, h, Math.max(0, w - TimelineViewModel.GUTTER), barHeight);
        vm.setWidth(w);
        layoutCueEditor();
        requestRedraw();
    }

    /** Puts the inline subtitle editor over its cue on the subtitle lane. */
    private void layoutCueEditor() {
        TimelineCommands.CueEdit c = vm.commands().cueEditProperty().get();
        if (c == null) {
            return;
        }
        double x0 = Math.max(TimelineViewModel.GUTTER, vm.xOf(c.frame()));
        double w = Math.max(220, vm.xOf(c.frame() + c.frames()) - x0);
        x0 = Math.max(TimelineViewModel.GUTTER, Math.min(x0, getWidth() - w));
        cueField.resizeRelocate(x0, Lane.SUBTITLES.top() + 1, w, Lane.SUBTITLES.height() - 2);
    }

    private void showCueEditor(TimelineCommands.CueEdit c) {
        cueField.setVisible(c != null);
        if (c == null) {
            requestFocus();
            return;
        }
        cueField.setText(c.text());
        cueField.setPromptText("Subtitle text (| for a new line); Enter to keep, Esc to drop");
        layoutCueEditor();
        cueField.requestFocus();
        cueField.selectAll();
    }

    private void released(MouseEvent e) {
        scrubbing = false;
        if (e.getButton() == MouseButton.PRIMARY) {
            vm.editing().release();
        }
        canvas.setCursor(cursor(vm.editing().hover(e.getX(), e.getY())));
    }

    private void contextMenu(ContextMenuEvent e) {
        Optional<TimelineItem> item = vm.hit(e.getX(), e.getY());
        if (item.isEmpty() || item.get().lane() != Lane.VIDEO || vm.episode() == null) {
            return;
        }
        String shotId = item.get().selection().id();
        vm.selectionProperty().set(item.get().selection());
        vm.episode().shot(shotId).ifPresent(shot -> {
            if (shotMenu != null) {
                shotMenu.hide();
            }
            shotMenu = EditingOverlay.shotMenu(vm.commands(), shotId, shot.transition());
            shotMenu.show(canvas, e.getScreenX(), e.getScreenY());
        });
        e.consume();
    }

    private static Cursor cursor(TimelineEditing.Hover hover) {
        return switch (hover) {
            case TRIM -> Cursor.H_RESIZE;
            case MOVE -> Cursor.HAND;
            case NONE -> Cursor.DEFAULT;
        };
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        scrubbing = Lane.at(e.getY()) == Lane.RULER;
        vm.click(e.getX(), e.getY(), e.isShiftDown());
        if (e.getClickCount() == 2 && Lane.at(e.getY()) == Lane.SUBTITLES) {
            vm.commands().beginCueAt(e.getX());
        } else if (!scrubbing) {
            vm.editing().press(e.getX(), e.getY());
        }
    }

    private void dragged(MouseEvent e) {
        if (scrubbing) {
            vm.placePlayhead(e.getX(), e.isShiftDown());
        } else {
            vm.editing().drag(e.getX(), e.isShiftDown());
            TimelineEditing.Drag d = vm.editing().dragProperty().get();
            if (d != null) {
                canvas.setCursor(d.kind() == TimelineEditing.Drag.Kind.TRIM ? Cursor.H_RESIZE : Cursor.CLOSED_HAND);
            }
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                vm.zoomAt(e.getDeltaY() > 0 ? TimelineViewModel.ZOOM_STEP : 1 / TimelineViewModel.ZOOM_STEP, e.getX());
            }
        } else {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            vm.scrollBy(-d);
        }
        e.consume();
    }

    private void requestRedraw() {
        dirtyAll = true;
        queueRedraw();
    }

    /** Redraws the columns from {@code x0} to {@code x1} only: a thumbnail arrived, the playhead moved. */
    private void requestRedraw(double x0, double x1) {
        dirtyFrom = Math.min(dirtyFrom, Math.floor(x0));
        dirtyTo = Math.max(dirtyTo, Math.ceil(x1));
        queueRedraw();
    }

    private void queueRedraw() {
        if (redrawQueued) {
            return;
        }
        redrawQueued = true;
        Platform.runLater(() -> {
            redrawQueued = false;
            if (dirtyAll) {
                draw();
            } else if (dirtyTo > dirtyFrom) {
                draw(Math.max(0, dirtyFrom), Math.min(canvas.getWidth(), dirtyTo));
            }
            dirtyAll = false;
            dirtyFrom = Double.POSITIVE_INFINITY;
            dirtyTo = Double.NEGATIVE_INFINITY;
        });
    }

    /** Draws the visible part of the timeline now. */
    public void draw() {
        draw(0, canvas.getWidth());
    }

    /** Draws the columns from {@code x0} to {@code x1} of the visible part. */
    private void draw(double x0, double x1) {
        updateScrollBar();
        layoutCueEditor();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.save();
        g.beginPath();
        g.rect(x0, 0, x1 - x0, h);
        g.clip();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.save();
        g.beginPath();
        g.rect(TimelineViewModel.GUTTER, 0, w - TimelineViewModel.GUTTER, h);
        g.clip();
        drawLaneBackgrounds(g, w);
        drawRuler(g);
        drawScenes(g);
        drawVideo(g);
        drawSound(g, Lane.DIALOGUE, DIALOGUE);
        drawSound(g, Lane.MUSIC, MUSIC);
        drawSubtitles(g);
        drawNotice(g, w);
        EditingOverlay.draw(g, vm, vm.editing().dragProperty().get());
        drawPlayhead(g, h);
        g.restore();
        drawHeaders(g, h);
        g.restore();
    }

    private void updateScrollBar() {
        updatingScrollBar = true;
        try {
            double visible = vm.contentWidth() / vm.pixelsPerFrame();
            scrollBar.setMax(vm.maxFirstFrame());
            scrollBar.setVisibleAmount(Math.min(visible, Math.max(1, vm.maxFirstFrame())));
            scrollBar.setValue(vm.firstFrame());
            scrollBar.setUnitIncrement(Math.max(1, 20 / vm.pixelsPerFrame()));
            scrollBar.setBlockIncrement(visible * 0.8);
            scrollBar.setDisable(vm.maxFirstFrame() <= 0);
        } finally {
            updatingScrollBar = false;
        }
    }

    private void drawLaneBackgrounds(GraphicsContext g, double w) {
        int i = 0;
        for (Lane lane : Lane.values()) {
            if (lane != Lane.RULER) {
                g.setFill(i++ % 2 == 0 ? Color.web("#202328") : Color.web("#1b1d21"));
                g.fillRect(TimelineViewModel.GUTTER, lane.top(), w, lane.height());
            }
        }
    }

    private void drawHeaders(GraphicsContext g, double h) {
        g.setFill(GUTTER);
        g.fillRect(0, 0, TimelineViewModel.GUTTER, h);
        g.setFont(HEADING);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Lane lane : Lane.values()) {
            g.setFill(DIM_TEXT);
            g.fillText(lane.title(), 8, lane.top() + lane.height() / 2);
            g.setStroke(Color.web("#33373d"));
            g.strokeLine(0, lane.top() + lane.height() - 0.5, canvas.getWidth(), lane.top() + lane.height() - 0.5);
        }
        g.setFill(TEXT);
        g.setFont(LABEL);
        g.fillText(Timecode.of(vm.playheadProperty().get(), vm.frameRate()), 6, Lane.RULER.height() / 2);
        g.setStroke(Color.web("#3a3e45"));
        g.strokeLine(TimelineViewModel.GUTTER - 0.5, 0, TimelineViewModel.GUTTER - 0.5, h);
    }

    private void drawRuler(GraphicsContext g) {
        double top = Lane.RULER.top();
        double bottom = top + Lane.RULER.height();
        g.setFill(Color.web("#2b2e34"));
        g.fillRect(TimelineViewModel.GUTTER, top, canvas.getWidth(), Lane.RULER.height());
        g.setFont(LABEL);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineWidth(1);
        for (Ruler.Tick t : vm.ticks()) {
            double x = Math.floor(vm.xOf(t.frame())) + 0.5;
            if (t.label() != null) {
                g.setStroke(DIM_TEXT);
                g.strokeLine(x, bottom - 12, x, bottom);
                g.setFill(TEXT);
                g.fillText(t.label(), x + 3, top + 3);
            } else {
                g.setStroke(Color.web("#5f646b"));
                g.strokeLine(x, bottom - 5, x, bottom);
            }
        }
        drawMarks(g, top);
        if (vm.cut() != null) {
            double end = vm.xOf(vm.duration());
            g.setFill(Color.web("#000000", 0.35));
            g.fillRect(end, top, Math.max(0, canvas.getWidth() - end), canvas.getHeight());
        }
    }

    /** The marked frames shaded on the ruler, with a bracket at the in mark and one at the out mark. */
    private void drawMarks(GraphicsContext g, double top) {
        if (marks.isEmpty() || vm.cut() == null) {
            return;
        }
        FrameRange r = marks.range(vm.duration());
        double x0 = clampX(vm.xOf(r.start()));
        double x1 = clampX(vm.xOf(r.end()));
        double h = Lane.RULER.height();
        g.setFill(MARKS.deriveColor(0, 1, 1, 0.28));
        g.fillRect(x0, top, Math.max(1, x1 - x0), h);
        g.setStroke(MARKS);
        g.setLineWidth(2);
        if (marks.in().isPresent()) {
            double x = Math.floor(vm.xOf(marks.in().getAsLong())) + 1;
            g.strokePolyline(new double[] {x + 5, x, x, x + 5}, new double[] {top + 1, top + 1, top + h - 1, top + h - 1}, 4);
        }
        if (marks.out().isPresent()) {
            double x = Math.floor(vm.xOf(marks.out().getAsLong())) - 1;
            g.strokePolyline(new double[] {x - 5, x, x, x - 5}, new double[] {top + 1, top + 1, top + h - 1, top + h - 1}, 4);
        }
        g.setLineWidth(1);
    }

    private void drawScenes(GraphicsContext g) {
        if (sceneOrder.size() != vm.items(Lane.SCENES).size() || !sceneOrder.containsKey(firstOrNull(vm.items(Lane.SCENES)))) {
            sceneOrder = new IdentityHashMap<>();
            List<TimelineItem> all = vm.items(Lane.SCENES);
            for (int i = 0; i < all.size(); i++) {
                sceneOrder.put(all.get(i), i);
            }
        }
        double top = Lane.SCENES.top();
        double h = Lane.SCENES.height();
        for (TimelineItem item : vm.visibleItems(Lane.SCENES)) {
            double x0 = clampX(vm.xOf(item.range().start()));
            double x1 = clampX(vm.xOf(item.range().end()));
            g.setFill(SCENE_BANDS[sceneOrder.getOrDefault(item, 0) % 2]);
            g.fillRect(x0, top + 1, Math.max(1, x1 - x0), h - 2);
            boolean selected = item.selection().equals(vm.selectionProperty().get());
            if (selected) {
                outline(g, x0, top + 1, x1 - x0, h - 2);
            }
            label(g, item.label(), Math.max(x0, TimelineViewModel.GUTTER), x1, top, h, TEXT, HEADING);
        }
    }

    private void drawVideo(GraphicsContext g) {
        double top = Lane.VIDEO.top() + 2;
        double h = Lane.VIDEO.height() - 4;
        for (TimelineItem item : vm.visibleItems(Lane.VIDEO)) {
            VideoEvent e = (VideoEvent) item.event();
            double x0 = clampX(vm.xOf(item.range().start()));
            double x1 = clampX(vm.xOf(item.range().end()));
            double w = Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0));
            Color text = TEXT;
            if (e instanceof VideoEvent.Card card) {
                g.setFill(fx(card.background()));
                text = fx(card.color());
            } else if (e instanceof VideoEvent.Slate) {
                g.setFill(SLATE);
            } else {
                g.setFill(offline.contains(((VideoEvent.Clip) e).source()) ? OFFLINE : CLIP);
            }
            g.fillRect(x0, top, w, h);
            if (e instanceof VideoEvent.Slate && w > 6) {
                hatch(g, x0, top, w, h);
            }
            if (e instanceof VideoEvent.Clip clip && w > 48) {
                drawThumbnail(g, clip, x0, top, w, h);
            }
            String label = item.label();
            if (e instanceof VideoEvent.Clip clip && offline.contains(clip.source())) {
                label = label + " · offline";
            }
            drawTransitions(g, e, top, h);
            label(g, label, x0, x0 + w, top, 18, text, LABEL);
            g.setStroke(Color.web("#000000", 0.5));
            g.setLineWidth(1);
            g.strokeRect(x0 + 0.5, top + 0.5, Math.max(0, w - 1), h - 1);
            if (item.selection().equals(vm.selectionProperty().get())) {
                outline(g, x0, top, w, h);
            }
        }
    }

    /**
     * Draws the clip's thumbnail (its frame at the in point, the lane's height) under its label, if
     * the provider has it; when it arrives later, only the block is redrawn.
     */
    private void drawThumbnail(GraphicsContext g, VideoEvent.Clip clip, double x0, double top, double w, double h) {
        double th = h - 18;
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleY();
        FrameRange frames = clip.range();
        Optional<Image> image = thumbnails.thumbnail(clip.source(), clip.sourceIn(), (int) Math.round(th * scale),
                () -> requestRedraw(vm.xOf(frames.start()), vm.xOf(frames.end())));
        if (image.isEmpty() || image.get().getHeight() <= 0) {
            return;
        }
        Image img = image.get();
        double tw = Math.min(w - 2, th * img.getWidth() / img.getHeight());
        g.drawImage(img, x0 + 1, top + 17, tw, th);
    }

    private void drawTransitions(GraphicsContext g, VideoEvent e, double top, double h) {
        FrameRange r = e.range();
        if (e.crossfadeIn() > 0) {
            double x0 = vm.xOf(r.start());
            double x1 = vm.xOf(r.start() + e.crossfadeIn());
            g.setFill(Color.web("#ffffff", 0.18));
            g.fillRect(x0, top, x1 - x0, h);
            g.setStroke(Color.web("#ffffff", 0.8));
            g.setLineWidth(1.2);
            g.strokeLine(x0, top + h, x1, top);
            g.strokeLine(x0, top, x1, top + h);
        }
        ramp(g, e.fadeIn(), vm.xOf(r.start()), vm.xOf(r.start() + e.fadeIn().frames()), top, h, true);
        ramp(g, e.fadeOut(), vm.xOf(r.end() - e.fadeOut().frames()), vm.xOf(r.end()), top, h, false);
    }

    /** A dip: a triangle in the fade's colour, from full at the outer edge to nothing inside. */
    private void ramp(GraphicsContext g, Fade fade, double x0, double x1, double top, double h, boolean in) {
        if (fade.isNone()) {
            return;
        }
        g.setFill(fx(fade.color()).deriveColor(0, 1, 1, 0.75));
        if (in) {
            g.fillPolygon(new double[] {x0, x1, x0}, new double[] {top, top, top + h}, 3);
        } else {
            g.fillPolygon(new double[] {x0, x1, x1}, new double[] {top, top, top + h}, 3);
        }
    }

    private void drawSound(GraphicsContext g, Lane lane, Color color) {
        double top = lane.top() + 2;
        double h = lane.height() - 4;
        for (TimelineItem item : vm.visibleItems(lane)) {
            double x0 = clampX(vm.xOf(item.range().start()));
            double x1 = clampX(vm.xOf(item.range().end()));
            double w = Math.max(1, x1 - x0 - 1);
            g.setFill(color);
            g.fillRect(x0, top, w, h);
            Path source;
            double sourceIn;
            long startSample;
            long lengthSamples;
            if (item.event() instanceof AudioEvent a) {
                source = a.source();
                sourceIn = a.sourceIn().toDouble();
                startSample = a.start();
                lengthSamples = a.length();
            } else {
                MusicEvent m = (MusicEvent) item.event();
                source = m.source();
                sourceIn = m.sourceIn().toDouble();
                startSample = m.start();
                lengthSamples = m.length();
            }
            waveforms.waveform(source, this::requestRedraw)
                    .ifPresent(wave -> drawWave(g, wave, sourceIn, startSample, lengthSamples, top, h));
            label(g, item.label(), x0, x0 + w, top, 16, TEXT, LABEL);
            if (item.selection().equals(vm.selectionProperty().get())) {
                outline(g, x0, top, w, h);
            }
        }
    }

    /** The waveform over the visible part of a sound block, one column per pixel: the lowest and highest sample under it. */
    private void drawWave(GraphicsContext g, Waveform wave, double sourceIn, long startSample, long lengthSamples,
            double top, double h) {
        double sampleRate = vm.cut().format().sampleRate();
        double samplesPerFrame = sampleRate / vm.frameRate().asRational().toDouble();
        double blockX0 = vm.xOf(startSample / samplesPerFrame);
        double blockX1 = vm.xOf((startSample + lengthSamples) / samplesPerFrame);
        double from = Math.max(TimelineViewModel.GUTTER, blockX0);
        double to = Math.min(canvas.getWidth(), blockX1);
        double secondsPerPixel = 1 / (vm.pixelsPerFrame() * vm.frameRate().asRational().toDouble());
        double mid = top + h / 2 + 3;
        double half = (h - 8) / 2;
        g.setStroke(Color.web("#ffffff", 0.55));
        g.setLineWidth(1);
        for (double x = Math.floor(from); x < to; x++) {
            double t = sourceIn + (x - blockX0) * secondsPerPixel;
            int first = (int) Math.floor(t * Waveform.BUCKETS_PER_SECOND);
            int last = Math.max(first + 1, (int) Math.floor((t + secondsPerPixel) * Waveform.BUCKETS_PER_SECOND));
            double high = wave.max(first, last) * half;
            double low = wave.min(first, last) * half;
            g.strokeLine(x + 0.5, mid - Math.max(high, 0.5), x + 0.5, mid - Math.min(low, -0.5));
        }
    }

    private void drawSubtitles(GraphicsContext g) {
        double top = Lane.SUBTITLES.top() + 2;
        double h = Lane.SUBTITLES.height() - 4;
        for (TimelineItem item : vm.visibleItems(Lane.SUBTITLES)) {
            double x0 = clampX(vm.xOf(item.range().start()));
            double x1 = clampX(vm.xOf(item.range().end()));
            double w = Math.max(1, x1 - x0 - 1);
            g.setFill(SUBTITLE);
            g.fillRect(x0, top, w, h);
            label(g, item.label(), x0, x0 + w, top, h, TEXT, LABEL);
            if (!vm.warnings(item).isEmpty()) {
                g.setFill(WARNING);
                g.fillRect(x0, top + h - 3, w, 3);
                double flag = Math.min(8, w);
                g.fillPolygon(new double[] {x0 + w - flag, x0 + w, x0 + w}, new double[] {top, top, top + flag}, 3);
            }
            if (item.selection().equals(vm.selectionProperty().get())) {
                outline(g, x0, top, w, h);
            }
        }
    }

    private void drawNotice(GraphicsContext g, double w) {
        if (vm.cut() != null || vm.noticeProperty().get().isEmpty()) {
            return;
        }
        g.setFill(DIM_TEXT);
        g.setFont(Font.font("System", 13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        String text = vm.noticeProperty().get();
        String[] lines = text.split("\n", 4);
        double y = Lane.VIDEO.top() + Lane.VIDEO.height() / 2 - (lines.length - 1) * 8;
        for (String line : lines) {
            g.fillText(line, TimelineViewModel.GUTTER + (w - TimelineViewModel.GUTTER) / 2, y, w - TimelineViewModel.GUTTER - 20);
            y += 16;
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawPlayhead(GraphicsContext g, double h) {
        if (vm.cut() == null) {
            return;
        }
        double x = Math.floor(vm.xOf(vm.playheadProperty().get())) + 0.5;
        g.setStroke(PLAYHEAD);
        g.setLineWidth(1);
        g.strokeLine(x, 0, x, h);
        g.setFill(PLAYHEAD);
        g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {0, 0, 9}, 3);
    }

    private void label(GraphicsContext g, String text, double x0, double x1, double top, double h, Color color, Font font) {
        double left = Math.max(x0, TimelineViewModel.GUTTER);
        if (x1 - left < 16) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left, top, x1 - left, h);
        g.clip();
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left + 4, top + h / 2);
        g.restore();
    }

    private void outline(GraphicsContext g, double x, double y, double w, double h) {
        g.setStroke(SELECTED);
        g.setLineWidth(2);
        g.strokeRect(x + 1, y + 1, Math.max(0, w - 2), Math.max(0, h - 2));
        g.setLineWidth(1);
    }

    private void hatch(GraphicsContext g, double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(Color.web("#ffffff", 0.08));
        g.setLineWidth(6);
        for (double s = x - h; s < x + w; s += 18) {
            g.strokeLine(s, y + h, s + h, y);
        }
        g.restore();
    }

    /** Keeps far-off coordinates (deep zoom) within reach of the canvas. */
    private double clampX(double x) {
        return Math.max(TimelineViewModel.GUTTER - 4, Math.min(canvas.getWidth() + 4, x));
    }

    private static Color fx(io.cutroom.model.Color c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha() / 255.0);
    }

    private static TimelineItem firstOrNull(List<TimelineItem> items) {
        return items.isEmpty() ? null : items.get(0);
    }
}
