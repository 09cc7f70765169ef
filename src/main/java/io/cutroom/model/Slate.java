package io.cutroom.model;

import java.util.List;
import java.util.Objects;

/** A placeholder for a shot that is not generated yet: shows its description so the cut plays. */
public record Slate(
        String id,
        String description,
        Rational duration,
        Transition transition,
        List<Dialogue> dialogue,
        List<SubtitleCue> subtitles) implements Shot {

    public Slate {
        Ids.require(id, "shot");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(transition, "transition");
        dialogue = List.copyOf(dialogue);
        subtitles = List.copyOf(subtitles);
        if (duration.signum() <= 0) {
            throw new IllegalArgumentException("slate '" + id + "': duration must be positive, got " + duration);
        }
    }

    @Override
    public Slate withTransition(Transition t) {
        return new Slate(id, description, duration, t, dialogue, subtitles);
    }

    @Override
    public Slate withDialogue(List<Dialogue> d) {
        return new Slate(id, description, duration, transition, d, subtitles);
    }

    @Override
    public Slate withSubtitles(List<SubtitleCue> s) {
        return new Slate(id, description, duration, transition, dialogue, s);
    }
}
