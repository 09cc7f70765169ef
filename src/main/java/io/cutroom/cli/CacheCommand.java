package io.cutroom.cli;

import io.cutroom.media.EditorCaches;
import io.cutroom.render.RenderCache;
import io.cutroom.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cache", description = {
        "Show Cutroom's caches: rendered segments, audio mixes and loudness measurements kept so that",
        "a re-render only redoes what changed, and the editor's thumbnails and waveforms. Set their",
        "folder with CUTROOM_CACHE, the render cache's limit with CUTROOM_CACHE_LIMIT (such as 50G);",
        "the least recently used render entries go first."})
final class CacheCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--clean", description = "remove everything in the render cache and the editor's thumbnails and waveforms")
    boolean clean;

    @Override
    public Integer call() throws CliException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            RenderCache cache = RenderCache.standard();
            if (clean) {
                RenderCache.Usage removed = cache.clean();
                out.printf("removed %d entries, %s, from %s%n", removed.entries(), RenderCache.human(removed.bytes()),
                        cache.folder());
                EditorCaches.Usage gone = editorCaches(true);
                out.printf("removed %d thumbnails and waveforms, %s%n", gone.files(), RenderCache.human(gone.bytes()));
                return 0;
            }
            RenderCache.Usage usage = cache.usage();
            out.println("folder   " + cache.folder());
            out.println("entries  " + usage.entries());
            out.println("size     " + RenderCache.human(usage.bytes()) + " of " + RenderCache.human(cache.limit())
                    + " (CUTROOM_CACHE_LIMIT)");
            EditorCaches.Usage used = editorCaches(false);
            out.println("editor   " + used.files() + " files, " + RenderCache.human(used.bytes()) + " (thumbnails, waveforms)");
            return 0;
        } catch (RenderException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            throw new CliException("cannot read the render cache: " + e.getMessage());
        }
    }

    /** What the editor's thumbnail and waveform folders hold, together; emptied first when {@code clean}. */
    private static EditorCaches.Usage editorCaches(boolean clean) throws IOException {
        long files = 0;
        long bytes = 0;
        for (Path folder : EditorCaches.folders()) {
            EditorCaches.Usage usage = clean ? EditorCaches.clean(folder) : EditorCaches.usage(folder);
            files += usage.files();
            bytes += usage.bytes();
        }
        return new EditorCaches.Usage(files, bytes);
    }
}
