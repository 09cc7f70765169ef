package io.cutroom.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The items of one lane sorted by start, with the running maximum of their ends, so that the items
 * overlapping a range of frames are found by binary search: drawing and hit-testing cost what is
 * visible, not what the episode holds.
 */
final class LaneIndex {

    private final List<TimelineItem> items;
    private final long[] starts;
    private final long[] maxEnds;

    LaneIndex(List<TimelineItem> unsorted) {
        List<TimelineItem> sorted = new ArrayList<>(unsorted);
        sorted.sort(Comparator.comparingLong(i -> i.range().start()));
        this.items = List.copyOf(sorted);
        this.starts = new long[sorted.size()];
        this.maxEnds = new long[sorted.size()];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).range().start();
            max = Math.max(max, sorted.get(i).range().end());
            maxEnds[i] = max;
        }
    }

    List<TimelineItem> all() {
        return items;
    }

    /** The items that overlap frames {@code [from, to)}, in order of their start. */
    List<TimelineItem> overlapping(long from, long to) {
        List<TimelineItem> out = new ArrayList<>();
        // first index whose running maximum end passes 'from': nothing before it can reach the range
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnds[mid] > from) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (int i = lo; i < items.size() && starts[i] < to; i++) {
            if (items.get(i).range().end() > from) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
