package io.cutroom.ui.timeline;

import io.cutroom.model.Rational;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Small pictures of clips for the timeline, made in the background and cached by whoever
 * implements this (the {@code media} package's thumbnailer, through an adapter). Called on the FX
 * thread while drawing, so it must answer at once.
 */
@FunctionalInterface
public interface ThumbnailProvider {

    /** Draws no pictures: shot blocks show their names only. */
    ThumbnailProvider NONE = (source, time, height, ready) -> Optional.empty();

    /**
     * The picture of {@code source} at source time {@code time}, {@code height} pixels high, if it
     * is ready; if not, it is made in the background and {@code ready} is run on the FX thread once
     * it is.
     */
    Optional<Image> thumbnail(Path source, Rational time, int height, Runnable ready);
}
