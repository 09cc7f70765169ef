package io.cutroom.render;

import io.cutroom.model.Color;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.Wrapping;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where and how a burned-in subtitle is drawn on a frame, in the project's subtitle style: the one
 * layout the render ({@code drawtext}) and the editor's viewer both draw. The text is wrapped by the
 * rules of {@link Wrapping} to the width of the safe area, measured with the font it is drawn in;
 * right-to-left lines are put in visual order ({@link BidiText}); the lines are centred and placed
 * the style's margin inside the safe area's bottom (or top) edge; a speaker's cue takes the
 * speaker's colour.
 */
public final class BurnIn {

    private BurnIn() {
    }

    /** A rectangle of the frame, in pixels. */
    public record Area(int x, int y, int width, int height) {
    }

    /**
     * A subtitle laid out on a frame.
     *
     * @param lines the lines as drawn, left to right (right-to-left text already in visual order, so a
     *     drawer must not reorder it again)
     * @param size the font size in pixels
     * @param top the top of the first line (where {@code drawtext} with {@code y_align=font} puts it)
     * @param lineHeight the step from one line to the next
     * @param ascent from a line's top to its baseline
     * @param widest the width of the widest line in pixels
     * @param safeArea the frame's safe area the text is kept in
     */
    public record Placement(List<String> lines, int size, Color color, int top, int lineHeight, double ascent,
            int widest, Area safeArea) {

        public Placement {
            lines = List.copyOf(lines);
        }

        /** The height of the text block. */
        public int height() {
            return lines.size() * lineHeight;
        }

        /** Whether every line fits the safe area's width (a word longer than a line may not). */
        public boolean fitsWidth() {
            return widest <= safeArea.width();
        }

        /** The space the box (when the style has one) leaves around the text. */
        public int boxPadding() {
            return Math.round(size * 0.3f);
        }
    }

    /** The style's safe area on a frame {@code width} × {@code height}, centred. */
    public static Area safeArea(SubtitleStyle style, int width, int height) {
        int insetX = style.safeInset(width);
        int insetY = style.safeInset(height);
        return new Area(insetX, insetY, width - 2 * insetX, height - 2 * insetY);
    }

    /**
     * Lays out a cue's {@code text}, said by {@code speaker} (or null), on a frame {@code width} ×
     * {@code height}. Its italic and bold tags ({@code <i>}, {@code <b>}) are left out: drawn text has
     * one font, so burned-in subtitles show them plain.
     */
    public static Placement place(SubtitleStyle style, int width, int height, TextLayout font, String text,
            String speaker) {
        Area safe = safeArea(style, width, height);
        int size = style.sizeFor(height);
        List<String> lines = lines(font, Cue.plain(text), size, safe.width());
        int widest = lines.stream().mapToInt(l -> (int) Math.ceil(font.width(l, size))).max().orElse(0);
        int lineHeight = font.lineHeight(size);
        int margin = style.marginFor(height);
        int top = style.position() == SubtitleStyle.Position.TOP ? safe.y() + margin
                : safe.y() + safe.height() - margin - lines.size() * lineHeight;
        return new Placement(lines, size, style.colorFor(speaker), top, lineHeight, font.ascent(size), widest, safe);
    }

    /**
     * Text drawn into the picture (a subtitle, a card, a slate) as the lines {@code drawtext} is
     * given: wrapped to {@code maxWidth} pixels, each line in visual order.
     */
    static List<String> lines(TextLayout font, String text, int size, int maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : Wrapping.paragraphs(text)) {
            boolean rightToLeft = BidiText.rightToLeft(paragraph);
            for (String line : font.wrap(paragraph, size, maxWidth)) {
                lines.add(BidiText.visual(line, rightToLeft));
            }
        }
        return lines;
    }

    /**
     * The font the render draws the cut's text with (its cards', slates' and subtitles'), as {@link
     * Preflight} chooses it; or, when no font can draw it all, one for the subtitles alone; empty
     * when none can.
     */
    public static Optional<TextLayout> font(Cut cut) {
        List<String> subtitles = cut.subtitles().stream().map(SubtitleEvent::text).toList();
        List<String> all = new ArrayList<>(subtitles);
        for (VideoEvent e : cut.video()) {
            if (e instanceof VideoEvent.Card c) {
                all.add(c.text());
            } else if (e instanceof VideoEvent.Slate s) {
                all.add(s.description());
            }
        }
        Optional<Path> styleFont = Optional.ofNullable(cut.subtitleFont());
        for (List<String> texts : List.of(all, subtitles)) {
            try {
                return Optional.of(Fonts.choose(styleFont, texts));
            } catch (RenderException e) {
                // try the subtitles alone, then give up
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code text} cannot be burned in, if it cannot: a right-to-left script this FFmpeg cannot
     * draw in the right order.
     */
    public static Optional<String> unsupported(String text) {
        return BidiText.unsupported(Cue.plain(text));
    }
}
