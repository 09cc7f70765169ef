package io.cutroom.model;

import java.util.List;

/**
 * One shot of a scene: a generated clip ({@link TakeShot}), a text {@link Card}, or a
 * {@link Slate} standing in for a shot not generated yet. Dialogue and subtitles are anchored to
 * the shot and move with it.
 */
public sealed interface Shot permits TakeShot, Card, Slate {

    String id();

    /** How this shot begins after the previous one. */
    Transition transition();

    List<Dialogue> dialogue();

    List<SubtitleCue> subtitles();

    Shot withTransition(Transition transition);

    Shot withDialogue(List<Dialogue> dialogue);

    Shot withSubtitles(List<SubtitleCue> subtitles);
}
