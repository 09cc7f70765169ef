package io.cutroom.timeline;

import io.cutroom.model.FrameRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "what is at this frame?" and "where is this shot?" for a resolved {@link Cut}, for the
 * timeline and viewer. Built once per cut; lookups by frame are a binary search.
 */
public final class Locator {

    /**
     * A shot on the timeline.
     *
     * @param range the shot's frames in the episode (it starts {@code crossfadeIn} frames before the
     *     previous shot ends when it crossfades)
     * @param sceneRange the frames of its scene in the episode
     * @param index the shot's position among the episode's shots, from 0
     */
    public record Location(String sceneId, String shotId, FrameRange range, FrameRange sceneRange, int index) {

        /** Frames from the shot's start to {@code frame}, e.g. where to split at the playhead. */
        public long frameInShot(long frame) {
            return frame - range.start();
        }
    }

    private final List<VideoEvent> video;
    private final Map<String, FrameRange> scenes = new HashMap<>();
    private final Map<String, Integer> shots = new HashMap<>();

    private Locator(Cut cut) {
        this.video = cut.video();
        for (SceneSpan span : cut.scenes()) {
            scenes.put(span.sceneId(), span.range());
        }
        for (int i = 0; i < video.size(); i++) {
            shots.put(video.get(i).origin().shotId(), i);
        }
    }

    public static Locator of(Cut cut) {
        return new Locator(cut);
    }

    /**
     * The shot showing at {@code frame}; during a crossfade, the incoming shot. Empty before 0 and
     * from the end of the episode on.
     */
    public Optional<Location> at(long frame) {
        int lo = 0;
        int hi = video.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (video.get(mid).range().start() <= frame) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || !video.get(found).range().contains(frame)) {
            return Optional.empty();
        }
        return Optional.of(location(found));
    }

    /** Where shot {@code shotId} is, or empty when the cut does not show it. */
    public Optional<Location> shot(String shotId) {
        Integer i = shots.get(shotId);
        return i == null ? Optional.empty() : Optional.of(location(i));
    }

    /** The frames of scene {@code sceneId}, or empty when it has no shots in the cut. */
    public Optional<FrameRange> scene(String sceneId) {
        return Optional.ofNullable(scenes.get(sceneId));
    }

    private Location location(int i) {
        VideoEvent e = video.get(i);
        Origin o = e.origin();
        return new Location(o.sceneId(), o.shotId(), e.range(), scenes.get(o.sceneId()), i);
    }
}
