package io.cutroom.model;

import java.util.List;
import java.util.Objects;

/** Text on a colour: titles, "Three years later", credits. */
public record Card(
        String id,
        String text,
        Rational duration,
        Color background,
        Color color,
        Transition transition,
        List<Dialogue> dialogue,
        List<SubtitleCue> subtitles) implements Shot {

    public Card {
        Ids.require(id, "shot");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(transition, "transition");
        dialogue = List.copyOf(dialogue);
        subtitles = List.copyOf(subtitles);
        if (duration.signum() <= 0) {
            throw new IllegalArgumentException("card '" + id + "': duration must be positive, got " + duration);
        }
    }

    @Override
    public Card withTransition(Transition t) {
        return new Card(id, text, duration, background, color, t, dialogue, subtitles);
    }

    @Override
    public Card withDialogue(List<Dialogue> d) {
        return new Card(id, text, duration, background, color, transition, d, subtitles);
    }

    @Override
    public Card withSubtitles(List<SubtitleCue> s) {
        return new Card(id, text, duration, background, color, transition, dialogue, s);
    }
}
