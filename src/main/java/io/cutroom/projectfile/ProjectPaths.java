package io.cutroom.projectfile;

import io.cutroom.model.Project;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleStyle;
import java.nio.file.Path;

/**
 * Paths in a project file are relative to the file's folder (the media root, the LUT, the subtitle
 * font; media paths are relative to the media root). When a project is written to another folder
 * (Save As, a recovery copy of an untitled project) they must be rewritten to name the same files.
 */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * The project with its folder-relative paths rewritten so that, read from {@code toDir}, they
     * name the same files as they did from {@code fromDir}. Absolute paths are left as they are; a
     * path that cannot be made relative (another drive) becomes absolute.
     */
    public static Project rebase(Project project, Path fromDir, Path toDir) {
        Path from = fromDir.toAbsolutePath().normalize();
        Path to = toDir.toAbsolutePath().normalize();
        if (from.equals(to)) {
            return project;
        }
        Style style = project.style();
        SubtitleStyle sub = style.subtitles();
        SubtitleStyle newSub = sub.withFont(rebase(sub.font(), from, to));
        return new Project(project.format(), rebase(project.mediaRoot(), from, to),
                new Style(newSub, rebase(style.lut(), from, to)), project.episodes());
    }

    private static String rebase(String path, Path from, Path to) {
        if (path == null || Path.of(path).isAbsolute()) {
            return path;
        }
        Path file = from.resolve(path).normalize();
        if (to.getRoot() == null || !to.getRoot().equals(file.getRoot())) {
            return file.toString();
        }
        String relative = to.relativize(file).toString().replace(to.getFileSystem().getSeparator(), "/");
        return relative.isEmpty() ? "." : relative;
    }
}
