package io.cutroom.ui;

import io.cutroom.model.Episode;
import io.cutroom.model.Shot;
import io.cutroom.model.TakeShot;
import java.util.Objects;

/**
 * What the user has selected, by model identity rather than by screen object, so that it survives
 * a re-resolve of the cut.
 *
 * @param id the scene id for {@link Kind#SCENE}, the shot id for shots, takes, dialogue and
 *     subtitles, null for music
 * @param takeId the take for {@link Kind#TAKE}, else null
 * @param index the position of the cue in its shot's dialogue or subtitles, or in the episode's
 *     music; -1 for the others
 */
public record Selection(Kind kind, String id, String takeId, int index) {

    /** What kind of thing is selected. */
    public enum Kind { SCENE, SHOT, TAKE, DIALOGUE, SUBTITLE, MUSIC }

    public Selection {
        Objects.requireNonNull(kind, "kind");
    }

    public static Selection scene(String sceneId) {
        return new Selection(Kind.SCENE, sceneId, null, -1);
    }

    public static Selection shot(String shotId) {
        return new Selection(Kind.SHOT, shotId, null, -1);
    }

    public static Selection take(String shotId, String takeId) {
        return new Selection(Kind.TAKE, shotId, takeId, -1);
    }

    public static Selection dialogue(String shotId, int index) {
        return new Selection(Kind.DIALOGUE, shotId, null, index);
    }

    public static Selection subtitle(String shotId, int index) {
        return new Selection(Kind.SUBTITLE, shotId, null, index);
    }

    public static Selection music(int index) {
        return new Selection(Kind.MUSIC, null, null, index);
    }

    /** The shot this selection is in or on, or null for scenes and music. */
    public String shotId() {
        return kind == Kind.SCENE || kind == Kind.MUSIC ? null : id;
    }

    /** Whether what this selection names is in {@code episode} (after an edit it may be gone). */
    public boolean isIn(Episode episode) {
        if (kind == Kind.SCENE) {
            return episode.scene(id).isPresent();
        }
        if (kind == Kind.MUSIC) {
            return index >= 0 && index < episode.music().size();
        }
        Shot shot = episode.shot(id).orElse(null);
        return switch (kind) {
            case SHOT -> shot != null;
            case TAKE -> shot instanceof TakeShot ts && ts.take(takeId).isPresent();
            case DIALOGUE -> shot != null && index >= 0 && index < shot.dialogue().size();
            case SUBTITLE -> shot != null && index >= 0 && index < shot.subtitles().size();
            default -> throw new AssertionError(kind);
        };
    }
}
