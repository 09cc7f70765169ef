package io.cutroom.ui.media;

import io.cutroom.media.Thumbnails;
import io.cutroom.model.Rational;
import io.cutroom.ui.timeline.ThumbnailProvider;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.image.Image;

/**
 * The timeline's thumbnails from {@link Thumbnails} (decoded in the background, kept as JPEGs on
 * disk): each asked for once, converted for JavaFX off the FX thread, and kept while recently
 * drawn. A source that cannot be decoded is not asked for again; its block shows its name.
 */
public final class MediaThumbnails implements ThumbnailProvider {

    /** Thumbnails kept as images: about 14 MB at the timeline's height. */
    static final int KEPT = 1000;

    private record Key(Path source, Rational time, int height) {
    }

    private final Thumbnails thumbnails;
    private final Executor fx;
    private final Map<Key, Optional<Image>> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<Image>> eldest) {
            return size() > KEPT;
        }
    };
    private final Map<Key, Boolean> asked = new java.util.HashMap<>();

    /**
     * @param thumbnails where pictures come from
     * @param fx the FX thread ({@code Platform::runLater}), where answers are taken in and {@code ready} runs
     */
    public MediaThumbnails(Thumbnails thumbnails, Executor fx) {
        this.thumbnails = thumbnails;
        this.fx = fx;
    }

    @Override
    public Optional<Image> thumbnail(Path source, Rational time, int height, Runnable ready) {
        Key key = new Key(source, time, Math.max(1, height));
        Optional<Image> known = images.get(key);
        if (known != null) {
            return known;
        }
        if (asked.putIfAbsent(key, Boolean.TRUE) == null) {
            thumbnails.thumbnail(source, time, key.height()).whenComplete((picture, failure) -> {
                Optional<Image> image = failure == null ? Optional.of(DecodedFrames.image(picture)) : Optional.empty();
                fx.execute(() -> {
                    asked.remove(key);
                    images.put(key, image);
                    if (image.isPresent()) {
                        ready.run();
                    }
                });
            });
        }
        return Optional.empty();
    }
}
