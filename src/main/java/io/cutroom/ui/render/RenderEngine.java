package io.cutroom.ui.render;

import io.cutroom.model.Project;
import io.cutroom.render.EpisodeRender;
import io.cutroom.render.Preset;
import io.cutroom.render.RenderException;
import io.cutroom.render.Renderer;
import io.cutroom.timeline.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the render panel renders with: {@link StandardRenderEngine} (the engine {@code cutroom render}
 * uses), or a stand-in in tests.
 */
public interface RenderEngine {

    /**
     * One render as the panel asks for it.
     *
     * @param projectDir the folder the project's relative paths start from
     * @param preset the preset with the subtitle mode chosen
     */
    record Job(Project project, Path projectDir, String episodeId, Preset preset, Path output) {

        public Job {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(projectDir, "projectDir");
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(preset, "preset");
            Objects.requireNonNull(output, "output");
        }
    }

    /**
     * What came of a render that was allowed to start.
     *
     * @param problems what the check before the render found (warnings, or the errors that stopped it)
     * @param finished the finished render, or null when errors stopped it before FFmpeg started
     */
    record Outcome(List<Problem> problems, EpisodeRender.Finished finished) {

        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks, plans and renders {@code job} on the calling thread (a worker, never the FX thread),
     * reporting progress to {@code listener} from the render's threads.
     *
     * @throws RenderException when the render fails, or {@code the render was cancelled}
     */
    Outcome render(Job job, Renderer.Listener listener) throws RenderException, InterruptedException;

    /** Stops the render running now, from any thread; {@link #render} then throws. */
    void cancel();
}
