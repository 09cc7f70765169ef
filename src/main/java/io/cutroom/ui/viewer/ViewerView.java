package io.cutroom.ui.viewer;

import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.render.BurnIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The viewer: the frame at the playhead in the episode's shape — a clip's frame from the
 * {@link FrameProvider}, fitted by the shot's fit mode (or, without one, which clip and source time
 * it is), a card, a slate; a crossfade's two pictures blended, a dip's colour laid over — with the
 * subtitles over it in the project's style, and the timecode.
 */
public final class ViewerView extends Region {

    private final ViewerViewModel vm;
    private final Map<Path, String> fontNames = new HashMap<>();
    private final Canvas canvas = new Canvas();
    private FrameProvider frames = FrameProvider.NONE;
    private Image held;
    private boolean redrawQueued;

    public ViewerView(ViewerViewModel vm) {
        this.vm = vm;
        getStyleClass().add("viewer");
        canvas.setId("viewer-canvas");
        getChildren().add(canvas);
        setMinSize(160, 90);
        vm.pictureProperty().addListener((o, a, b) -> requestRedraw());
        vm.subtitlesProperty().addListener((o, a, b) -> requestRedraw());
        vm.timecodeProperty().addListener((o, a, b) -> requestRedraw());
    }

    /** Where clip frames come from. */
    public void setFrames(FrameProvider provider) {
        frames = provider;
        requestRedraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        requestRedraw();
    }

