package io.cutroom.ui.timeline;

import io.cutroom.model.FrameRate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the time ruler puts its ticks: labelled ones at least {@link #LABEL_SPACING} pixels apart
 * on round times (frames within a second when zoomed in, then 1, 2, 5, 10, 15, 30 seconds,
 * minutes …), unlabelled ones at the finest round step that stays {@link #MINOR_SPACING} apart.
 */
final class Ruler {

    static final double LABEL_SPACING = 96;
    static final double MINOR_SPACING = 9;

    private static final long[] FRAME_STEPS = {1, 2, 5, 10};
    private static final long[] SECOND_STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200};

    /** A tick at the start of {@code frame}; {@code label} is null for unlabelled ticks. */
    record Tick(long frame, String label) {
    }

    /** One step of the ruler: a number of frames within each second, or a number of whole seconds. */
    private record Step(long count, boolean seconds) {
        double pixels(double pixelsPerFrame, double fps) {
            return seconds ? count * fps * pixelsPerFrame : count * pixelsPerFrame;
        }
    }

    private Ruler() {
    }

    /** The ticks between frames {@code from} and {@code to} (inclusive), at {@code pixelsPerFrame}. */
    static List<Tick> ticks(long from, long to, double pixelsPerFrame, FrameRate rate) {
        double fps = rate.asRational().toDouble();
        List<Step> steps = new ArrayList<>();
        for (long n : FRAME_STEPS) {
            if (n < fps) {
                steps.add(new Step(n, false));
            }
        }
        for (long s : SECOND_STEPS) {
            steps.add(new Step(s, true));
        }
        Step major = steps.get(steps.size() - 1);
        Step minor = null;
        for (Step s : steps) {
            double px = s.pixels(pixelsPerFrame, fps);
            if (minor == null && px >= MINOR_SPACING) {
                minor = s;
            }
            if (px >= LABEL_SPACING) {
                major = s;
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        List<Long> majors = frames(major, from, to, rate);
        for (long f : majors) {
            ticks.add(new Tick(f, major.seconds() ? Timecode.clock(f, rate) : Timecode.of(f, rate)));
        }
        if (minor != null && !minor.equals(major)) {
            java.util.Set<Long> taken = new java.util.HashSet<>(majors);
            for (long f : frames(minor, from, to, rate)) {
                if (!taken.contains(f)) {
                    ticks.add(new Tick(f, null));
                }
            }
        }
        return ticks;
    }

    private static List<Long> frames(Step step, long from, long to, FrameRate rate) {
        List<Long> out = new ArrayList<>();
        long firstSecond = Timecode.secondOf(Math.max(0, from), rate);
        long lastSecond = Timecode.secondOf(Math.max(0, to), rate);
        if (step.seconds()) {
            for (long k = firstSecond / step.count(); k * step.count() <= lastSecond; k++) {
                long f = Timecode.firstFrameOf(k * step.count(), rate);
                if (f >= from && f <= to) {
                    out.add(f);
                }
            }
            return out;
        }
        for (long s = firstSecond; s <= lastSecond; s++) {
            long start = Timecode.firstFrameOf(s, rate);
            long next = Timecode.firstFrameOf(s + 1, rate);
            for (long f = start; f < next; f += step.count()) {
                if (f >= from && f <= to) {
                    out.add(f);
                }
            }
        }
        return out;
    }
}
