package io.cutroom.model;

import java.util.List;
import java.util.Objects;

/**
 * A scene: a heading such as {@code INT. KITCHEN - NIGHT} and its shots in order.
 *
 * @param chapter the chapter title in the rendered file, or null to use the heading
 */
public record Scene(String id, String heading, String chapter, List<Shot> shots) {

    public Scene {
        Ids.require(id, "scene");
        Objects.requireNonNull(heading, "heading");
        shots = List.copyOf(shots);
    }

    /** The title of this scene's chapter. */
    public String chapterTitle() {
        return chapter != null && !chapter.isBlank() ? chapter : heading;
    }

    public Scene withShots(List<Shot> newShots) {
        return new Scene(id, heading, chapter, newShots);
    }
}
