package io.cutroom.ui.bin;

import io.cutroom.media.Footage;
import io.cutroom.media.ProvenanceSidecars;
import io.cutroom.model.Project;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.MediaPlacement;
import io.cutroom.timeline.ShotAddress;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * File › Import Media by Name…: files a folder of generated clips into the takes of their shots by
 * the naming convention ({@code S03_SH02_take4.mp4}) or their provenance sidecars, as
 * {@code cutroom import-media} does ({@link MediaPlacement}), in the episode shown. The folder is
 * read and probed in the background; the placing is one undoable edit. A slate that gets a take
 * becomes a shot and that take is selected; a new take of a shot that has takes is not selected
 * (Edit › Take chooses). Clips already there are not added again.
 */
public final class ImportByName {

    /**
     * What an import did.
     *
     * @param summary one line: how many clips were placed, were already there, were not placed
     * @param placed a line per clip placed or already there ({@link MediaPlacement.Placed#toString()})
     * @param notPlaced a line per clip not placed, with the reason
     */
    public record Report(String summary, List<String> placed, List<String> notPlaced) {
        public Report {
            placed = List.copyOf(placed);
            notPlaced = List.copyOf(notPlaced);
        }
    }

    private final EditorViewModel editor;
    private final TaskExecutor tasks;
    private final Footage.Probe probe;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");

    public ImportByName(EditorViewModel editor, TaskExecutor tasks, Footage.Probe probe) {
        this.editor = editor;
        this.tasks = tasks;
        this.probe = probe;
    }

    /** The outcome of the last import (or why it could not be made); null before the first. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Files the clips in {@code folder} and its subfolders; the report tells how it went. */
    public void importFolder(Path folder) {
        if (editor.projectProperty().get() == null || editor.episode() == null) {
            report.set(new Report("Nothing to import into: open a project first", List.of(), List.of()));
            return;
        }
        tasks.execute(() -> {
            if (!Files.isDirectory(folder)) {
                throw new IOException(folder + ": no such folder");
            }
            return Footage.read(List.of(folder), probe);
        }, items -> place(folder, items),
                failure -> report.set(new Report("Cannot import: " + failure.getMessage(), List.of(), List.of())));
    }

    private void place(Path folder, List<Footage.Item> items) {
        Map<Path, SourceState> states = new LinkedHashMap<>();
        List<MediaPlacement.Clip> clips = new ArrayList<>();
        for (Footage.Item item : items) {
            if (item.info() != null) {
                states.put(item.file(), SourceState.ready(item.file(), item.info().duration()));
            }
            ProvenanceSidecars.Sidecar s = item.sidecar();
            ShotAddress said = s == null ? ShotAddress.NONE
                    : ShotAddress.sidecar(s.sceneNumber(), s.sceneId(), s.shotNumber(), s.shotId());
            clips.add(MediaPlacement.Clip.in(folder, item.file(), item.provenance(), said, item.problem()));
        }
        editor.addMedia(states);
        Map<Path, SourceState> known = editor.mediaProperty().get();
        SourceDurations durations = source -> Optional.ofNullable(known.get(source)).map(SourceState::duration);
        MediaPlacement placement = new MediaPlacement(editor.projectDir(), durations);
        String episodeId = editor.episode().id();
        List<MediaPlacement.Result> result = new ArrayList<>();
        boolean done = editor.apply("Import Media by Name", p -> {
            MediaPlacement.Result r = placement.place(p, episodeId, clips, false);
            result.add(r);
            return r.project();
        });
        if (!done || result.isEmpty()) {
            report.set(new Report("Could not import " + folder.getFileName() + ": " + editor.messageProperty().get(),
                    List.of(), List.of()));
            return;
        }
        MediaPlacement.Result r = result.get(0);
        String summary = clips.isEmpty() ? "Nothing to import: no files in " + folder
                : "Placed " + plural(r.added(), "clip") + ", " + r.alreadyThere() + " already there, "
                        + r.skipped().size() + " not placed";
        editor.showMessage(summary);
        report.set(new Report(summary, r.placed().stream().map(Object::toString).toList(),
                r.skipped().stream().map(Object::toString).toList()));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
