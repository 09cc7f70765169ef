package io.cutroom.timeline;

import io.cutroom.model.FrameRange;

/** A subtitle at absolute frames; {@code speaker} may be null. */
public record SubtitleEvent(Origin origin, String text, String speaker, FrameRange range) {
}
