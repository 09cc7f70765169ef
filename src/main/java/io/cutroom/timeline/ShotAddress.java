package io.cutroom.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a generated clip belongs, as its file name or its sidecar says: a scene and a shot, each by
 * position (1-based: scene 3 is the episode's third scene, shot 2 that scene's second shot) or by
 * id, optionally an episode by position, and the take number the name carries. Every field may be
 * null; a shot by position needs its scene. See {@link ClipNames} and {@link MediaPlacement}.
 *
 * @param episode the episode's position in the project, or null for the default episode
 * @param take the take number in the name ({@code take4}, {@code v2}), or null
 */
public record ShotAddress(Integer episode, Integer sceneNumber, String sceneId, Integer shotNumber, String shotId,
        Integer take) {

    /** Nothing at all: the clip says nothing about where it goes. */
    public static final ShotAddress NONE = new ShotAddress(null, null, null, null, null, null);

    /** Scene and shot by position, as a file name gives them. */
    public static ShotAddress of(Integer episode, int scene, int shot, Integer take) {
        return new ShotAddress(episode, scene, null, shot, null, take);
    }

    /**
     * Scene and shot each by position or id, as a provenance sidecar gives them (null where it
     * gives nothing); {@link #NONE} when it gives neither.
     */
    public static ShotAddress sidecar(Integer sceneNumber, String sceneId, Integer shotNumber, String shotId) {
        ShotAddress a = new ShotAddress(null, sceneNumber, sceneId, shotNumber, shotId, null);
        return a.equals(NONE) ? NONE : a;
    }

    /** Whether it names a shot: by id, or by position within a scene. */
    public boolean namesShot() {
        return shotId != null || (shotNumber != null && (sceneNumber != null || sceneId != null));
    }

    /** {@code episode 2 › scene 3 › shot 2 › take 4}, {@code shot s3-b}: what it says, in words. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (episode != null) {
            parts.add("episode " + episode);
        }
        if (sceneNumber != null || sceneId != null) {
            parts.add("scene " + (sceneNumber != null ? sceneNumber : sceneId));
        }
        if (shotNumber != null || shotId != null) {
            parts.add("shot " + (shotNumber != null ? shotNumber : shotId));
        }
        if (take != null) {
            parts.add("take " + take);
        }
        return parts.isEmpty() ? "nothing" : String.join(" › ", parts);
    }
}
