package io.cutroom.ui.timeline;

import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import java.util.Locale;

/**
 * Timecodes for display: {@code HH:MM:SS:FF}, where {@code HH:MM:SS} is the real time at which the
 * frame starts (rounded down) and {@code FF} counts the frames since that second began. At whole
 * rates this is the usual non-drop timecode; at 30000/1001 the seconds stay true to the clock.
 */
public final class Timecode {

    private Timecode() {
    }

    /** {@code 00:01:05:12} for frame 1572 at 24 fps. */
    public static String of(long frame, FrameRate rate) {
        long f = Math.max(0, frame);
        long second = secondOf(f, rate);
        long inSecond = f - firstFrameOf(second, rate);
        return String.format(Locale.ROOT, "%02d:%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60, inSecond);
    }

    /** {@code 1:05} or {@code 1:02:03}: hours, minutes and seconds only, for ruler labels at coarse zoom. */
    public static String clock(long frame, FrameRate rate) {
        long second = secondOf(Math.max(0, frame), rate);
        return second >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", second / 3600, second / 60 % 60, second % 60)
                : String.format(Locale.ROOT, "%d:%02d", second / 60, second % 60);
    }

    /** The whole second in which {@code frame} starts. */
    static long secondOf(long frame, FrameRate rate) {
        return Math.floorDiv(Math.multiplyExact(frame, rate.den()), rate.num());
    }

    /** The first frame that starts at or after {@code second}. */
    static long firstFrameOf(long second, FrameRate rate) {
        Rational frames = Rational.of(second).multiply(rate.asRational());
        long floor = frames.floor();
        return Rational.of(floor).compareTo(frames) == 0 ? floor : floor + 1;
    }
}
