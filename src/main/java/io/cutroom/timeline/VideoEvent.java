package io.cutroom.timeline;

import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import io.cutroom.model.FrameRange;
import io.cutroom.model.Rational;
import java.nio.file.Path;

/**
 * One piece of picture on the episode timeline, at absolute frames. Events are in timeline order;
 * an event overlaps the one before it only by its {@link #crossfadeIn()} frames.
 */
public sealed interface VideoEvent permits VideoEvent.Clip, VideoEvent.Card, VideoEvent.Slate {

    /** Where the event came from: episode, scene, shot (and take). */
    Origin origin();

    /** The frames the event occupies in the episode. */
    FrameRange range();

    /** Fade in from a colour at the start (dips). */
    Fade fadeIn();

    /** Fade out to a colour at the end (dips). */
    Fade fadeOut();

    /** Frames at the start that blend over the end of the previous event (crossfade); 0 for none. */
    long crossfadeIn();

    /**
     * A take's frames.
     *
     * @param source absolute path of the clip
     * @param sourceIn source time of the event's first frame
     */
    record Clip(Origin origin, Path source, Rational sourceIn, FitMode fit, FrameRange range,
            Fade fadeIn, Fade fadeOut, long crossfadeIn) implements VideoEvent {
    }

    /** Text on a colour. */
    record Card(Origin origin, String text, Color background, Color color, FrameRange range, Fade fadeIn,
            Fade fadeOut, long crossfadeIn) implements VideoEvent {
    }

    /** A placeholder showing the description of a shot not generated yet. */
    record Slate(Origin origin, String description, FrameRange range, Fade fadeIn, Fade fadeOut,
            long crossfadeIn) implements VideoEvent {
    }
}
