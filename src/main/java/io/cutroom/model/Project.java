package io.cutroom.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A project: the output format, where media lives, the shared style, and its episodes.
 *
 * @param mediaRoot folder that relative media paths start from, itself relative to the project
 *     file; {@code "."} for the project file's folder
 */
public record Project(Format format, String mediaRoot, Style style, List<Episode> episodes) {

    public Project {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaRoot, "mediaRoot");
        Objects.requireNonNull(style, "style");
        episodes = List.copyOf(episodes);
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("a project needs at least one episode");
        }
        if (episodes.stream().map(Episode::id).distinct().count() != episodes.size()) {
            throw new IllegalArgumentException("two episodes have the same id");
        }
    }

    public Optional<Episode> episode(String id) {
        return episodes.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Project withEpisodes(List<Episode> newEpisodes) {
        return new Project(format, mediaRoot, style, newEpisodes);
    }
}
