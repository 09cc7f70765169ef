package io.cutroom.bench;

import io.cutroom.model.Project;
import io.cutroom.testing.Projects;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.RecentProjects;
import io.cutroom.ui.timeline.Lane;
import io.cutroom.ui.timeline.TimelineView;
import io.cutroom.ui.timeline.TimelineViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.commons.io.file.PathUtils;

/**
 * The editor benchmark: a generated 1,000-shot episode (50 scenes, about 70 minutes) opened in the
 * editor's view-model and scrolled across at three zooms, drawing each step on the timeline's
 * canvas (in JavaFX's headless Monocle toolkit, software rendering). "draw" is the time to issue a
 * frame's drawing commands on the FX thread; JavaFX rasterises them afterwards on its render thread.
 * Prints figures; it is not a test and asserts nothing.
 *
 * <p>Run with {@code scripts/benchmark-editor.sh}, or {@code mvn -Pbenchmark -DskipTests package
 * exec:java -Dbench.main=io.cutroom.bench.EditorBenchmark}.
 */
public final class EditorBenchmark {

    private static final int SHOTS = 1000;
    private static final int ROUNDS = 5;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cutroom-editor-bench");
        try {
            run(dir);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
        System.exit(0);
    }

    private static void run(Path dir) throws Exception {
        Project project = Projects.generated(SHOTS);
        Path file = dir.resolve("generated.cutroom.json");
        io.cutroom.projectfile.ProjectFile.write(project, file);
        System.out.printf(Locale.ROOT, "editor benchmark: %d shots, %d scenes, project file %,d bytes, %d rounds (best and median)%n",
                SHOTS, project.episodes().get(0).scenes().size(), Files.size(file), ROUNDS);

        startToolkit();
        // opening: read + resolve + lanes + bin + inspector, the media scan answering at once (files are all missing)
        long[] open = new long[ROUNDS];
        EditorViewModel[] last = new EditorViewModel[1];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            onFx(() -> {
                EditorViewModel vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.currentThread(),
                        files -> missing(files), new RecentProjects(dir.resolve("recent"))));
                vm.timeline().setWidth(1400);
                vm.open(file);
                last[0] = vm;
            });
            open[i] = System.nanoTime() - t0;
        }
        EditorViewModel vm = last[0];
        TimelineViewModel timeline = vm.timeline();
        System.out.printf(Locale.ROOT, "open (read, probe answers, resolve, lay out, bin): best %.0f ms, median %.0f ms;"
                        + " %d video items, %s long%n", ms(best(open)), ms(median(open)), timeline.items(Lane.VIDEO).size(),
                io.cutroom.ui.timeline.Timecode.of(timeline.duration(), timeline.frameRate()));

        TimelineView[] view = new TimelineView[1];
        onFx(() -> {
            view[0] = new TimelineView(timeline);
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 1400, Lane.totalHeight() + 16));
            stage.show();
        });
        Map<String, Double> zooms = new LinkedHashMap<>();
        zooms.put("whole episode", timeline.fitPixelsPerFrame());
        zooms.put("2 px a frame", 2.0);
        zooms.put("single frames (48 px a frame)", TimelineViewModel.MAX_PIXELS_PER_FRAME);
        for (Map.Entry<String, Double> zoom : zooms.entrySet()) {
            scroll(timeline, view[0], zoom.getKey(), zoom.getValue());
        }
    }

    /** Scrolls from start to end in steps of 300 pixels (at most 400 steps), timing the layout queries and the drawing. */
    private static void scroll(TimelineViewModel timeline, TimelineView view, String name, double pixelsPerFrame) throws Exception {
        onFx(() -> {
            timeline.fit();
            timeline.zoomAt(pixelsPerFrame / timeline.pixelsPerFrame(), TimelineViewModel.GUTTER);
        });
        double span = Math.max(1, timeline.maxFirstFrame());
        int steps = (int) Math.min(400, Math.max(1, Math.ceil(span * pixelsPerFrame / 300)));
        long[] layout = new long[steps];
        long[] draw = new long[steps];
        int[] drawn = new int[1];
        for (int i = 0; i < steps; i++) {
            int step = i;
            onFx(() -> {
                long t0 = System.nanoTime();
                timeline.scrollTo(span * step / Math.max(1, steps - 1));
                for (Lane lane : Lane.values()) {
                    drawn[0] = Math.max(drawn[0], timeline.visibleItems(lane).size());
                }
                long t1 = System.nanoTime();
                view.draw();
                long t2 = System.nanoTime();
                layout[step] = t1 - t0;
                draw[step] = t2 - t1;
            });
        }
        double seconds = timeline.contentWidth() / pixelsPerFrame / timeline.frameRate().asRational().toDouble();
        System.out.printf(Locale.ROOT, "scroll at %-30s %3d steps: visible-item queries median %5.0f µs, draw median %5.2f ms,"
                        + " slowest draw %5.2f ms; %.0f s and at most %d items in view per lane%n", name + ":", steps,
                median(layout) / 1e3, ms(median(draw)), ms(Arrays.stream(draw).max().orElse(0)), seconds, drawn[0]);
    }

    private static Map<Path, SourceState> missing(java.util.Collection<Path> files) {
        Map<Path, SourceState> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f, SourceState.missing(f)));
        return out;
    }

    private static void startToolkit() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await(20, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    private static long best(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
