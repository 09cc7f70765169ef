package io.cutroom.ui.timeline;

import io.cutroom.model.FrameRange;
import io.cutroom.ui.Selection;
import java.util.Objects;

/**
 * One block on a lane: a scene, a shot, a line of dialogue, a music cue or a subtitle, at whole
 * frames of the episode (audio is widened to the frames it touches).
 *
 * @param label the text drawn on the block
 * @param selection what clicking the block selects
 * @param event the {@code io.cutroom.timeline} event it shows ({@code SceneSpan}, {@code VideoEvent},
 *     {@code AudioEvent}, {@code MusicEvent} or {@code SubtitleEvent}), for drawing its details
 */
public record TimelineItem(Lane lane, FrameRange range, String label, Selection selection, Object event) {

    public TimelineItem {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(event, "event");
    }
}
