package io.cutroom.ui.render;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Hands a file or folder to the desktop: the user's video player for a rendered episode, the file
 * manager for its folder. May block a while: call it off the FX thread.
 */
@FunctionalInterface
public interface FileOpener {

    /**
     * Opens {@code file} with the application the desktop chooses.
     *
     * @throws IOException with a message for the user when nothing can open it
     */
    void open(Path file) throws IOException;

    /**
     * {@link java.awt.Desktop} when it can open files, else the system's own command
     * ({@code xdg-open} on Linux and BSD, {@code open} on macOS, {@code explorer} on Windows).
     */
    static FileOpener standard() {
        return file -> {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                try {
                    Desktop.getDesktop().open(file.toFile());
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    // the desktop has no application for it: the system command may know better
                }
            }
            command(System.getProperty("os.name", "")).open(file);
        };
    }

    /** The command that opens files on {@code osName}, run as a process. */
    static FileOpener command(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        String program = os.startsWith("windows") ? "explorer" : os.startsWith("mac") ? "open" : "xdg-open";
        return file -> {
            Process p;
            try {
                p = new ProcessBuilder(List.of(program, file.toString())).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new IOException("Cannot open " + file + ": neither the desktop nor " + program
                        + " can open files here; open it from your file manager");
            }
            try {
                // xdg-open hands the file over and ends; a failure to find an application shows in its exit code
                if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() != 0) {
                    throw new IOException("Cannot open " + file + ": " + program + " found no application for it (exit code "
                            + p.exitValue() + "); open it from your file manager");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
