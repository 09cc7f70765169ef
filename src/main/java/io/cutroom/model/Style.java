package io.cutroom.model;

import java.util.Objects;

/**
 * The look shared by every episode of a project.
 *
 * @param lut a {@code .cube} LUT applied to every take (path relative to the project file), or null
 */
public record Style(SubtitleStyle subtitles, String lut) {

    public static final Style DEFAULT = new Style(SubtitleStyle.DEFAULT, null);

    public Style {
        Objects.requireNonNull(subtitles, "subtitles");
    }
}
