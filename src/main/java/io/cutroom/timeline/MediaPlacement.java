package io.cutroom.timeline;

import io.cutroom.model.Episode;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Files generated clips into the takes of the shots they belong to, by their names
 * ({@link ClipNames}) or by what their sidecars say ({@link ShotAddress}): a pure function of a
 * project and a list of clips, through {@link Edits#addTake}. A slate that gets a take becomes a
 * shot of it, keeping its dialogue and subtitles, and that first take is selected; a take added to
 * a shot that already has takes is selected only when asked. A clip that is already a take of its
 * shot is reported as already there and not added again, so filing the same folder twice changes
 * nothing the second time. What cannot be placed is reported with the reason, and the rest is
 * placed: each clip is its own all-or-nothing edit.
 *
 * <p>Scene {@code n} of a name is the scene whose id is {@code sn} (as {@code import-script} numbers
 * the scenes under headings, so a title scene before them, {@code s0}, does not count), else the
 * {@code n}th scene; shot {@code m} of scene {@code sn} is the shot {@code sn-m}, else the
 * {@code m}th shot. So clips named after the script's numbering find their beats even after beats
 * were added, moved or reordered.
 *
 * <p>Clips are placed in the natural order of their names (numbers by value: {@code take9} before
 * {@code take10}), so the takes of a shot are added in that order.
 *
 * <pre>
 *   S02_SH01_take3.mp4 → scene 2 › shot 1:  [slate]      →  [t3]             (selected)
 *   S01_SH02_take2.mp4 → scene 1 › shot 2:  [t1*]        →  [t1*][t2]        (t2 selected with select)
 *   S01_SH02_take2.mp4 again:               [t1*][t2]    →  [t1*][t2]        (already there)
 * </pre>
 */
public final class MediaPlacement {

    /**
     * A clip to place.
     *
     * @param file the clip's absolute path
     * @param name how the clip is named in the report (its path in the folder imported)
     * @param provenance where it came from, from its sidecar ({@link Provenance#NONE} without one)
     * @param sidecar where its sidecar says it goes ({@link ShotAddress#NONE} when it says nothing)
     * @param problem why the clip cannot be used (not a video clip, an unreadable sidecar), or null
     */
    public record Clip(Path file, String name, Provenance provenance, ShotAddress sidecar, String problem) {
        public Clip {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(sidecar, "sidecar");
        }

        /** A clip in {@code folder}, named by its path there ({@code day2/S03_SH02_take4.mp4}). */
        public static Clip in(Path folder, Path file, Provenance provenance, ShotAddress sidecar, String problem) {
            Path base = folder.toAbsolutePath().normalize();
            Path abs = file.toAbsolutePath().normalize();
            String name = !abs.startsWith(base) ? abs.toString()
                    : base.relativize(abs).toString().replace(base.getFileSystem().getSeparator(), "/");
            return new Clip(abs, name, provenance, sidecar, problem);
        }
    }

    /**
     * A clip that is a take of its shot now.
     *
     * @param where the shot, as {@code scene 3 (s3) › shot 2 (s3-b)}, with the episode first when
     *     the project has several
     * @param selected whether it is the shot's selected take
     * @param fromSlate whether the shot was a slate before
     * @param alreadyThere whether it was a take of the shot before (nothing was added)
     */
    public record Placed(String name, String episodeId, String shotId, String where, String takeId, boolean selected,
            boolean fromSlate, boolean alreadyThere, Provenance provenance) {

        /**
         * One line: {@code S01_SH02_take3.mp4 -> scene 1 (s1) › shot 2 (b) › take t3, selected (was a
         * slate); model veo-3, seed 7, prompt "A lighthouse…"}, or {@code S01_SH01.mp4: already there,
         * scene 1 (s1) › shot 1 (a) › take t1}.
         */
        @Override
        public String toString() {
            String take = where + " › take " + takeId;
            if (alreadyThere) {
                return name + ": already there, " + take;
            }
            return name + " -> " + take + (fromSlate ? ", selected (was a slate)" : selected ? ", selected" : "")
                    + "; " + describe(provenance);
        }
    }

    /** {@code model veo-3, seed 7, prompt "A lighthouse at dusk, slow…", notes "…"}, or {@code no provenance}. */
    public static String describe(Provenance p) {
        List<String> parts = new ArrayList<>();
        if (p.model() != null) {
            parts.add("model " + p.model());
        }
        if (p.seed() != null) {
            parts.add("seed " + p.seed());
        }
        if (p.prompt() != null) {
            parts.add("prompt " + quote(p.prompt()));
        }
        if (p.notes() != null) {
            parts.add("notes " + quote(p.notes()));
        }
        return parts.isEmpty() ? "no provenance" : String.join(", ", parts);
    }

    private static String quote(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "\"" + (line.length() > 40 ? line.substring(0, 39) + "…" : line) + "\"";
    }

    /** A clip that was not placed, and why. */
    public record Skipped(String name, String reason) {
        @Override
        public String toString() {
            return name + ": " + reason;
        }
    }

    /**
     * What placing did: the project with the new takes, and every clip either placed (or already
     * there) or skipped, in the order they were placed.
     */
    public record Result(Project project, List<Placed> placed, List<Skipped> skipped) {
        public Result {
            placed = List.copyOf(placed);
            skipped = List.copyOf(skipped);
        }

        /** How many clips became new takes. */
        public long added() {
            return placed.stream().filter(p -> !p.alreadyThere()).count();
        }

        /** How many clips were takes of their shots already. */
        public long alreadyThere() {
            return placed.size() - added();
        }
    }

    private final Path projectDir;
    private final Edits edits;

    /**
     * @param projectDir the folder of the project file, which relative media paths start from
     * @param durations the lengths of the clips (and of the project's other takes without an out
     *     point), to check each edit
     */
    public MediaPlacement(Path projectDir, SourceDurations durations) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
        this.edits = new Edits(projectDir, durations);
    }

    /**
     * Places {@code clips} in the project.
     *
     * @param episodeId the episode for clips whose names give none
     * @param select whether a new take of a shot that has takes becomes its selected take (the
     *     last one placed, when a shot gets several)
     * @throws EditException when there is no episode {@code episodeId}
     */
    public Result place(Project project, String episodeId, List<Clip> clips, boolean select) throws EditException {
        Located.episode(project, episodeId);
        List<Clip> ordered = new ArrayList<>(clips);
        ordered.sort(Comparator.comparing(Clip::name, MediaPlacement::compareNaturally));
        Project p = project;
        List<Placed> placed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Clip clip : ordered) {
            try {
                Placed planned = placeOne(p, episodeId, clip, select);
                if (planned.alreadyThere()) {
                    placed.add(planned);
                    continue;
                }
                Added added = add(p, planned, clip, select);
                p = added.project();
                placed.add(added.placed());
            } catch (EditException e) {
                skipped.add(new Skipped(clip.name(), e.getMessage()));
            }
        }
        return new Result(p, placed, skipped);
    }

    /** {@code file} as a take's source: relative to the project's media root when it can be. */
    public static String source(Project project, Path projectDir, Path file) {
        return Edits.relative(Resolver.mediaRoot(projectDir, project), file.toAbsolutePath().normalize());
    }

    // ---- internals

    /** A shot found for a clip: its episode and indexes. */
    private record Target(Episode episode, int sceneIndex, int shotIndex) {

        Shot shot() {
            return episode.scenes().get(sceneIndex).shots().get(shotIndex);
        }

        String where(Project project) {
            Scene scene = episode.scenes().get(sceneIndex);
            return (project.episodes().size() > 1 ? "episode " + episode.id() + " › " : "")
                    + "scene " + (sceneIndex + 1) + " (" + scene.id() + ") › shot " + (shotIndex + 1) + " (" + shot().id()
                    + ")";
        }
    }

    /** Where the clip goes and, when it is there already, under which take; the take id is proposed otherwise. */
    private Placed placeOne(Project project, String episodeId, Clip clip, boolean select) throws EditException {
        if (clip.problem() != null) {
            throw new EditException(clip.problem());
        }
        Optional<ShotAddress> byName = ClipNames.parse(clip.file().getFileName().toString());
        Target target = target(project, episodeId, byName, clip.sidecar());
        Shot shot = target.shot();
        String where = target.where(project);
        if (shot instanceof TakeShot ts) {
            Path root = Resolver.mediaRoot(projectDir, project);
            Path file = clip.file().toAbsolutePath().normalize();
            for (Take t : ts.takes()) {
                if (Resolver.source(root, t.source()).equals(file)) {
                    return new Placed(clip.name(), target.episode().id(), shot.id(), where, t.id(),
                            t.id().equals(ts.selected()), false, true, clip.provenance());
                }
            }
        }
        Integer take = byName.map(ShotAddress::take).orElse(null);
        boolean fromSlate = !(shot instanceof TakeShot);
        return new Placed(clip.name(), target.episode().id(), shot.id(), where, "t" + (take == null ? 1 : take),
                fromSlate || select, fromSlate, false, clip.provenance());
    }

    private record Added(Project project, Placed placed) {
    }

    /** Adds the clip as a take of its shot, under {@code planned}'s take id when it is free. */
    private Added add(Project project, Placed planned, Clip clip, boolean select) throws EditException {
        Take take = new Take(planned.takeId(), source(project, projectDir, clip.file()), Rational.ZERO, null,
                clip.provenance());
        Project after = edits.addTake(project, planned.episodeId(), planned.shotId(), take);
        TakeShot shot = (TakeShot) Located.shot(Located.episode(after, planned.episodeId()), planned.shotId()).shot();
        String added = shot.takes().get(shot.takes().size() - 1).id();
        if (select && !planned.fromSlate()) {
            after = edits.selectTake(after, planned.episodeId(), planned.shotId(), added);
        }
        return new Added(after, new Placed(planned.name(), planned.episodeId(), planned.shotId(), planned.where(), added,
                planned.selected(), planned.fromSlate(), false, planned.provenance()));
    }

    /** The shot the name and the sidecar point at; refused when neither does, or they disagree. */
    private static Target target(Project project, String episodeId, Optional<ShotAddress> byName, ShotAddress sidecar)
            throws EditException {
        boolean bySidecar = sidecar.namesShot();
        if (byName.isEmpty() && !bySidecar) {
            throw new EditException("the name does not follow the convention (such as " + ClipNames.EXAMPLE
                    + ") and no sidecar names its shot");
        }
        Target named = byName.isPresent() ? resolve(project, episodeId, byName.get()) : null;
        Target said = bySidecar ? resolveSidecar(project, episodeId, sidecar) : null;
        if (named != null && said != null && !named.equals(said)) {
            throw new EditException("its name says " + named.where(project) + " but its sidecar says "
                    + said.where(project));
        }
        return named != null ? named : said;
    }

    private static Target resolveSidecar(Project project, String episodeId, ShotAddress sidecar) throws EditException {
        try {
            return resolve(project, episodeId, sidecar);
        } catch (EditException e) {
            throw new EditException("its sidecar says " + sidecar.describe() + ": " + e.getMessage());
        }
    }

    private static Target resolve(Project project, String episodeId, ShotAddress a) throws EditException {
        Episode episode = a.episode() == null ? Located.episode(project, episodeId) : episode(project, a.episode());
        Integer sceneIndex = null;
        if (a.sceneNumber() != null) {
            int numbered = indexOfId(episode.scenes().stream().map(Scene::id).toList(), "s" + a.sceneNumber());
            if (numbered < 0 && (a.sceneNumber() < 1 || a.sceneNumber() > episode.scenes().size())) {
                throw new EditException("no scene " + a.sceneNumber() + " (episode " + episode.id() + " has "
                        + plural(episode.scenes().size(), "scene") + ")");
            }
            sceneIndex = numbered >= 0 ? numbered : a.sceneNumber() - 1;
        } else if (a.sceneId() != null) {
            sceneIndex = Located.scene(episode, a.sceneId());
        }
        if (a.shotId() != null) {
            Located.ShotAt at = Located.shot(episode, a.shotId());
            if (sceneIndex != null && at.sceneIndex() != sceneIndex) {
                throw new EditException("shot " + a.shotId() + " is not in scene " + sceneName(episode, sceneIndex)
                        + " but in scene " + sceneName(episode, at.sceneIndex()));
            }
            return new Target(episode, at.sceneIndex(), at.shotIndex());
        }
        Scene scene = episode.scenes().get(sceneIndex);
        int numbered = indexOfId(scene.shots().stream().map(Shot::id).toList(), scene.id() + "-" + a.shotNumber());
        if (numbered >= 0) {
            return new Target(episode, sceneIndex, numbered);
        }
        if (a.shotNumber() < 1 || a.shotNumber() > scene.shots().size()) {
            throw new EditException("shot " + a.shotNumber() + " of scene " + sceneName(episode, sceneIndex)
                    + " does not exist (it has " + plural(scene.shots().size(), "shot") + ")");
        }
        return new Target(episode, sceneIndex, a.shotNumber() - 1);
    }

    /**
     * The position of the id {@code wanted} among {@code ids}, in any case, or -1: a scene or shot
     * whose id carries the number a clip's name gives ({@code s3}, {@code s3-2}, as
     * {@code import-script} numbers them) is that scene or shot wherever it now is.
     */
    private static int indexOfId(List<String> ids, String wanted) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static Episode episode(Project project, int number) throws EditException {
        if (number < 1 || number > project.episodes().size()) {
            throw new EditException("no episode " + number + " (the project has "
                    + plural(project.episodes().size(), "episode") + ")");
        }
        return project.episodes().get(number - 1);
    }

    /** {@code 3 (s3)}. */
    private static String sceneName(Episode episode, int index) {
        return (index + 1) + " (" + episode.scenes().get(index).id() + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Compares names ignoring case, runs of digits by their value: {@code take9} before {@code take10}. */
    static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String da = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String db = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int c = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (c != 0) {
                    return c;
                }
                i = endA;
                j = endB;
            } else {
                int c = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