    private void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                redrawQueued = false;
                draw();
            });
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#111214"));
        g.fillRect(0, 0, w, h);
        Format format = vm.format();
        double aspect = format == null ? 16.0 / 9 : (double) format.width() / format.height();
        double fw = Math.min(w - 16, (h - 16) * aspect);
        double fh = fw / aspect;
        if (fw <= 0 || fh <= 0) {
            return;
        }
        double x = (w - fw) / 2;
        double y = (h - fh) / 2;
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleY();
        frames.setPictureHeight((int) Math.ceil(fh * scale));
        Picture p = vm.pictureProperty().get();
        Picture.Mix mix = p.mix();
        g.save();
        g.beginPath();
        g.rect(x, y, fw, fh);
        g.clip();
        if (mix.under() != null) {
            drawPicture(g, mix.under(), false, x, y, fw, fh);
            g.setGlobalAlpha(mix.opacity());
        }
        drawPicture(g, p, true, x, y, fw, fh);
        g.setGlobalAlpha(1);
        if (mix.dipAmount() > 0) {
            g.setFill(fx(mix.dipColor()).deriveColor(0, 1, 1, mix.dipAmount()));
            g.fillRect(x, y, fw, fh);
        }
        g.restore();
        drawSubtitle(g, format, x, y, fw, fh);
        g.setFont(Font.font("Monospaced", 13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String tc = vm.timecodeProperty().get();
        g.setFill(Color.web("#000000", 0.6));
        g.fillRect(x + 6, y + 6, tc.length() * 8.2 + 10, 20);
        g.setFill(Color.WHITE);
        g.fillText(tc, x + 11, y + 9);
    }

    /** Decodes the next shot's first frame ahead of time if it starts within {@code reach} frames (while playing). */
    public void prepareNext(long reach) {
        vm.nextClip(reach).ifPresent(clip -> frames.prepare(clip.source(), SourceFrame.first(clip, vm.format().frameRate())));
    }

    private void drawPicture(GraphicsContext g, Picture p, boolean top, double x, double y, double fw, double fh) {
        g.setFill(fx(p.background()));
        g.fillRect(x, y, fw, fh);
        switch (p.kind()) {
            case CARD -> centred(g, p.text(), fx(p.color()), Font.font("System", FontWeight.BOLD, fh * 0.07), x, y, fw, fh);
            case SLATE -> {
                g.setStroke(Color.web("#ffffff", 0.25));
                g.setLineWidth(2);
                g.strokeRect(x + fw * 0.05, y + fh * 0.08, fw * 0.9, fh * 0.84);
                centred(g, "SLATE", Color.web("#ffcc33"), Font.font("System", FontWeight.BOLD, fh * 0.05), x, y, fw, fh * 0.55);
                centred(g, p.text(), Color.WHITE, Font.font("System", fh * 0.045), x, y + fh * 0.2, fw, fh * 0.8);
            }
            case CLIP -> drawClip(g, p, top, x, y, fw, fh);
            case NOTHING -> {
            }
        }
        if (top && p.kind() != Picture.Kind.CLIP) {
            held = null;
        }
    }

    /**
     * The clip's decoded frame, fitted as the render fits it; while it decodes, the frame shown
     * before (so playing and scrubbing never flash); without one, which clip and source time it is.
     */
    private void drawClip(GraphicsContext g, Picture p, boolean top, double x, double y, double fw, double fh) {
        Optional<Image> frame = frames.frame(p.source(), p.frame(), this::requestRedraw);
        Image img = frame.filter(i -> i.getWidth() > 0).orElse(null);
        if (top) {
            if (img != null) {
                held = img;
            } else if (!frames.unavailable(p.source())) {
                img = held;
            } else {
                held = null;
            }
        }
        if (img != null) {
            drawFitted(g, img, p.fit(), x, y, fw, fh);
            return;
        }
        g.setFill(Color.web("#1b2430"));
        g.fillRect(x, y, fw, fh);
        String seconds = p.frame().time().toDecimal(3).stripTrailingZeros().toPlainString();
        centred(g, p.text(), Color.web("#c9d3de"), Font.font("System", FontWeight.BOLD, fh * 0.06), x, y, fw, fh * 0.8);
        centred(g, p.source().getFileName() + " at " + seconds + " s", Color.web("#8d99a6"),
                Font.font("System", fh * 0.04), x, y + fh * 0.1, fw, fh * 0.8);
    }

    /** Fit: all of the picture, with bars; fill: the frame covered, the overflow cut off; stretch: the frame's shape. */
    private static void drawFitted(GraphicsContext g, Image img, FitMode fit, double x, double y, double fw, double fh) {
        if (fit == FitMode.STRETCH) {
            g.drawImage(img, x, y, fw, fh);
            return;
        }
        double sx = fw / img.getWidth();
        double sy = fh / img.getHeight();
        double s = fit == FitMode.FILL ? Math.max(sx, sy) : Math.min(sx, sy);
        double iw = img.getWidth() * s;
        double ih = img.getHeight() * s;
        if (fit == FitMode.FIT) {
            g.setFill(Color.BLACK);
            g.fillRect(x, y, fw, fh);
        }
        g.drawImage(img, x + (fw - iw) / 2, y + (fh - ih) / 2, iw, ih);
    }

    /**
     * The subtitles as the render burns them in ({@link BurnIn}): its font, lines, safe area, margin,
     * speaker colours, box, shadow and outline, scaled to the view. The lines arrive in visual order
     * (right-to-left text already reversed), so they are drawn left to right with no reordering.
     */
    private void drawSubtitle(GraphicsContext g, Format format, double x, double y, double fw, double fh) {
        if (format == null) {
            return;
        }
        SubtitleStyle style = vm.subtitleStyle();
        double scale = fh / format.height();
        Optional<Path> file = vm.subtitleFont();
        for (BurnIn.Placement p : vm.subtitlesProperty().get()) {
            Font font = font(file, p.size() * scale);
            double cx = x + fw / 2;
            double top = y + p.top() * scale;
            if (style.box()) {
                double pad = p.boxPadding() * scale;
                double w = p.widest() * scale;
                g.setFill(fx(style.boxColor()));
                g.fillRect(cx - w / 2 - pad, top - pad, w + 2 * pad, p.height() * scale + 2 * pad);
            }
            g.setFont(font);
            g.setTextBaseline(VPos.BASELINE);
            g.setLineJoin(StrokeLineJoin.ROUND);
            for (int i = 0; i < p.lines().size(); i++) {
                List<Glyphs> line = pieces(p.lines().get(i), font);
                double baseline = top + (i * p.lineHeight() + p.ascent()) * scale;
                if (style.shadow() > 0) {
                    g.setFill(fx(style.shadowColor()));
                    draw(g, line, cx + style.shadow() * scale, baseline + style.shadow() * scale, false);
                }
                if (style.outline() > 0) {
                    g.setStroke(fx(style.outlineColor()));
                    g.setLineWidth(Math.max(1, style.outline() * scale * 2));
                    draw(g, line, cx, baseline, true);
                }
                g.setFill(fx(p.color()));
                draw(g, line, cx, baseline, false);
            }
        }
    }

    /** Text drawn at an offset from the line's left end. */
    private record Glyphs(String text, double x, double lineWidth) {
    }

    /**
     * A line in visual order as pieces JavaFX draws without reordering them: the whole line when it
     * has no right-to-left letters, else letter by letter (each with its marks), since JavaFX would
     * reverse a right-to-left run again and draws the controls that could stop it as boxes.
     */
    private static List<Glyphs> pieces(String line, Font font) {
        boolean rightToLeft = line.codePoints().anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        if (!rightToLeft) {
            return List.of(new Glyphs(line, 0, advance(line, font)));
        }
        List<String> clusters = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int start = i;
            i += Character.charCount(line.codePointAt(i));
            while (i < line.length() && Character.getType(line.codePointAt(i)) == Character.NON_SPACING_MARK) {
                i += Character.charCount(line.codePointAt(i));
            }
            clusters.add(line.substring(start, i));
        }
        List<Glyphs> pieces = new ArrayList<>();
        double x = 0;
        for (String c : clusters) {
            pieces.add(new Glyphs(c, x, 0));
            x += advance(c, font);
        }
        double width = x;
        return pieces.stream().map(g -> new Glyphs(g.text(), g.x(), width)).toList();
    }

    private static double advance(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static void draw(GraphicsContext g, List<Glyphs> line, double cx, double baseline, boolean stroke) {
        g.setTextAlign(TextAlignment.LEFT);
        for (Glyphs piece : line) {
            double x = cx - piece.lineWidth() / 2 + piece.x();
            if (stroke) {
                g.strokeText(piece.text(), x, baseline);
            } else {
                g.fillText(piece.text(), x, baseline);
            }
        }
    }

    /** The subtitle font at {@code size}: the render's font file, loaded once; the system font without one. */
    private Font font(Optional<Path> file, double size) {
        if (file.isEmpty()) {
            return Font.font("System", size);
        }
        String name = fontNames.computeIfAbsent(file.get(), f -> {
            try (InputStream in = Files.newInputStream(f)) {
                Font[] loaded = Font.loadFonts(in, 12);
                return loaded == null || loaded.length == 0 ? "System" : loaded[0].getName();
            } catch (IOException e) {
                return "System";
            }
        });
        return new Font(name, size);
    }

    private static void centred(GraphicsContext g, String text, Color color, Font font, double x, double y, double w, double h) {
        String[] lines = text.split("\n");
        double lh = font.getSize() * 1.3;
        double top = y + h / 2 - lh * (lines.length - 1) / 2;
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.length; i++) {
            g.fillText(lines[i], x + w / 2, top + i * lh, w * 0.9);
        }
    }

    private static Color fx(io.cutroom.model.Color c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha() / 255.0);
    }
}
