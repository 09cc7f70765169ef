package io.cutroom.ui.viewer;

import io.cutroom.render.BurnIn;
import io.cutroom.render.TextLayout;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.SubtitleEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The viewer's subtitles laid out by {@link BurnIn} with the font the render would choose for the
 * cut, which is chosen again only when the cut changes.
 */
final class SubtitleFonts {

    private Cut fontCut;
    private Optional<TextLayout> font = Optional.empty();

    /** The cues showing at {@code frame}, laid out on a frame of the cut's format. */
    List<BurnIn.Placement> placements(Cut cut, long frame) {
        if (cut != fontCut) {
            fontCut = cut;
            font = BurnIn.font(cut);
        }
        if (font.isEmpty()) {
            return List.of();
        }
        List<BurnIn.Placement> placed = new ArrayList<>();
        for (SubtitleEvent e : cut.subtitles()) {
            if (e.range().contains(frame) && BurnIn.unsupported(e.text()).isEmpty()) {
                placed.add(BurnIn.place(cut.subtitleStyle(), cut.format().width(), cut.format().height(), font.get(),
                        e.text(), e.speaker()));
            }
        }
        return placed;
    }

    Optional<Path> fontFile() {
        return font.map(TextLayout::fontFile);
    }
}
