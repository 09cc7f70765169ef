package io.cutroom.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work off the FX thread and hands its result back on it. View-models take one, so tests can
 * pass {@link #currentThread()} and see asynchronous work happen at once, in order.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work}, then {@code done} with its result or {@code failed} with what it threw;
     * the callbacks run on the FX thread (or, for {@link #currentThread()}, on the caller's).
     */
    <T> void execute(Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Runs everything at once on the calling thread: for tests. */
    static TaskExecutor currentThread() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }

    /** Runs work on daemon worker threads named {@code name} and answers on the FX thread. */
    static TaskExecutor background(String name) {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        return new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                pool.execute(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> done.accept(result));
                    } catch (Exception e) {
                        Platform.runLater(() -> failed.accept(e));
                    }
                });
            }
        };
    }
}
