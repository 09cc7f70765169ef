package io.cutroom.ui.bin;

import io.cutroom.ui.Selection;
import java.util.List;

/**
 * One row of the media bin: a scene, a shot in it, or a take of the shot.
 *
 * @param title the row's main text
 * @param detail a second line: provenance for takes (model, seed, prompt, notes), "" if none
 * @param status why the take's file cannot be used ("source missing on disk", "unreadable: …"), or ""
 * @param selected for a take, whether it is the shot's selected take
 */
public record BinNode(Kind kind, String title, String detail, String status, boolean selected, Selection selection,
        List<BinNode> children) {

    /** What the row stands for. */
    public enum Kind { SCENE, SHOT, TAKE }

    public BinNode {
        children = List.copyOf(children);
    }

    /** Whether the take's file is offline or unreadable. */
    public boolean isOffline() {
        return !status.isEmpty();
    }
}
