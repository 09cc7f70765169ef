package io.cutroom.ui.viewer;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Frames of clips for the viewer, decoded off the FX thread by whoever implements this (the
 * {@code media} package's frame reader, through an adapter). Called on the FX thread, so it must
 * answer at once.
 */
@FunctionalInterface
public interface FrameProvider {

    /** Decodes nothing: the viewer names the clip, the take and the source time instead. */
    FrameProvider NONE = (source, which, ready) -> Optional.empty();

    /**
     * The frame of {@code source} that {@code which} chooses, if decoded; if not, it is decoded in
     * the background and {@code ready} is run on the FX thread once it is.
     */
    Optional<Image> frame(Path source, SourceFrame which, Runnable ready);

    /** Decodes the frame {@code which} chooses ahead of need (the next shot, while playing), if there is time to spare. */
    default void prepare(Path source, SourceFrame which) {
    }

    /**
     * Whether no frame of {@code source} will come (missing, broken, or a provider that decodes
     * nothing, as by default): then the viewer names the clip rather than holding the last frame.
     */
    default boolean unavailable(Path source) {
        return true;
    }

    /** The height in pixels at which pictures are shown, so frames are decoded no larger than needed. */
    default void setPictureHeight(int pixels) {
    }
}
