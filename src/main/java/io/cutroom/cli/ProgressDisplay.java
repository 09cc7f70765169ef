package io.cutroom.cli;

import io.cutroom.render.Renderer;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows render progress: a bar redrawn in place on a terminal, plain lines every 5% otherwise
 * (logs, CI, pipes).
 */
final class ProgressDisplay implements Renderer.Listener {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private long lastDraw;
    private int lastStep = -1;
    private boolean drawn;

    ProgressDisplay(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(double fraction, double speed, Duration eta, String stage) {
        int percent = (int) Math.floor(fraction * 100);
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && fraction < 1) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(fraction * WIDTH);
            out.printf(Locale.ROOT, "\r[%s%s] %3d%%  %5.1fx  ETA %s  %-24.24s", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), percent, speed, eta(eta), stage);
            drawn = true;
        } else {
            int step = percent / 5;
            if (step == lastStep) {
                return;
            }
            lastStep = step;
            out.printf(Locale.ROOT, "progress %d%% speed %.1fx eta %s (%s)%n", percent, speed, eta(eta), stage);
        }
        out.flush();
    }

    synchronized void close() {
        if (terminal && drawn) {
            out.println();
            out.flush();
        }
    }

    static String eta(Duration eta) {
        if (eta == null) {
            return "--:--";
        }
        long s = eta.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
