package io.cutroom.ui.viewer;

import io.cutroom.model.Color;
import io.cutroom.model.Format;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.timeline.Timecode;
import java.util.ArrayList;
import java.util.List;
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
    private Cut cut;

    public ReadOnlyStringProperty timecodeProperty() {
        return timecode.getReadOnlyProperty();
    }

    /** The subtitle text at the playhead, lines separated by {@code \n}; "" for none. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
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

    /** Shows frame {@code frame} of {@code newCut} (null for none). */
    public void show(Cut newCut, long frame) {
        cut = newCut;
        if (newCut == null) {
            timecode.set(Timecode.of(0, io.cutroom.model.FrameRate.of(24)));
            subtitle.set("");
            picture.set(Picture.NOTHING);
            return;
        }
        timecode.set(Timecode.of(frame, newCut.format().frameRate()));
        subtitle.set(subtitlesAt(newCut, frame));
        picture.set(pictureAt(newCut, frame));
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

    /** The event on top at {@code frame}: the later one where two overlap in a crossfade. */
    private static Picture pictureAt(Cut cut, long frame) {
        List<VideoEvent> video = cut.video();
        int lo = 0;
        int hi = video.size();
        while (lo < hi) { // first event starting after the frame
            int mid = (lo + hi) >>> 1;
            if (video.get(mid).range().start() <= frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0 && i >= lo - 2; i--) {
            VideoEvent e = video.get(i);
            if (e.range().contains(frame)) {
                return picture(e, frame, cut);
            }
        }
        return Picture.NOTHING;
    }

    private static Picture picture(VideoEvent e, long frame, Cut cut) {
        if (e instanceof VideoEvent.Card c) {
            return new Picture(Picture.Kind.CARD, c.text(), c.background(), c.color(), null, null);
        }
        if (e instanceof VideoEvent.Slate s) {
            return new Picture(Picture.Kind.SLATE, s.description(), new Color(40, 40, 44, 255), Color.WHITE, null, null);
        }
        VideoEvent.Clip clip = (VideoEvent.Clip) e;
        var time = clip.sourceIn().add(cut.format().frameRate().toSeconds(frame - clip.range().start()));
        return new Picture(Picture.Kind.CLIP, clip.origin().shotId() + " · take " + clip.origin().takeId(), Color.BLACK,
                Color.WHITE, clip.source(), time);
    }
}
