package io.cutroom.timeline;

import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding episodes, scenes and shots by id for an edit, and putting changed ones back. Lookups
 * that fail throw an {@link EditException} naming what is missing.
 */
final class Located {

    private Located() {
    }

    /** A shot and where it is: indexes of its scene in the episode and of the shot in the scene. */
    record ShotAt(Episode episode, int sceneIndex, int shotIndex) {

        Scene scene() {
            return episode.scenes().get(sceneIndex);
        }

        Shot shot() {
            return scene().shots().get(shotIndex);
        }

        /** {@code scene s1 › shot a}. */
        String where() {
            return "scene " + scene().id() + " › shot " + shot().id();
        }

        /** The episode with this shot replaced by {@code replacement}. */
        Episode replace(Shot replacement) {
            List<Shot> shots = new ArrayList<>(scene().shots());
            shots.set(shotIndex, replacement);
            return Located.replace(episode, sceneIndex, scene().withShots(shots));
        }
    }

    static Episode episode(Project project, String episodeId) throws EditException {
        return project.episode(episodeId).orElseThrow(() -> new EditException("there is no episode " + episodeId
                + " (episodes: " + String.join(", ", project.episodes().stream().map(Episode::id).toList()) + ")"));
    }

    static ShotAt shot(Episode episode, String shotId) throws EditException {
        for (int i = 0; i < episode.scenes().size(); i++) {
            List<Shot> shots = episode.scenes().get(i).shots();
            for (int j = 0; j < shots.size(); j++) {
                if (shots.get(j).id().equals(shotId)) {
                    return new ShotAt(episode, i, j);
                }
            }
        }
        throw new EditException("episode " + episode.id() + ": no shot " + shotId);
    }

    static int scene(Episode episode, String sceneId) throws EditException {
        for (int i = 0; i < episode.scenes().size(); i++) {
            if (episode.scenes().get(i).id().equals(sceneId)) {
                return i;
            }
        }
        throw new EditException("episode " + episode.id() + ": no scene " + sceneId);
    }

    static Episode replace(Episode episode, int sceneIndex, Scene scene) {
        List<Scene> scenes = new ArrayList<>(episode.scenes());
        scenes.set(sceneIndex, scene);
        return episode.withScenes(scenes);
    }

    static Project replace(Project project, Episode episode) {
        List<Episode> episodes = new ArrayList<>(project.episodes());
        for (int i = 0; i < episodes.size(); i++) {
            if (episodes.get(i).id().equals(episode.id())) {
                episodes.set(i, episode);
            }
        }
        return project.withEpisodes(episodes);
    }

    /** The shots of the episode in playing order. */
    static List<Shot> shots(Episode episode) {
        return episode.scenes().stream().flatMap(s -> s.shots().stream()).toList();
    }

    /** Checks that {@code index} is a place to insert into a list of {@code size}: 0 to size. */
    static void insertionIndex(String what, int size, int index) throws EditException {
        if (index < 0 || index > size) {
            throw new EditException(what + " has " + size + " shot" + (size == 1 ? "" : "s")
                    + ": a shot can go at positions 0 to " + size + ", not " + index);
        }
    }
}
