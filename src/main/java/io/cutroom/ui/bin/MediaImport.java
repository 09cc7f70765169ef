package io.cutroom.ui.bin;

import io.cutroom.media.Footage;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaInfo;
import io.cutroom.model.Episode;
import io.cutroom.model.FitMode;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.MediaPlacement;
import io.cutroom.timeline.Problem;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.editor.EditorViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * File › Import Media…: clips become takes of the selected shot ({@link Edits#addTake}), or, with a
 * scene selected (or nothing), new shots at the end of the scene, one per clip, named after the
 * file. Folders bring their clips in name order, subfolders included. Files are probed in the
 * background; files that are not clips with a picture are listed as skipped, with the reason. A
 * clip's provenance sidecar ({@code CLIP.json} or {@code CLIP.mp4.json}, see
 * {@link io.cutroom.media.ProvenanceSidecars}) gives its take's prompt, model, seed and notes; a
 * clip whose sidecar cannot be read is skipped, with the reason.
 * The whole import is one undoable edit.
 */
public final class MediaImport {

    /** Probes a file; {@code io.cutroom.media.MediaProbe::probe}. */
    @FunctionalInterface
    public interface ClipProbe {
        MediaInfo probe(Path file) throws MediaException;
    }

    /** Where the clips go: takes of a shot, or new shots at the end of a scene. */
    public record Target(boolean newShots, String id) {

        /** {@code takes of shot s1-a} or {@code new shots at the end of scene s2}. */
        public String describe() {
            return newShots ? "new shots at the end of scene " + id : "takes of shot " + id;
        }
    }

    /** A file that was not imported, and why. */
    public record Skipped(Path file, String reason) {
        @Override
        public String toString() {
            return file.getFileName() + ": " + reason;
        }
    }

    /**
     * What an import did.
     *
     * @param summary one line: what was added where, and how many files were skipped
     * @param skipped the files left out
     */
    public record Report(String summary, List<Skipped> skipped) {
        public Report {
            skipped = List.copyOf(skipped);
        }
    }

    private final EditorViewModel editor;
    private final TaskExecutor tasks;
    private final ClipProbe probe;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");

    public MediaImport(EditorViewModel editor, TaskExecutor tasks, ClipProbe probe) {
        this.editor = editor;
        this.tasks = tasks;
        this.probe = probe;
    }

    /** The outcome of the last import (or why it could not be made); null before the first. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /**
     * Where clips imported now would go: the shot of the selected shot, take, dialogue line or
     * subtitle; the selected scene; with nothing (or music) selected, the episode's last scene.
     */
    public static Optional<Target> target(Episode episode, Selection selection) {
        if (episode == null || episode.scenes().isEmpty()) {
            return Optional.empty();
        }
        if (selection != null && selection.kind() == Selection.Kind.SCENE) {
            return Optional.of(new Target(true, selection.id()));
        }
        if (selection != null && selection.shotId() != null) {
            return Optional.of(new Target(false, selection.shotId()));
        }
        return Optional.of(new Target(true, episode.scenes().get(episode.scenes().size() - 1).id()));
    }

    /** Imports {@code chosen} files and folders where {@link #target} says; the report tells how it went. */
    public void importFiles(List<Path> chosen) {
        Project project = editor.projectProperty().get();
        Optional<Target> where = target(editor.episode(), editor.selectionProperty().get());
        if (project == null || where.isEmpty()) {
            report.set(new Report("Nothing to import into: open a project first", List.of()));
            return;
        }
        Target target = where.get();
        tasks.execute(() -> probeAll(chosen), probed -> add(target, probed),
                failure -> report.set(new Report("Cannot import: " + failure.getMessage(), List.of())));
    }

    // ---- internals

    /** What reading the files found: clips by file, and the rest. */
    private record Probed(Map<Path, Footage.Item> clips, List<Skipped> skipped) {
    }

    private Probed probeAll(List<Path> chosen) throws IOException {
        Map<Path, Footage.Item> clips = new LinkedHashMap<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Footage.Item item : Footage.read(chosen, probe::probe)) {
            if (item.problem() == null) {
                clips.put(item.file(), item);
            } else {
                skipped.add(new Skipped(item.file(), item.problem()));
            }
        }
        return new Probed(clips, skipped);
    }

    private void add(Target target, Probed probed) {
        List<Skipped> skipped = probed.skipped();
        String skippedText = skipped.isEmpty() ? "" : "; " + plural(skipped.size(), "file") + " skipped";
        if (probed.clips().isEmpty()) {
            report.set(new Report("Nothing imported: no clips with a picture" + skippedText, skipped));
            return;
        }
        Map<Path, SourceState> states = new LinkedHashMap<>();
        probed.clips().forEach((file, item) -> states.put(file, SourceState.ready(file, item.info().duration())));
        editor.addMedia(states);
        Map<Path, SourceState> known = editor.mediaProperty().get();
        SourceDurations durations = source -> Optional.ofNullable(known.get(source)).map(SourceState::duration);
        Path dir = editor.projectDir();
        Edits edits = new Edits(dir, durations);
        String episodeId = editor.episode().id();
        List<Footage.Item> clips = List.copyOf(probed.clips().values());
        String label = "Import " + plural(clips.size(), "clip");
        String[] refused = {""};
        boolean done = editor.apply(label, p -> {
            try {
                return target.newShots() ? addShots(p, episodeId, target.id(), clips, dir, durations)
                        : addTakes(edits, p, episodeId, target.id(), clips, dir);
            } catch (EditException e) {
                refused[0] = e.getMessage();
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        String what = plural(clips.size(), "clip") + " as " + (target.newShots()
                ? plural(clips.size(), "new shot") + " at the end of scene " + target.id()
                : plural(clips.size(), "take") + " of shot " + target.id());
        report.set(new Report(done ? "Imported " + what + skippedText
                : "Could not import " + what + ": " + refused[0], skipped));
    }

    private static Project addTakes(Edits edits, Project project, String episodeId, String shotId,
            List<Footage.Item> clips, Path dir) throws EditException {
        Project p = project;
        for (Footage.Item clip : clips) {
            p = edits.addTake(p, episodeId, shotId, take(p, dir, clip));
        }
        return p;
    }

    /**
     * New shots, one per clip, at the end of a scene, named after their files ({@code harbour_wide.mp4}
     * becomes shot {@code harbour_wide}, or {@code harbour_wide-2} when that is taken). Refused with
     * the first error the new shots have.
     */
    static Project addShots(Project project, String episodeId, String sceneId, List<Footage.Item> clips, Path dir,
            SourceDurations durations) throws EditException {
        Episode episode = project.episode(episodeId).orElseThrow(() -> new EditException("no episode " + episodeId));
        Set<String> used = new HashSet<>();
        for (Scene s : episode.scenes()) {
            used.add(s.id());
            s.shots().forEach(shot -> used.add(shot.id()));
        }
        List<Scene> scenes = new ArrayList<>(episode.scenes());
        int index = -1;
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).id().equals(sceneId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new EditException("episode " + episodeId + ": no scene " + sceneId);
        }
        List<Shot> shots = new ArrayList<>(scenes.get(index).shots());
        List<String> added = new ArrayList<>();
        for (Footage.Item clip : clips) {
            String id = freshId(used, clip.file());
            used.add(id);
            added.add(id);
            Take take = take(project, dir, clip);
            shots.add(new TakeShot(id, List.of(take), take.id(), FitMode.FIT, 0, true, Transition.CUT, List.of(),
                    List.of()));
        }
        scenes.set(index, scenes.get(index).withShots(shots));
        List<Episode> episodes = new ArrayList<>(project.episodes());
        episodes.set(episodes.indexOf(episode), episode.withScenes(scenes));
        Project after = project.withEpisodes(episodes);
        for (Problem problem : Resolver.check(after, episodeId, dir, durations).problems()) {
            if (problem.isError() && added.stream().anyMatch(id -> problem.where().contains("shot " + id))) {
                throw new EditException(problem.where() + ": " + problem.message());
            }
        }
        return after;
    }

    /** A take of the whole clip with its sidecar's provenance, its path relative to the media root when it can be. */
    private static Take take(Project project, Path dir, Footage.Item clip) {
        return new Take("t1", MediaPlacement.source(project, dir, clip.file()), Rational.ZERO, null, clip.provenance());
    }

    /** The file's name without extension, made an id ({@code [A-Za-z0-9._-]}, starting with a letter or digit). */
    static String freshId(Set<String> used, Path clip) {
        String name = clip.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[^A-Za-z0-9]+", "");
        if (base.isEmpty()) {
            base = "shot";
        }
        if (!used.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!used.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
