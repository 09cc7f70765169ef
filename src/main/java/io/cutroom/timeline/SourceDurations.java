package io.cutroom.timeline;

import io.cutroom.model.Rational;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Durations of media files, for takes, dialogue and music whose {@code out} is left open. The
 * timeline does not read files; the caller answers from probes (or not at all).
 */
@FunctionalInterface
public interface SourceDurations {

    Optional<Rational> duration(Path source);

    /** Knows nothing: every open {@code out} is an error. */
    static SourceDurations unknown() {
        return source -> Optional.empty();
    }
}
