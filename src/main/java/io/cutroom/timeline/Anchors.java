package io.cutroom.timeline;

import io.cutroom.model.Dialogue;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happens to a shot's dialogue and subtitles when its start edge moves by {@code d} seconds
 * (positive: the head is trimmed, the picture starts later in the source).
 *
 * <ul>
 *   <li>Items that start at or after the shot's start (offset ≥ 0) stay on the same picture
 *       moment: their offset becomes {@code offset − d}.
 *   <li>If that moment was trimmed away (the new offset would be negative), the item starts with
 *       the shot (offset 0). A subtitle keeps its end moment when at least one frame of it is left,
 *       otherwise its whole duration; a dialogue line is never cut, it starts with the shot.
 *   <li>Items that start before the shot (a negative offset: a lead-in over the previous shot)
 *       belong to the cut, not to a picture moment, and keep their offset.
 * </ul>
 */
final class Anchors {

    private Anchors() {
    }

    static Shot startMoved(Shot shot, Rational d, Rational oneFrame) {
        List<SubtitleCue> subtitles = new ArrayList<>();
        for (SubtitleCue c : shot.subtitles()) {
            subtitles.add(startMoved(c, d, oneFrame));
        }
        List<Dialogue> dialogue = new ArrayList<>();
        for (Dialogue line : shot.dialogue()) {
            dialogue.add(line.offset().signum() < 0 ? line : withOffset(line, line.offset().subtract(d).max(Rational.ZERO)));
        }
        return shot.withSubtitles(subtitles).withDialogue(dialogue);
    }

    private static SubtitleCue startMoved(SubtitleCue c, Rational d, Rational oneFrame) {
        if (c.offset().signum() < 0) {
            return c;
        }
        Rational offset = c.offset().subtract(d);
        if (offset.signum() >= 0) {
            return withOffset(c, offset);
        }
        Rational end = offset.add(c.duration());
        Rational duration = end.compareTo(oneFrame) >= 0 ? end : c.duration();
        return new SubtitleCue(c.text(), Rational.ZERO, duration, c.speaker());
    }

    static SubtitleCue withOffset(SubtitleCue c, Rational offset) {
        return new SubtitleCue(c.text(), offset, c.duration(), c.speaker());
    }

    static Dialogue withOffset(Dialogue d, Rational offset) {
        return new Dialogue(d.source(), offset, d.in(), d.out(), d.gain());
    }

    /** {@code items} with {@code item} inserted after every item that starts no later than it. */
    static <T> List<T> insertByOffset(List<T> items, T item, java.util.function.Function<T, Rational> offset) {
        List<T> result = new ArrayList<>(items);
        int at = 0;
        Comparator<Rational> order = Comparator.naturalOrder();
        while (at < result.size() && order.compare(offset.apply(result.get(at)), offset.apply(item)) <= 0) {
            at++;
        }
        result.add(at, item);
        return result;
    }
}
