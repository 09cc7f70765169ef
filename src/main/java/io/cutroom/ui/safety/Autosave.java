package io.cutroom.ui.safety;

import io.cutroom.model.Project;
import io.cutroom.projectfile.ProjectFileException;
import io.cutroom.projectfile.ProjectPaths;
import io.cutroom.projectfile.Recovery;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Keeps a recovery copy of the editor's project ({@link Recovery}) and offers the copies a crash
 * left behind. A couple of seconds after the last edit, an unsaved project is written to its copy
 * on a worker thread; saving it, undoing back to the saved state, or closing it without saving
 * deletes the copy. When a project is opened whose copy is newer than the file, or the editor
 * starts with no project while untitled copies are left over, {@link #offerProperty()} holds the
 * copy until the user restores or discards it.
 */
public final class Autosave {

    /** How long after the last edit the copy is written. */
    public static final Duration DELAY = Duration.ofSeconds(2);

    /** Runs an action on the FX thread after a delay; the returned action cancels it if it has not run. */
    @FunctionalInterface
    public interface Timer {
        Runnable schedule(Duration delay, Runnable action);

        /** A daemon thread that hands the action to the FX thread when its time comes. */
        static Timer fx() {
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cutroom-autosave-timer");
                t.setDaemon(true);
                return t;
            });
            return (delay, action) -> {
                ScheduledFuture<?> f = clock.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            };
        }
    }

    private final EditorViewModel editor;
    private final TaskExecutor tasks;
    private final Timer timer;
    private final ReadOnlyObjectWrapper<Recovery.Found> offer = new ReadOnlyObjectWrapper<>(this, "offer");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Deque<Recovery.Found> waiting = new ArrayDeque<>();
    /** Held while a copy is written or discarded, so that a late write cannot follow a discard. */
    private final Object guard = new Object();

    private Recovery.Session session;
    private Path sessionFile;
    private Runnable pending;
    private int writes;

    public Autosave(EditorViewModel editor, TaskExecutor tasks, Timer timer) {
        this.editor = editor;
        this.tasks = tasks;
        this.timer = timer;
        sessionFile = editor.fileProperty().get();
        editor.fileProperty().addListener((o, a, b) -> documentChanged(b));
        editor.projectProperty().addListener((o, a, b) -> edited());
        editor.dirtyProperty().addListener((o, a, b) -> {
            if (!b) {
                discard();
            }
        });
    }

    /** A recovery copy to offer the user now, or null. */
    public ReadOnlyObjectProperty<Recovery.Found> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Why the last recovery copy could not be written, read or deleted; "" when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Offers the untitled projects' copies nobody is using (those a crash left), newest first: on start with no project. */
    public void offerUntitled() {
        offerUntitled(Recovery.findUntitled());
    }

    void offerUntitled(List<Recovery.Found> found) {
        waiting.addAll(found);
        next();
    }

    /**
     * Restores the copy offered: the project becomes the recovered one, as one undoable edit, and
     * counts as unsaved; other copies waiting are offered on the next start. A copy that cannot be
     * read is kept and the problem shown.
     */
    public void restore() {
        Recovery.Found found = offer.get();
        if (found == null) {
            return;
        }
        Project recovered;
        try {
            recovered = found.read();
        } catch (ProjectFileException e) {
            problem.set("Cannot restore the recovery copy: " + e.getMessage());
            next();
            return;
        }
        if (found.isUntitled()) {
            Project rebased = ProjectPaths.rebase(recovered, found.baseDir(), editor.projectDir());
            if (editor.projectProperty().get() == null) {
                editor.newProject();
            }
            editor.apply("Restore unsaved changes", p -> rebased);
            // this window keeps its own copy from now on; the old one is read and can go
            deleteQuietly(found);
        } else {
            editor.apply("Restore unsaved changes", p -> recovered);
        }
        saveNow();
        // one restored project per window: other copies wait for the next start
        waiting.clear();
        next();
    }

    /** Deletes the copy offered: the user does not want it. */
    public void discardOffer() {
        Recovery.Found found = offer.get();
        if (found != null) {
            deleteQuietly(found);
            next();
        }
    }

    /** The window closes (the user saved or chose not to): the copy goes, the session ends. */
    public void close() {
        cancelPending();
        discard();
        synchronized (guard) {
            if (session != null) {
                session.close();
                session = null;
            }
        }
    }

    /** Writes the copy at once if the project has unsaved changes, instead of waiting for the delay. */
    public void saveNow() {
        cancelPending();
        write();
    }

    // ---- internals

    private void documentChanged(Path file) {
        if (Objects.equals(file, sessionFile)) {
            return;
        }
        // another document (opened, new, or saved elsewhere): the old copy is saved or was declined
        close();
        sessionFile = file;
        waiting.clear();
        offer.set(null);
        if (file != null) {
            Recovery.find(file).ifPresent(f -> {
                waiting.add(f);
                next();
            });
        }
    }

    private void edited() {
        cancelPending();
        if (editor.projectProperty().get() != null) {
            pending = timer.schedule(DELAY, () -> {
                pending = null;
                write();
            });
        }
    }

    private void write() {
        Project project = editor.projectProperty().get();
        if (project == null || !editor.isDirty()) {
            return;
        }
        Recovery.Session target;
        try {
            target = session();
        } catch (ProjectFileException e) {
            problem.set("Cannot keep a recovery copy: " + e.getMessage());
            return;
        }
        int generation;
        synchronized (guard) {
            generation = writes;
        }
        tasks.execute(() -> {
            synchronized (guard) {
                if (generation == writes) {
                    target.write(project);
                }
            }
            return target.copy();
        }, copy -> problem.set(""), failure -> problem.set("Cannot write the recovery copy: " + failure.getMessage()));
    }

    private Recovery.Session session() throws ProjectFileException {
        synchronized (guard) {
            if (session == null) {
                Path file = editor.fileProperty().get();
                session = file != null ? Recovery.start(file) : Recovery.startUntitled(editor.projectDir());
            }
            return session;
        }
    }

    /** Deletes the copy; a write already queued is then skipped. */
    private void discard() {
        cancelPending();
        synchronized (guard) {
            writes++;
            if (session != null) {
                try {
                    session.discard();
                } catch (ProjectFileException e) {
                    problem.set(e.getMessage());
                }
            }
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.run();
            pending = null;
        }
    }

    private void next() {
        offer.set(waiting.poll());
    }

    private void deleteQuietly(Recovery.Found found) {
        try {
            found.discard();
        } catch (ProjectFileException e) {
            problem.set(e.getMessage());
        }
    }
}
