package io.cutroom.ui.viewer;

import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import io.cutroom.timeline.VideoEvent;
import java.util.Objects;

/**
 * Which frame of a clip's source is shown at a frame of the cut: the frame the render puts there.
 *
 * <p>The render keeps a shot's picture anchored at its in point, so it stays in sync with the
 * shot's sound, and converts the frame rate by rounding each source frame's time to the nearest
 * frame of the cut (FFmpeg's {@code fps} filter). So frame {@code k} of a shot shows the last
 * source frame whose time is before {@code in + (k + ½) / rate}; and as the render never reads
 * before the in point, where that frame would be earlier than the in point the first frame at or
 * after it stands in. For a take at the project's rate this is simply the frame at
 * {@code in + k / rate}.
 *
 * @param time the exact source time at the playhead, {@code in + k / rate}, which the viewer names
 * @param before the frame shown is the last one whose time is before this
 * @param notBefore ... unless that one is before this (the in point): then the first at or after it
 */
public record SourceFrame(Rational time, Rational before, Rational notBefore) {

    public SourceFrame {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    /** The frame of {@code clip}'s source shown at {@code frame} of a cut at {@code rate}. */
    public static SourceFrame of(VideoEvent.Clip clip, long frame, FrameRate rate) {
        long k = frame - clip.range().start();
        Rational time = clip.sourceIn().add(rate.toSeconds(k));
        Rational before = time.add(rate.toSeconds(1).divide(Rational.of(2)));
        return new SourceFrame(time, before, clip.sourceIn());
    }

    /** The first frame of {@code clip}, as {@link #of} would choose it at the clip's start. */
    public static SourceFrame first(VideoEvent.Clip clip, FrameRate rate) {
        return of(clip, clip.range().start(), rate);
    }
}
