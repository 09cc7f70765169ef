package io.cutroom.ui.editor;

import io.cutroom.ui.SourceState;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Looks at the media files a project names: which are on disk, how long they are. Runs on a
 * worker thread and may take a while (it probes files).
 */
@FunctionalInterface
public interface MediaScanner {

    /** The state of every file in {@code files}. */
    Map<Path, SourceState> scan(Collection<Path> files);
}
