package io.cutroom.ui.viewer;

import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.render.BurnIn;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Fade;
import io.cutroom.timeline.Locator;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.timeline.Timecode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The viewer at the playhead: its timecode, the picture there (which clip and source time, or the
 * card or slate), and the subtitles shown over it, as the render would draw them.
 */
public final class ViewerViewModel {

    private final ReadOnlyStringWrapper timecode = new ReadOnlyStringWrapper(this, "timecode", "00:00:00:00");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(this, "picture", Picture.NOTHING);
    private final ReadOnlyObjectWrapper<List<BurnIn.Placement>> subtitles = new ReadOnlyObjectWrapper<>(this, "subtitles",
            List.of());
    private final SubtitleFonts fonts = new SubtitleFonts();
    private Cut cut;
    private long frame;  // shown
    private Cut locatorCut;
    private Locator locator;

    public ReadOnlyStringProperty timecodeProperty() {
        return timecode.getReadOnlyProperty();
    }

    /** The subtitle text at the playhead, lines separated by {@code \n}; "" for none. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /**
     * The subtitles at the playhead laid out as the render burns them in, on a frame of the output
     * format: same font, wrapping, safe area, speaker colours and right-to-left order.
     */
    public ReadOnlyObjectProperty<List<BurnIn.Placement>> subtitlesProperty() {
        return subtitles.getReadOnlyProperty();
    }

    /** The font file the subtitles are drawn with, if one can draw them. */
    public Optional<Path> subtitleFont() {
        return fonts.fontFile();
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The output format, for the picture's shape; null when there is no cut. */
    public Format format() {
        return cut == null ? null : cut.format();
    }

    /** How subtitles look; the default style when there is no cut. */
    public SubtitleStyle subtitleStyle() {
        return cut == null ? SubtitleStyle.DEFAULT : cut.subtitleStyle();
    }

    /** Shows frame {@code at} of {@code newCut} (null for none). */
    public void show(Cut newCut, long at) {
        cut = newCut;
        frame = at;
        if (newCut == null) {
            timecode.set(Timecode.of(0, FrameRate.of(24)));
            subtitle.set("");
            subtitles.set(List.of());
            picture.set(Picture.NOTHING);
            return;
        }
        timecode.set(Timecode.of(at, newCut.format().frameRate()));
        subtitle.set(subtitlesAt(newCut, at));
        subtitles.set(fonts.placements(newCut, at));
        picture.set(pictureAt(newCut, at));
    }

    private static String subtitlesAt(Cut cut, long frame) {
        List<String> lines = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            if (e.range().contains(frame)) {
                lines.add(e.text());
            }
        }
        return String.join("\n", lines);
    }

    /** The event at {@code frame} (the incoming one in a crossfade, over the outgoing one), with its fades. */
    private Picture pictureAt(Cut c, long frame) {
        Optional<Locator.Location> at = locator(c).at(frame);
        if (at.isEmpty()) {
            return Picture.NOTHING;
        }
        int index = at.get().index();
        VideoEvent e = c.video().get(index);
        Picture top = picture(e, frame, c);
        long into = frame - e.range().start();
        if (into < e.crossfadeIn() && index > 0) {
            Picture under = picture(c.video().get(index - 1), frame, c);
            return top.with(new Picture.Mix(under, (into + 1) / (double) (e.crossfadeIn() + 1), Color.BLACK, 0));
        }
        Fade in = e.fadeIn();
        if (into < in.frames()) {
            return top.with(new Picture.Mix(null, 1, in.color(), 1 - into / (double) in.frames()));
        }
        Fade out = e.fadeOut();
        long left = e.range().end() - frame;
        if (left <= out.frames()) {
            return top.with(new Picture.Mix(null, 1, out.color(), (out.frames() - left) / (double) out.frames()));
        }
        return top;
    }

    private static Picture picture(VideoEvent e, long frame, Cut cut) {
        if (e instanceof VideoEvent.Card c) {
            return new Picture(Picture.Kind.CARD, c.text(), c.background(), c.color(), null, null, FitMode.FIT,
                    Picture.Mix.NONE);
        }
        if (e instanceof VideoEvent.Slate s) {
            return new Picture(Picture.Kind.SLATE, s.description(), new Color(40, 40, 44, 255), Color.WHITE, null, null,
                    FitMode.FIT, Picture.Mix.NONE);
        }
        VideoEvent.Clip clip = (VideoEvent.Clip) e;
        return new Picture(Picture.Kind.CLIP, clip.origin().shotId() + " · take " + clip.origin().takeId(), Color.BLACK,
                Color.WHITE, clip.source(), SourceFrame.of(clip, frame, cut.format().frameRate()), clip.fit(), Picture.Mix.NONE);
    }

    /**
     * The next clip to start after the frame shown, within {@code reach} frames (its first frame is
     * at its {@code sourceIn}), for decoding it before it is shown.
     */
    public Optional<VideoEvent.Clip> nextClip(long reach) {
        if (cut == null) {
            return Optional.empty();
        }
        for (VideoEvent e : upcoming(cut, frame)) {
            if (e.range().start() > frame + reach) {
                break;
            }
            if (e instanceof VideoEvent.Clip clip && e.range().start() > frame) {
                return Optional.of(clip);
            }
        }
        return Optional.empty();
    }

    private List<VideoEvent> upcoming(Cut c, long frame) {
        int from = locator(c).at(frame).map(Locator.Location::index).orElse(c.video().size());
        return c.video().subList(Math.min(from, c.video().size()), Math.min(from + 3, c.video().size()));
    }

    private Locator locator(Cut c) {
        if (locator == null || locatorCut != c) {
            locator = Locator.of(c);
            locatorCut = c;
        }
        return locator;
    }
}
