package io.cutroom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shot made of one or more generated takes, one of them selected.
 *
 * @param gain gain of the clip's own audio in dB
 * @param clipAudio whether the clip's own audio is used (when it has any)
 * @param description the script beat the shot shows (kept when a slate gets its first take), or empty
 */
public record TakeShot(
        String id,
        List<Take> takes,
        String selected,
        FitMode fit,
        double gain,
        boolean clipAudio,
        Transition transition,
        List<Dialogue> dialogue,
        List<SubtitleCue> subtitles,
        String description) implements Shot {

    public TakeShot {
        Ids.require(id, "shot");
        Objects.requireNonNull(description, "description");
        takes = List.copyOf(takes);
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(transition, "transition");
        dialogue = List.copyOf(dialogue);
        subtitles = List.copyOf(subtitles);
        if (takes.isEmpty()) {
            throw new IllegalArgumentException("shot '" + id + "' has no takes");
        }
        if (selected == null) {
            selected = takes.get(0).id();
        }
        final String sel = selected;
        if (takes.stream().noneMatch(t -> t.id().equals(sel))) {
            throw new IllegalArgumentException("shot '" + id + "': selected take '" + selected + "' is not one of its takes");
        }
        if (takes.stream().map(Take::id).distinct().count() != takes.size()) {
            throw new IllegalArgumentException("shot '" + id + "' has two takes with the same id");
        }
    }

    /** A shot without a description. */
    public TakeShot(String id, List<Take> takes, String selected, FitMode fit, double gain, boolean clipAudio,
            Transition transition, List<Dialogue> dialogue, List<SubtitleCue> subtitles) {
        this(id, takes, selected, fit, gain, clipAudio, transition, dialogue, subtitles, "");
    }

    public Take selectedTake() {
        return take(selected).orElseThrow();
    }

    public Optional<Take> take(String takeId) {
        return takes.stream().filter(t -> t.id().equals(takeId)).findFirst();
    }

    public TakeShot withSelected(String takeId) {
        return new TakeShot(id, takes, takeId, fit, gain, clipAudio, transition, dialogue, subtitles, description);
    }

    public TakeShot withTakes(List<Take> newTakes) {
        return new TakeShot(id, newTakes, selected, fit, gain, clipAudio, transition, dialogue, subtitles, description);
    }

    public TakeShot withDescription(String newDescription) {
        return new TakeShot(id, takes, selected, fit, gain, clipAudio, transition, dialogue, subtitles, newDescription);
    }

    @Override
    public TakeShot withTransition(Transition t) {
        return new TakeShot(id, takes, selected, fit, gain, clipAudio, t, dialogue, subtitles, description);
    }

    @Override
    public TakeShot withDialogue(List<Dialogue> d) {
        return new TakeShot(id, takes, selected, fit, gain, clipAudio, transition, d, subtitles, description);
    }

    @Override
    public TakeShot withSubtitles(List<SubtitleCue> s) {
        return new TakeShot(id, takes, selected, fit, gain, clipAudio, transition, dialogue, s, description);
    }
}
