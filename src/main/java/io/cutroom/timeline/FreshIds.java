package io.cutroom.timeline;

import io.cutroom.model.Episode;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import java.util.HashSet;
import java.util.Set;

/** New ids that no scene or shot of an episode uses yet (ids are unique per episode). */
final class FreshIds {

    private FreshIds() {
    }

    static Set<String> used(Episode episode) {
        Set<String> used = new HashSet<>();
        for (Scene scene : episode.scenes()) {
            used.add(scene.id());
            for (Shot shot : scene.shots()) {
                used.add(shot.id());
            }
        }
        return used;
    }

    /** {@code base} when free, else {@code base-2}, {@code base-3} … */
    static String next(Set<String> used, String base) {
        if (!used.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    /** The second half of a split shot: {@code s03-2} gives {@code s03-2b}, then {@code s03-2c} … */
    static String split(Set<String> used, String shotId) {
        for (char c = 'b'; c <= 'z'; c++) {
            String id = shotId + c;
            if (!used.contains(id)) {
                return id;
            }
        }
        return next(used, shotId + "z");
    }

    /** A scene id {@code sN} with N one more than the number of scenes, or higher when taken. */
    static String scene(Episode episode) {
        Set<String> used = used(episode);
        for (int n = episode.scenes().size() + 1; ; n++) {
            if (!used.contains("s" + n)) {
                return "s" + n;
            }
        }
    }

    /** A take id {@code tN} not in {@code used}. */
    static String take(Set<String> used) {
        for (int n = used.size() + 1; ; n++) {
            if (!used.contains("t" + n)) {
                return "t" + n;
            }
        }
    }
}
