package io.cutroom.timeline;

import io.cutroom.model.FrameRange;

/**
 * A scene's part of the episode: from its first shot's first frame to the next scene's first
 * frame. Spans tile the episode without gaps or overlaps, so a crossfade into a scene belongs to
 * the later scene's span.
 */
public record SceneSpan(String sceneId, String heading, String chapterTitle, FrameRange range) {
}
