package io.cutroom.ui.editor;

import io.cutroom.model.Project;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleStyle;
import java.nio.file.Path;

/**
 * Keeps a project's relative paths (media root, LUT, subtitle font) pointing at the same files when
 * the project file moves to another folder (Save As). Paths stay relative where they can.
 */
final class Rebase {

    private Rebase() {
    }

    /** The project as saved in {@code newDir}; the same object when nothing needs to change. */
    static Project project(Project p, Path oldDir, Path newDir) {
        if (oldDir.equals(newDir)) {
            return p;
        }
        String root = path(p.mediaRoot(), oldDir, newDir);
        Style style = p.style();
        SubtitleStyle sub = style.subtitles();
        String font = sub.font() == null ? null : path(sub.font(), oldDir, newDir);
        String lut = style.lut() == null ? null : path(style.lut(), oldDir, newDir);
        Style rebased = new Style(new SubtitleStyle(font, sub.size(), sub.color(), sub.outlineColor(), sub.outline(),
                sub.box(), sub.boxColor(), sub.position(), sub.margin()), lut);
        return new Project(p.format(), root, rebased, p.episodes());
    }

    /** {@code path}, relative to {@code oldDir}, made relative to {@code newDir} (absolute paths stay). */
    static String path(String path, Path oldDir, Path newDir) {
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return path;
        }
        Path target = oldDir.resolve(given).normalize();
        if (newDir.getRoot() == null || !newDir.getRoot().equals(target.getRoot())) {
            return target.toString();
        }
        String rel = newDir.relativize(target).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
