package io.cutroom.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An episode: scenes in order, and music cues anchored to its shots and scenes. */
public record Episode(String id, String title, List<Scene> scenes, List<MusicCue> music) {

    public Episode {
        Ids.require(id, "episode");
        Objects.requireNonNull(title, "title");
        scenes = List.copyOf(scenes);
        music = List.copyOf(music);
        Set<String> seen = new HashSet<>();
        for (Scene scene : scenes) {
            if (!seen.add(scene.id())) {
                throw new IllegalArgumentException("episode '" + id + "': id '" + scene.id() + "' is used twice");
            }
            for (Shot shot : scene.shots()) {
                if (!seen.add(shot.id())) {
                    throw new IllegalArgumentException("episode '" + id + "': id '" + shot.id() + "' is used twice");
                }
            }
        }
    }

    public Optional<Scene> scene(String sceneId) {
        return scenes.stream().filter(s -> s.id().equals(sceneId)).findFirst();
    }

    public Optional<Shot> shot(String shotId) {
        return scenes.stream().flatMap(s -> s.shots().stream()).filter(s -> s.id().equals(shotId)).findFirst();
    }

    public Episode withScenes(List<Scene> newScenes) {
        return new Episode(id, title, newScenes, music);
    }

    public Episode withMusic(List<MusicCue> newMusic) {
        return new Episode(id, title, scenes, newMusic);
    }
}
