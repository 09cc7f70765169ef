package io.cutroom.ui.player;

import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.timeline.Cut;
import io.cutroom.ui.timeline.Marks;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Playback of the cut: play and pause, J/K/L shuttle, in and out marks, and on each
 * {@link #tick()} the frame the {@link PlaybackClock} says is playing, put at the playhead.
 *
 * <p>Positions are exact: playing from frame {@code f} starts at sample
 * {@code ⌊f × 48000 / fps⌋}; after {@code n} samples of the clock at speed {@code s} the frame
 * shown is the one whose samples hold sample {@code start + s × n}, so picture and sound stay on
 * the same frame over an hour at 30000/1001. Frames the clock has passed while the picture lagged
 * are skipped, not shown late. Playing forward stops on the last frame of the episode (or, playing
 * in to out, of the marks); backward on the first.
 *
 * <p>Holds no node: the {@code PlayerView} calls {@link #tick()} on every pulse and forwards keys.
 */
public final class PlayerViewModel {

    /** The fastest shuttle, either way. */
    public static final int MAX_SPEED = 4;

    private final LongProperty playhead;
    private final ObservableValue<Cut> cut;
    private final PlaybackClock clock;
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(this, "speed");
    private final ReadOnlyObjectWrapper<Marks> marks = new ReadOnlyObjectWrapper<>(this, "marks", Marks.NONE);

    private LongConsumer mover;
    private Consumer<String> status = s -> { };
    private boolean noticeShown;
    private PlaybackClock.Run run;
    private long startSample;
    private long stopBefore;
    private long shown = -1;
    private boolean moving;

    /**
     * @param playhead the editor's playhead, which playing moves (and a move by someone else while
     *     playing plays on from there)
     * @param cut the cut shown; an edit while playing plays on in the new cut
     * @param clock what paces playing
     */
    public PlayerViewModel(LongProperty playhead, ObservableValue<Cut> cut, PlaybackClock clock) {
        this.playhead = playhead;
        this.cut = cut;
        this.clock = clock;
        this.mover = playhead::set;
        playhead.addListener((o, a, b) -> {
            if (isPlaying() && !moving && b.longValue() != shown) {
                restart(b.longValue(), speed.get());
            }
        });
        cut.addListener((o, a, b) -> {
            if (b == null || !b.equals(a)) {
                cutChanged(b);
            }
        });
    }

    /** How the playhead moves while playing (the timeline also scrolls it into view); else it is set. */
    public void setMover(LongConsumer newMover) {
        mover = newMover;
    }

    /** Where to say once that there is no sound (the status line). */
    public void setStatus(Consumer<String> newStatus) {
        status = newStatus;
    }

    /** 0 when paused, else how many times normal speed (negative: backwards). */
    public ReadOnlyIntegerProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return speed.get() != 0;
    }

    public ReadOnlyObjectProperty<Marks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    // ---- transport

    /** Space: plays at normal speed from the playhead (from the start when it is at the end), or pauses. */
    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play(1);
        }
    }

    /** K: pauses where it is. */
    public void pause() {
        stopRun();
        speed.set(0);
    }

    /** L: plays forward; pressed again while playing forward, twice as fast (up to {@value #MAX_SPEED}x). */
    public void forward() {
        int s = speed.get();
        play(s > 0 ? Math.min(MAX_SPEED, s * 2) : 1);
    }

    /** J: plays backward; pressed again while playing backward, twice as fast (up to {@value #MAX_SPEED}x). */
    public void backward() {
        int s = speed.get();
        play(s < 0 ? Math.max(-MAX_SPEED, s * 2) : -1);
    }

    /** Plays the marked frames from the in mark (or the start) and stops at the out mark (or the end). */
    public void playInToOut() {
        Cut c = cut.getValue();
        if (c == null) {
            return;
        }
        FrameRange range = marks.get().range(c.durationFrames());
        if (range.duration() == 0) {
            return;
        }
        move(range.start());
        start(c, range.start(), 1, range.end());
    }

    /**
     * Plays at {@code newSpeed} times normal speed (negative: backwards) from the playhead. Forward
     * from the last frame (or past it) starts again at the first; backward from the first does nothing.
     */
    public void play(int newSpeed) {
        Cut c = cut.getValue();
        if (newSpeed == 0 || c == null || c.durationFrames() == 0) {
            pause();
            return;
        }
        long from = Math.min(playhead.get(), c.durationFrames() - 1);
        if (newSpeed > 0 && from >= c.durationFrames() - 1) {
            from = 0;
        } else if (newSpeed < 0 && from <= 0) {
            pause();
            return;
        }
        move(from);
        start(c, from, newSpeed, c.durationFrames());
    }

    /**
     * Shows the frame the clock has reached; at the end of what is played, stops on its last frame
     * (forward) or on frame 0 (backward). Call on every pulse while playing; does nothing when paused.
     */
    public void tick() {
        Cut c = cut.getValue();
        if (run == null || c == null) {
            return;
        }
        String notice = run.notice();
        if (!notice.isEmpty() && !noticeShown) {
            noticeShown = true;
            status.accept(notice);
        }
        long position = startSample + (long) speed.get() * run.elapsed();
        FrameRate rate = c.format().frameRate();
        if (speed.get() > 0) {
            long frame = frameAt(position, rate);
            if (frame >= stopBefore) {
                move(stopBefore - 1);
                pause();
            } else {
                move(frame);
            }
        } else if (position < 0) {
            move(0);
            pause();
        } else {
            move(frameAt(position, rate));
        }
    }

    // ---- marks

    /** I: the in mark at the playhead (an out mark not after it goes). */
    public void markIn() {
        long at = playhead.get();
        OptionalLong out = marks.get().out();
        marks.set(new Marks(OptionalLong.of(at), out.isPresent() && out.getAsLong() <= at ? OptionalLong.empty() : out));
    }

    /** O: the out mark after the frame at the playhead, so that frame is the last marked (an in mark after it goes). */
    public void markOut() {
        Cut c = cut.getValue();
        long at = playhead.get() + 1;
        if (c != null) {
            at = Math.max(1, Math.min(at, c.durationFrames()));
        }
        OptionalLong in = marks.get().in();
        marks.set(new Marks(in.isPresent() && in.getAsLong() >= at ? OptionalLong.empty() : in, OptionalLong.of(at)));
    }

    /** Shift+I. */
    public void clearIn() {
        marks.set(new Marks(OptionalLong.empty(), marks.get().out()));
    }

    /** Shift+O. */
    public void clearOut() {
        marks.set(new Marks(marks.get().in(), OptionalLong.empty()));
    }

    // ---- frames and samples

    /** The sample at {@value PlaybackClock#RATE} Hz where frame {@code frame} starts. */
    public static long sampleAt(long frame, FrameRate rate) {
        return rate.sampleAt(frame, PlaybackClock.RATE);
    }

    /** The frame whose samples hold {@code sample} (at {@value PlaybackClock#RATE} Hz); 0 before the start. */
    public static long frameAt(long sample, FrameRate rate) {
        if (sample < 0) {
            return 0;
        }
        // the largest f with ⌊f × 48000 × den / num⌋ ≤ sample: f < (sample + 1) × num / (48000 × den)
        long numerator = Math.multiplyExact(sample + 1, rate.num());
        long denominator = Math.multiplyExact((long) PlaybackClock.RATE, rate.den());
        return Math.floorDiv(numerator + denominator - 1, denominator) - 1;
    }

    // ---- internals

    private void start(Cut c, long from, int newSpeed, long end) {
        stopRun();
        startSample = sampleAt(from, c.format().frameRate());
        stopBefore = end;
        speed.set(newSpeed);
        run = clock.start(c, startSample, newSpeed);
    }

    /** Plays on from {@code from}: to the out mark when playing in to out and still before it, else to the end. */
    private void restart(long from, int atSpeed) {
        Cut c = cut.getValue();
        if (c == null || c.durationFrames() == 0) {
            pause();
            return;
        }
        long d = c.durationFrames();
        long frame = Math.max(0, Math.min(from, d - 1));
        long end = Math.min(stopBefore, d);
        shown = frame;
        start(c, frame, atSpeed, atSpeed > 0 && frame < end ? end : d);
    }

    private void cutChanged(Cut c) {
        if (c == null) {
            pause();
            marks.set(Marks.NONE);
            return;
        }
        Marks m = marks.get();
        long d = c.durationFrames();
        OptionalLong in = m.in().isPresent() && m.in().getAsLong() >= d ? OptionalLong.empty() : m.in();
        OptionalLong out = m.out().isPresent() && m.out().getAsLong() > d ? OptionalLong.of(d) : m.out();
        if (in.isPresent() && out.isPresent() && out.getAsLong() <= in.getAsLong()) {
            out = OptionalLong.empty();
        }
        marks.set(new Marks(in, out));
        if (isPlaying()) {
            restart(playhead.get(), speed.get());
        }
    }

    private void move(long frame) {
        shown = frame;
        if (frame == playhead.get()) {
            return;
        }
        moving = true;
        try {
            mover.accept(frame);
        } finally {
            moving = false;
        }
    }

    private void stopRun() {
        if (run != null) {
            run.stop();
            run = null;
        }
    }
}
