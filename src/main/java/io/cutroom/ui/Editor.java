package io.cutroom.ui;

import io.cutroom.ui.delivery.Delivery;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MainWindow;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.editor.RecentProjects;
import io.cutroom.ui.media.StandardMedia;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the editor: the JavaFX toolkit, one window, and (if given) a project opened in it; returns
 * when the window is closed. {@code cutroom edit} calls {@link #run}.
 */
public final class Editor {

    private Editor() {
    }

    /**
     * Opens the editor and waits until its window is closed.
     *
     * @param project a project file to open, or null to start with a new project
     * @param ffmpegOverride another ffmpeg than the bundled one, for probing media
     * @throws EditorException when there is no display to show a window on
     */
    public static void run(Path project, Optional<Path> ffmpegOverride) throws EditorException {
        Optional<String> noDisplay = missingDisplay(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("glass.platform"));
        if (noDisplay.isPresent()) {
            throw new EditorException(noDisplay.get());
        }
        // JavaFX on the class path (not the module path) warns once at start; that configuration is ours on purpose
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        CountDownLatch closed = new CountDownLatch(1);
        EditorException[] failure = new EditorException[1];
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    MainWindow window = open(stage, ffmpegOverride);
                    stage.setOnHidden(e -> closed.countDown());
                    stage.show();
                    if (project != null) {
                        window.viewModel().open(project);
                    } else {
                        window.viewModel().newProject();
                    }
                } catch (RuntimeException e) {
                    failure[0] = new EditorException("cannot open the editor window: " + e.getMessage());
                    closed.countDown();
                }
            });
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new EditorException("cannot start the editor: " + e.getMessage());
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /**
     * A window on {@code stage} with the standard services: background tasks, probing, recent
     * projects, thumbnails, waveforms, decoded frames and sound.
     */
    public static MainWindow open(Stage stage, Optional<Path> ffmpegOverride) {
        EditorViewModel vm = new EditorViewModel(new EditorViewModel.Services(TaskExecutor.background("cutroom-editor"),
                ProbingScanner.standard(ffmpegOverride), RecentProjects.standard()));
        StandardMedia media = StandardMedia.open(ffmpegOverride);
        return new MainWindow(stage, vm, new MainWindow.Providers(media.thumbnails(), media.waveforms(), media.frames(),
                media.clock()), Delivery.Services.standard(ffmpegOverride));
    }

    /**
     * Why no window can be shown, if that is so: on Linux and other X11/Wayland systems, neither
     * {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set (and JavaFX is not told to draw headless).
     */
    public static Optional<String> missingDisplay(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equals(glassPlatform)) {
            return Optional.empty();
        }
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("cannot open the editor: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set);"
                + " run it in a desktop session, or over ssh -X");
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }
}
