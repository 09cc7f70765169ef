package io.cutroom.timeline;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FitMode;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Edit operations on a project: each takes a {@link Project} and returns the edited one, or
 * throws an {@link EditException} with a reason and changes nothing. Pure: no file is read; the
 * lengths of clips without an out point come from the {@link SourceDurations} given.
 *
 * <p>Positions are frames at the project rate; a number of frames becomes exact seconds
 * ({@code frames × den / num}), so shots ripple by exactly the frames asked for. Every edit ends
 * with a check: an edit that would give a shot, take, cue or the episode an error where the
 * {@link Resolver} reported none before (a crossfade longer than the shot before it, music
 * anchored to nothing …) is refused with that error. Errors that were already there do not block
 * edits, so a broken project can be fixed step by step.
 *
 * <p>Everything anchored to a shot (dialogue, subtitles, music anchored to it) moves with it.
 * Music anchored to a shot or scene that is deleted is re-anchored to what now follows it, so it
 * still starts where the deleted material was. When the first shot of the episode changes and
 * the new first shot crossfades (from nothing), its transition becomes a cut.
 *
 * <pre>
 *   trim START +2:  [A-----][B#####][C----]  →  [A-----][B###][C----]   B's head loses 2 frames,
 *   trim END   −2:  [A-----][B#####][C----]  →  [A-----][B###][C----]   or its tail; C ripples
 *   split at 2:     [A-----][B#####][C----]  →  [A-----][B#][Bb###][C----]
 * </pre>
 */
public final class Edits {

    /** Which edge of a shot a trim moves. */
    public enum Edge { START, END }

    /** The length of a new card or slate. */
    public static final Rational DEFAULT_DURATION = Rational.of(3);

    private final Path projectDir;
    private final SourceDurations durations;

    /**
     * @param projectDir the folder of the project file (for untitled projects, the folder that
     *     relative paths start from): media paths are resolved as the {@link Resolver} does
     * @param durations lengths of media files, for takes without an out point and to keep a trim
     *     inside its clip
     */
    public Edits(Path projectDir, SourceDurations durations) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir");
        this.durations = Objects.requireNonNull(durations, "durations");
    }

    /** One step of an edit, which may refuse. */
    @FunctionalInterface
    private interface Step {
        Episode apply(Episode episode) throws EditException;
    }

    // ---------------------------------------------------------------- shots

    /**
     * Moves a shot to {@code targetIndex} of scene {@code targetSceneId} (the same scene or another).
     * Its dialogue, subtitles and music anchored to it travel with it.
     *
     * @param targetIndex the position among the target scene's shots without the moved shot,
     *     0 to their number
     */
    public Project moveShot(Project project, String episodeId, String shotId, String targetSceneId, int targetIndex)
            throws EditException {
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            Located.scene(e, targetSceneId);
            List<Shot> from = new ArrayList<>(at.scene().shots());
            from.remove(at.shotIndex());
            Episode without = Located.replace(e, at.sceneIndex(), at.scene().withShots(from));
            int target = Located.scene(without, targetSceneId);
            Scene scene = without.scenes().get(target);
            Located.insertionIndex("scene " + targetSceneId + " (without shot " + shotId + ")",
                    scene.shots().size(), targetIndex);
            List<Shot> to = new ArrayList<>(scene.shots());
            to.add(targetIndex, at.shot());
            return Located.replace(without, target, scene.withShots(to));
        });
    }

    /**
     * Ripple-trims a shot: moves its {@code edge} by {@code deltaFrames} (positive: later, to the
     * right). For a take, the selected take's in point (START) or out point (END) moves by exactly
     * that many frames at the project rate; for a card or slate, its duration changes. Later
     * shots move with it; earlier shots do not. Refused when the shot would be shorter than one
     * frame, start before its clip does, or end past its clip's end (when its length is known).
     *
     * <p>Moving the start edge by d keeps dialogue and subtitles on their picture moment: an item
     * at offset ≥ 0 gets offset − d. If its moment was trimmed away (the offset would be negative)
     * it starts with the shot instead: a subtitle keeps its end moment when at least one frame of
     * it is left (otherwise its whole duration), a dialogue line is never cut, it just starts at 0.
     * Items with a negative offset (lead-ins over the previous shot) belong to the cut and keep
     * their offset. Moving the end edge changes no offset.
     */
    public Project trim(Project project, String episodeId, String shotId, Edge edge, long deltaFrames)
            throws EditException {
        FrameRate rate = project.format().frameRate();
        Rational d = rate.toSeconds(deltaFrames);
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            if (deltaFrames == 0) {
                return e;
            }
            Shot shot = at.shot();
            long length = length(project, at);
            long newLength = edge == Edge.START ? length - deltaFrames : length + deltaFrames;
            if (newLength < 1) {
                throw new EditException(at.where() + ": cannot shorten it by " + frames(length - newLength)
                        + ": it is " + frames(length) + " long and must keep at least one");
            }
            Shot trimmed;
            if (shot instanceof TakeShot ts) {
                trimmed = ts.withTakes(replaceTake(ts, trimTake(project, at, ts.selectedTake(), edge, deltaFrames, d)));
            } else if (shot instanceof Card c) {
                Rational duration = edge == Edge.START ? c.duration().subtract(d) : c.duration().add(d);
                trimmed = new Card(c.id(), c.text(), duration, c.background(), c.color(), c.transition(),
                        c.dialogue(), c.subtitles());
            } else {
                Slate s = (Slate) shot;
                Rational duration = edge == Edge.START ? s.duration().subtract(d) : s.duration().add(d);
                trimmed = new Slate(s.id(), s.description(), duration, s.transition(), s.dialogue(), s.subtitles());
            }
            if (edge == Edge.START) {
                trimmed = Anchors.startMoved(trimmed, d, rate.frameDuration());
            }
            return at.replace(trimmed);
        });
    }

    private Take trimTake(Project project, Located.ShotAt at, Take take, Edge edge, long deltaFrames, Rational d)
            throws EditException {
        FrameRate rate = project.format().frameRate();
        String where = at.where() + " › take " + take.id();
        if (edge == Edge.START) {
            Rational in = take.in().add(d);
            if (in.signum() < 0) {
                throw new EditException(where + ": cannot move the start " + frames(-deltaFrames) + " earlier: only "
                        + frames(take.in().multiply(rate.asRational()).floor()) + " of '" + take.source()
                        + "' come before it");
            }
            return take.withInOut(in, take.out());
        }
        Optional<Rational> fileLength = durations.duration(source(project, take.source()));
        Rational out = Optional.ofNullable(take.out()).or(() -> fileLength).orElseThrow();
        Rational newOut = out.add(d);
        if (fileLength.isPresent() && newOut.compareTo(fileLength.get()) > 0) {
            long left = fileLength.get().subtract(out).max(Rational.ZERO).multiply(rate.asRational()).floor();
            throw new EditException(where + ": cannot move the end " + frames(deltaFrames) + " later: only "
                    + frames(left) + " of '" + take.source() + "' come after it");
        }
        return take.withInOut(take.in(), newOut);
    }

    /**
     * Splits a shot {@code frameInShot} frames after its start into two shots with the same takes:
     * the first keeps the id, the transition into the shot and whatever starts before the split;
     * the second gets a fresh id ({@code s03-2} → {@code s03-2b}), a cut, and the dialogue and
     * subtitles starting at or after the split (offsets made relative to it). Each take is split at
     * the same distance from its in point; a take too short for that is kept whole in both.
     */
    public Project split(Project project, String episodeId, String shotId, long frameInShot) throws EditException {
        FrameRate rate = project.format().frameRate();
        Rational at = rate.toSeconds(frameInShot);
        return edit(project, episodeId, e -> {
            Located.ShotAt where = Located.shot(e, shotId);
            long length = length(project, where);
            if (frameInShot < 1 || frameInShot >= length) {
                throw new EditException(where.where() + ": cannot split at frame " + frameInShot + ": a shot of "
                        + frames(length) + " splits at frames 1 to " + (length - 1));
            }
            Shot shot = where.shot();
            String secondId = FreshIds.split(FreshIds.used(e), shotId);
            Shot first;
            Shot second;
            if (shot instanceof TakeShot ts) {
                List<Take> firstTakes = new ArrayList<>();
                List<Take> secondTakes = new ArrayList<>();
                for (Take t : ts.takes()) {
                    Rational cut = t.in().add(at);
                    Optional<Rational> end = Optional.ofNullable(t.out())
                            .or(() -> durations.duration(source(project, t.source())));
                    boolean fits = t.id().equals(ts.selected()) || end.isEmpty() || end.get().compareTo(cut) > 0;
                    firstTakes.add(fits ? t.withInOut(t.in(), cut) : t);
                    secondTakes.add(fits ? t.withInOut(cut, t.out()) : t);
                }
                first = ts.withTakes(firstTakes);
                second = new TakeShot(secondId, secondTakes, ts.selected(), ts.fit(), ts.gain(), ts.clipAudio(),
                        Transition.CUT, List.of(), List.of(), ts.description());
            } else if (shot instanceof Card c) {
                first = new Card(c.id(), c.text(), at, c.background(), c.color(), c.transition(), List.of(), List.of());
                second = new Card(secondId, c.text(), c.duration().subtract(at), c.background(), c.color(),
                        Transition.CUT, List.of(), List.of());
            } else {
                Slate s = (Slate) shot;
                first = new Slate(s.id(), s.description(), at, s.transition(), List.of(), List.of());
                second = new Slate(secondId, s.description(), s.duration().subtract(at), Transition.CUT,
                        List.of(), List.of());
            }
            List<Dialogue> firstLines = new ArrayList<>();
            List<Dialogue> secondLines = new ArrayList<>();
            for (Dialogue line : shot.dialogue()) {
                if (line.offset().compareTo(at) >= 0) {
                    secondLines.add(Anchors.withOffset(line, line.offset().subtract(at)));
                } else {
                    firstLines.add(line);
                }
            }
            List<SubtitleCue> firstCues = new ArrayList<>();
            List<SubtitleCue> secondCues = new ArrayList<>();
            for (SubtitleCue cue : shot.subtitles()) {
                if (cue.offset().compareTo(at) >= 0) {
                    secondCues.add(Anchors.withOffset(cue, cue.offset().subtract(at)));
                } else {
                    firstCues.add(cue);
                }
            }
            first = first.withDialogue(firstLines).withSubtitles(firstCues);
            second = second.withDialogue(secondLines).withSubtitles(secondCues);
            List<Shot> shots = new ArrayList<>(where.scene().shots());
            shots.set(where.shotIndex(), first);
            shots.add(where.shotIndex() + 1, second);
            return Located.replace(e, where.sceneIndex(), where.scene().withShots(shots));
        });
    }

    /**
     * Deletes a shot; later shots ripple into its place. Music anchored to it (or running until
     * it) is re-anchored to the next shot of the episode. Refused when music starts at the last shot
     * of the episode, or when it is the episode's only shot.
     */
    public Project deleteShot(Project project, String episodeId, String shotId) throws EditException {
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            List<Shot> order = Located.shots(e);
            int i = order.indexOf(at.shot());
            String next = i + 1 < order.size() ? order.get(i + 1).id() : null;
            List<MusicCue> music = reanchor(e, Set.of(shotId), next, at.where() + " is the last shot of the episode");
            List<Shot> shots = new ArrayList<>(at.scene().shots());
            shots.remove(at.shotIndex());
            return Located.replace(e, at.sceneIndex(), at.scene().withShots(shots)).withMusic(music);
        });
    }

    /** Adds a card with {@code text} (white on black, {@link #DEFAULT_DURATION}) at {@code index} of a scene. */
    public Project addCard(Project project, String episodeId, String sceneId, int index, String text)
            throws EditException {
        return edit(project, episodeId, e -> insertShot(e, sceneId, index, id -> new Card(id, text, DEFAULT_DURATION,
                Color.BLACK, Color.WHITE, Transition.CUT, List.of(), List.of()), sceneId + "-card"));
    }

    /** Adds a slate describing a shot to come ({@link #DEFAULT_DURATION}) at {@code index} of a scene. */
    public Project addSlate(Project project, String episodeId, String sceneId, int index, String description)
            throws EditException {
        return edit(project, episodeId, e -> insertShot(e, sceneId, index, id -> new Slate(id, description,
                DEFAULT_DURATION, Transition.CUT, List.of(), List.of()), sceneId + "-slate"));
    }

    private static Episode insertShot(Episode e, String sceneId, int index, Function<String, Shot> make, String base)
            throws EditException {
        int s = Located.scene(e, sceneId);
        Scene scene = e.scenes().get(s);
        Located.insertionIndex("scene " + sceneId, scene.shots().size(), index);
        List<Shot> shots = new ArrayList<>(scene.shots());
        shots.add(index, make.apply(FreshIds.next(FreshIds.used(e), base)));
        return Located.replace(e, s, scene.withShots(shots));
    }

    /** Sets how a shot begins after the one before it. */
    public Project setTransition(Project project, String episodeId, String shotId, Transition transition)
            throws EditException {
        Objects.requireNonNull(transition, "transition");
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            return at.replace(at.shot().withTransition(transition));
        });
    }

    /**
     * Replaces a shot with an edited version of itself (the inspector: card text and colours, slate
     * description, fit, gain, clip audio …). The id must stay the same.
     */
    public Project replaceShot(Project project, String episodeId, Shot shot) throws EditException {
        return edit(project, episodeId, e -> Located.shot(e, shot.id()).replace(shot));
    }

    // ---------------------------------------------------------------- takes

    /** Selects take {@code takeId} of a shot; everything anchored to the shot stays on it. */
    public Project selectTake(Project project, String episodeId, String shotId, String takeId) throws EditException {
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            TakeShot ts = takeShot(at);
            if (ts.take(takeId).isEmpty()) {
                throw new EditException(at.where() + ": no take " + takeId + " (takes: " + takeIds(ts) + ")");
            }
            return at.replace(ts.withSelected(takeId));
        });
    }

    /** Selects the take {@code step} places after (negative: before) the selected one, wrapping around. */
    public Project cycleTake(Project project, String episodeId, String shotId, int step) throws EditException {
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            TakeShot ts = takeShot(at);
            int i = ts.takes().indexOf(ts.selectedTake());
            return at.replace(ts.withSelected(ts.takes().get(Math.floorMod(i + step, ts.takes().size())).id()));
        });
    }

    /**
     * Adds a take to a shot, under a fresh id ({@code tN}) when its own is taken. The selection
     * does not change; but a slate becomes a shot of this take, keeping its id, transition,
     * dialogue, subtitles and description. Cards hold no takes.
     */
    public Project addTake(Project project, String episodeId, String shotId, Take take) throws EditException {
        Objects.requireNonNull(take, "take");
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            if (at.shot() instanceof Slate s) {
                return at.replace(new TakeShot(s.id(), List.of(take), take.id(), FitMode.FIT, 0, true,
                        s.transition(), s.dialogue(), s.subtitles(), s.description()));
            }
            TakeShot ts = takeShot(at);
            Set<String> used = new HashSet<>(ts.takes().stream().map(Take::id).toList());
            Take added = used.contains(take.id())
                    ? new Take(FreshIds.take(used), take.source(), take.in(), take.out(), take.provenance())
                    : take;
            List<Take> takes = new ArrayList<>(ts.takes());
            takes.add(added);
            return at.replace(ts.withTakes(takes));
        });
    }

    /** Removes a take from a shot; if it was selected, the next one (wrapping) is selected. */
    public Project removeTake(Project project, String episodeId, String shotId, String takeId) throws EditException {
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            TakeShot ts = takeShot(at);
            Take take = ts.take(takeId).orElseThrow(() -> new EditException(
                    at.where() + ": no take " + takeId + " (takes: " + takeIds(ts) + ")"));
            if (ts.takes().size() == 1) {
                throw new EditException(at.where() + ": cannot remove take " + takeId
                        + ", the shot's only take; delete the shot instead");
            }
            int i = ts.takes().indexOf(take);
            List<Take> takes = new ArrayList<>(ts.takes());
            takes.remove(i);
            String selected = takeId.equals(ts.selected()) ? takes.get(i % takes.size()).id() : ts.selected();
            return at.replace(new TakeShot(ts.id(), takes, selected, ts.fit(), ts.gain(), ts.clipAudio(),
                    ts.transition(), ts.dialogue(), ts.subtitles(), ts.description()));
        });
    }

    private static TakeShot takeShot(Located.ShotAt at) throws EditException {
        if (at.shot() instanceof TakeShot ts) {
            return ts;
        }
        throw new EditException(at.where() + " is a " + (at.shot() instanceof Card ? "card" : "slate")
                + ": it has no takes");
    }

    private static String takeIds(TakeShot ts) {
        return String.join(", ", ts.takes().stream().map(Take::id).toList());
    }

    private static List<Take> replaceTake(TakeShot ts, Take take) {
        return ts.takes().stream().map(t -> t.id().equals(take.id()) ? take : t).toList();
    }

    // ---------------------------------------------------------------- scenes

    /**
     * Adds an empty scene with a fresh id ({@code sN}) after scene {@code afterSceneId}, or at the
     * start of the episode when it is null.
     */
    public Project addScene(Project project, String episodeId, String afterSceneId, String heading)
            throws EditException {
        requireHeading(heading);
        return edit(project, episodeId, e -> {
            int at = afterSceneId == null ? 0 : Located.scene(e, afterSceneId) + 1;
            List<Scene> scenes = new ArrayList<>(e.scenes());
            scenes.add(at, new Scene(FreshIds.scene(e), heading.strip(), null, List.of()));
            return e.withScenes(scenes);
        });
    }

    /**
     * Deletes a scene and its shots. Music anchored to the scene or its shots (or running until
     * them) is re-anchored to the next scene with shots.
     */
    public Project deleteScene(Project project, String episodeId, String sceneId) throws EditException {
        return edit(project, episodeId, e -> {
            int at = Located.scene(e, sceneId);
            Scene scene = e.scenes().get(at);
            Set<String> gone = new HashSet<>(scene.shots().stream().map(Shot::id).toList());
            gone.add(sceneId);
            String next = e.scenes().subList(at + 1, e.scenes().size()).stream()
                    .filter(s -> !s.shots().isEmpty()).map(Scene::id).findFirst().orElse(null);
            List<MusicCue> music = reanchor(e, gone, next, "scene " + sceneId + " is the last scene with shots");
            List<Scene> scenes = new ArrayList<>(e.scenes());
            scenes.remove(at);
            return e.withScenes(scenes).withMusic(music);
        });
    }

    /** Moves a scene to {@code targetIndex} among the other scenes (0 to their number). */
    public Project moveScene(Project project, String episodeId, String sceneId, int targetIndex)
            throws EditException {
        return edit(project, episodeId, e -> {
            List<Scene> scenes = new ArrayList<>(e.scenes());
            Scene scene = scenes.remove(Located.scene(e, sceneId));
            if (targetIndex < 0 || targetIndex > scenes.size()) {
                throw new EditException("episode " + e.id() + ": scene " + sceneId + " can go at positions 0 to "
                        + scenes.size() + ", not " + targetIndex);
            }
            scenes.add(targetIndex, scene);
            return e.withScenes(scenes);
        });
    }

    /** Sets a scene's heading, e.g. {@code INT. KITCHEN - NIGHT}. */
    public Project setHeading(Project project, String episodeId, String sceneId, String heading)
            throws EditException {
        requireHeading(heading);
        return edit(project, episodeId, e -> {
            int at = Located.scene(e, sceneId);
            Scene s = e.scenes().get(at);
            return Located.replace(e, at, new Scene(s.id(), heading.strip(), s.chapter(), s.shots()));
        });
    }

    /** Sets a scene's chapter title; null or blank to use its heading. */
    public Project setChapter(Project project, String episodeId, String sceneId, String chapter)
            throws EditException {
        return edit(project, episodeId, e -> {
            int at = Located.scene(e, sceneId);
            Scene s = e.scenes().get(at);
            String c = chapter == null || chapter.isBlank() ? null : chapter.strip();
            return Located.replace(e, at, new Scene(s.id(), s.heading(), c, s.shots()));
        });
    }

    private static void requireHeading(String heading) throws EditException {
        if (heading == null || heading.isBlank()) {
            throw new EditException("a scene needs a heading, such as INT. KITCHEN - NIGHT");
        }
    }

    // ---------------------------------------------------------------- subtitles and dialogue

    /** Adds a subtitle to a shot, among its others in order of offset. */
    public Project addSubtitle(Project project, String episodeId, String shotId, Rational offset, Rational duration,
            String text) throws EditException {
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            SubtitleCue cue = new SubtitleCue(requireText(at, text), offset, duration, null);
            return at.replace(at.shot().withSubtitles(
                    Anchors.insertByOffset(at.shot().subtitles(), cue, SubtitleCue::offset)));
        });
    }

    /**
     * One of a shot's lists of anchored items, its subtitles or its dialogue: how to read it from a
     * shot and put it back, and what an item is called and where it starts.
     */
    private record Anchored<T>(String noun, Function<Shot, List<T>> of, BiFunction<Shot, List<T>, Shot> with,
            Function<T, Rational> offset, BiFunction<T, Rational, T> at) {
    }

    private static final Anchored<SubtitleCue> SUBTITLES = new Anchored<>("subtitle", Shot::subtitles,
            Shot::withSubtitles, SubtitleCue::offset, Anchors::withOffset);
    private static final Anchored<Dialogue> DIALOGUE = new Anchored<>("dialogue line", Shot::dialogue,
            Shot::withDialogue, Dialogue::offset, Anchors::withOffset);

    /** Replaces subtitle {@code index} (0-based) of a shot, in place. */
    public Project updateSubtitle(Project project, String episodeId, String shotId, int index, SubtitleCue cue)
            throws EditException {
        return edit(project, episodeId, e -> {
            requireText(Located.shot(e, shotId), cue.text());
            return replaced(e, SUBTITLES, shotId, index, cue);
        });
    }

    /** Removes subtitle {@code index} (0-based) of a shot. */
    public Project removeSubtitle(Project project, String episodeId, String shotId, int index) throws EditException {
        return edit(project, episodeId, e -> removed(e, SUBTITLES, shotId, index));
    }

    /** Moves subtitle {@code index} of one shot to another (or the same) shot at {@code offset} into it. */
    public Project moveSubtitle(Project project, String episodeId, String fromShotId, int index, String toShotId,
            Rational offset) throws EditException {
        return edit(project, episodeId, e -> moved(e, SUBTITLES, fromShotId, index, toShotId, offset));
    }

    /** Adds a dialogue line to a shot, among its others in order of offset. */
    public Project addDialogue(Project project, String episodeId, String shotId, Dialogue line) throws EditException {
        Objects.requireNonNull(line, "line");
        return edit(project, episodeId, e -> {
            Located.ShotAt at = Located.shot(e, shotId);
            return at.replace(at.shot().withDialogue(
                    Anchors.insertByOffset(at.shot().dialogue(), line, Dialogue::offset)));
        });
    }

    /** Replaces dialogue line {@code index} (0-based) of a shot in place: gain, in and out, offset … */
    public Project updateDialogue(Project project, String episodeId, String shotId, int index, Dialogue line)
            throws EditException {
        Objects.requireNonNull(line, "line");
        return edit(project, episodeId, e -> replaced(e, DIALOGUE, shotId, index, line));
    }

    /** Removes dialogue line {@code index} (0-based) of a shot. */
    public Project removeDialogue(Project project, String episodeId, String shotId, int index) throws EditException {
        return edit(project, episodeId, e -> removed(e, DIALOGUE, shotId, index));
    }

    /** Moves dialogue line {@code index} of one shot to another (or the same) shot at {@code offset} into it. */
    public Project moveDialogue(Project project, String episodeId, String fromShotId, int index, String toShotId,
            Rational offset) throws EditException {
        return edit(project, episodeId, e -> moved(e, DIALOGUE, fromShotId, index, toShotId, offset));
    }

    private static <T> Episode replaced(Episode e, Anchored<T> list, String shotId, int index, T item)
            throws EditException {
        Located.ShotAt at = Located.shot(e, shotId);
        List<T> items = new ArrayList<>(list.of().apply(at.shot()));
        items.set(index(at, list.noun(), items.size(), index), item);
        return at.replace(list.with().apply(at.shot(), items));
    }

    private static <T> Episode removed(Episode e, Anchored<T> list, String shotId, int index) throws EditException {
        Located.ShotAt at = Located.shot(e, shotId);
        List<T> items = new ArrayList<>(list.of().apply(at.shot()));
        items.remove(index(at, list.noun(), items.size(), index));
        return at.replace(list.with().apply(at.shot(), items));
    }

    private static <T> Episode moved(Episode e, Anchored<T> list, String fromShotId, int index, String toShotId,
            Rational offset) throws EditException {
        Located.ShotAt from = Located.shot(e, fromShotId);
        List<T> items = new ArrayList<>(list.of().apply(from.shot()));
        T item = items.remove(index(from, list.noun(), items.size(), index));
        Episode without = from.replace(list.with().apply(from.shot(), items));
        Located.ShotAt to = Located.shot(without, toShotId);
        return to.replace(list.with().apply(to.shot(), Anchors.insertByOffset(list.of().apply(to.shot()),
                list.at().apply(item, offset), list.offset())));
    }

    private static String requireText(Located.ShotAt at, String text) throws EditException {
        if (text == null || text.isBlank()) {
            throw new EditException(at.where() + ": a subtitle needs text");
        }
        return text;
    }

    private static int index(Located.ShotAt at, String what, int size, int index) throws EditException {
        if (index < 0 || index >= size) {
            throw new EditException(at.where() + ": no " + what + " " + index + " (it has " + size + ", numbered from 0)");
        }
        return index;
    }

    // ---------------------------------------------------------------- music

    /** Adds a music cue to the episode; its anchor (and until) must be a shot or scene of the episode. */
    public Project addMusic(Project project, String episodeId, MusicCue cue) throws EditException {
        Objects.requireNonNull(cue, "cue");
        return edit(project, episodeId, e -> {
            requireAnchors(e, cue);
            List<MusicCue> music = new ArrayList<>(e.music());
            music.add(cue);
            return e.withMusic(music);
        });
    }

    /** Replaces music cue {@code index} (0-based) of the episode: gain, fades, ducking, duration … */
    public Project updateMusic(Project project, String episodeId, int index, MusicCue cue) throws EditException {
        Objects.requireNonNull(cue, "cue");
        return edit(project, episodeId, e -> {
            requireAnchors(e, cue);
            List<MusicCue> music = new ArrayList<>(e.music());
            music.set(musicIndex(e, index), cue);
            return e.withMusic(music);
        });
    }

    /** Removes music cue {@code index} (0-based) of the episode. */
    public Project removeMusic(Project project, String episodeId, int index) throws EditException {
        return edit(project, episodeId, e -> {
            List<MusicCue> music = new ArrayList<>(e.music());
            music.remove(musicIndex(e, index));
            return e.withMusic(music);
        });
    }

    /** Re-anchors music cue {@code index} to a shot or scene, starting {@code offset} seconds into it. */
    public Project moveMusic(Project project, String episodeId, int index, String anchorId, Rational offset)
            throws EditException {
        return edit(project, episodeId, e -> {
            MusicCue c = e.music().get(musicIndex(e, index));
            MusicCue moved = new MusicCue(c.source(), anchorId, offset, c.in(), c.duration(), c.until(), c.gain(),
                    c.fadeIn(), c.fadeOut(), c.duck());
            requireAnchors(e, moved);
            List<MusicCue> music = new ArrayList<>(e.music());
            music.set(index, moved);
            return e.withMusic(music);
        });
    }

    private static int musicIndex(Episode e, int index) throws EditException {
        if (index < 0 || index >= e.music().size()) {
            throw new EditException("episode " + e.id() + ": no music cue " + index + " (it has " + e.music().size()
                    + ", numbered from 0)");
        }
        return index;
    }

    private static void requireAnchors(Episode e, MusicCue cue) throws EditException {
        Set<String> ids = FreshIds.used(e);
        if (!ids.contains(cue.anchor())) {
            throw new EditException("episode " + e.id() + " › music '" + cue.source() + "': no shot or scene "
                    + cue.anchor() + " to anchor it to");
        }
        if (cue.until() != null && !ids.contains(cue.until())) {
            throw new EditException("episode " + e.id() + " › music '" + cue.source() + "': no shot or scene "
                    + cue.until() + " for it to run until");
        }
    }

    /** The music with anchors in {@code gone} moved to {@code next}; refused if a cue starts at gone material with nothing after it. */
    private static List<MusicCue> reanchor(Episode e, Set<String> gone, String next, String why) throws EditException {
        List<MusicCue> music = new ArrayList<>();
        for (MusicCue c : e.music()) {
            String anchor = c.anchor();
            if (gone.contains(anchor)) {
                if (next == null) {
                    throw new EditException(why + " and music '" + c.source() + "' starts there: move or remove the"
                            + " music first");
                }
                anchor = next;
            }
            String until = c.until() != null && gone.contains(c.until()) ? next : c.until();
            music.add(new MusicCue(c.source(), anchor, c.offset(), c.in(), c.duration(), until, c.gain(), c.fadeIn(),
                    c.fadeOut(), c.duck()));
        }
        return music;
    }

    // ---------------------------------------------------------------- media

    /**
     * Points media at new files: {@code newPath} gets the absolute path of each take, dialogue and
     * music source (as the {@link Resolver} resolves it) and returns its new absolute path, or null
     * to leave it. A relative source stays relative to the media root (with {@code ..} if needed,
     * absolute only when no relative path exists); an absolute one stays absolute. Applies to every
     * episode.
     */
    public Project relink(Project project, Function<Path, Path> newPath) {
        Path root = Resolver.mediaRoot(projectDir, project);
        Function<String, String> map = source -> {
            Path changed = newPath.apply(Resolver.source(root, source));
            if (changed == null) {
                return source;
            }
            return Path.of(source).isAbsolute() ? changed.toString() : relative(root, changed.toAbsolutePath());
        };
        List<Episode> episodes = new ArrayList<>();
        for (Episode e : project.episodes()) {
            List<Scene> scenes = new ArrayList<>();
            for (Scene s : e.scenes()) {
                List<Shot> shots = new ArrayList<>();
                for (Shot shot : s.shots()) {
                    Shot relinked = shot.withDialogue(shot.dialogue().stream().map(d -> new Dialogue(
                            map.apply(d.source()), d.offset(), d.in(), d.out(), d.gain())).toList());
                    if (relinked instanceof TakeShot ts) {
                        relinked = ts.withTakes(ts.takes().stream().map(t -> new Take(t.id(), map.apply(t.source()),
                                t.in(), t.out(), t.provenance())).toList());
                    }
                    shots.add(relinked);
                }
                scenes.add(s.withShots(shots));
            }
            List<MusicCue> music = e.music().stream().map(c -> new MusicCue(map.apply(c.source()), c.anchor(),
                    c.offset(), c.in(), c.duration(), c.until(), c.gain(), c.fadeIn(), c.fadeOut(), c.duck())).toList();
            episodes.add(new Episode(e.id(), e.title(), scenes, music));
        }
        return project.withEpisodes(episodes);
    }

    /** {@link #relink(Project, Function)} with a table of old absolute path to new absolute path. */
    public Project relink(Project project, Map<Path, Path> newPaths) {
        return relink(project, (Function<Path, Path>) newPaths::get);
    }

    /** {@code file} relative to {@code root} with '/' separators, or absolute when no relative path exists. */
    static String relative(Path root, Path file) {
        if (root.getRoot() == null || !root.getRoot().equals(file.getRoot())) {
            return file.toString();
        }
        String separator = root.getFileSystem().getSeparator();
        return root.relativize(file.normalize()).toString().replace(separator, "/");
    }

    // ---------------------------------------------------------------- plumbing

    /**
     * Applies {@code step} to the episode and checks the result: the model's own checks become
     * refusals, the first crossfade of the episode becomes a cut, and an error the resolver did
     * not report before the edit refuses it.
     */
    private Project edit(Project project, String episodeId, Step step) throws EditException {
        Episode before = Located.episode(project, episodeId);
        Project after;
        try {
            after = Located.replace(project, firstShotCuts(before, step.apply(before)));
        } catch (IllegalArgumentException e) {
            throw new EditException(e.getMessage());
        }
        List<Problem> added = newErrors(project, after, episodeId);
        if (!added.isEmpty()) {
            Problem p = added.get(0);
            String where = p.where().startsWith("episode " + episodeId + " › ")
                    ? p.where().substring(("episode " + episodeId + " › ").length()) : p.where();
            throw new EditException(where + ": " + p.message());
        }
        return after;
    }

    /** If the first shot changed and now crossfades from nothing, it cuts instead. */
    private static Episode firstShotCuts(Episode before, Episode after) {
        List<Shot> shots = Located.shots(after);
        if (shots.isEmpty()) {
            return after;
        }
        Shot first = shots.get(0);
        List<Shot> old = Located.shots(before);
        boolean changed = old.isEmpty() || !old.get(0).id().equals(first.id());
        if (!changed || first.transition().type() != Transition.Type.CROSSFADE) {
            return after;
        }
        for (int i = 0; i < after.scenes().size(); i++) {
            Scene s = after.scenes().get(i);
            if (!s.shots().isEmpty()) {
                List<Shot> fixed = new ArrayList<>(s.shots());
                fixed.set(0, first.withTransition(Transition.CUT));
                return Located.replace(after, i, s.withShots(fixed));
            }
        }
        return after;
    }

    private List<Problem> newErrors(Project before, Project after, String episodeId) {
        Set<String> known = new HashSet<>();
        for (Problem p : Resolver.check(before, episodeId, projectDir, durations).problems()) {
            known.add(key(p));
        }
        return Resolver.check(after, episodeId, projectDir, durations).problems().stream()
                .filter(Problem::isError).filter(p -> !known.contains(key(p))).toList();
    }

    /**
     * What a problem is about, without the scene it is in (so that moving a shot does not make its
     * old problems new) and without its wording (so that a shot that was already wrong can be fixed
     * step by step: only errors on things that had none refuse an edit).
     */
    private static String key(Problem p) {
        return p.where().replaceAll(" › scene [^ ]+", "");
    }

    /** The length of a shot in frames; refused when a take's length is unknown. */
    private long length(Project project, Located.ShotAt at) throws EditException {
        Shot shot = at.shot();
        FrameRate rate = project.format().frameRate();
        if (shot instanceof TakeShot ts) {
            Take take = ts.selectedTake();
            Optional<Rational> out = Optional.ofNullable(take.out())
                    .or(() -> durations.duration(source(project, take.source())));
            if (out.isEmpty()) {
                throw new EditException(at.where() + " › take " + take.id() + ": the length of '" + take.source()
                        + "' is unknown: give the take an out point");
            }
            return rate.toFrames(out.get().subtract(take.in()));
        }
        return rate.toFrames(shot instanceof Card c ? c.duration() : ((Slate) shot).duration());
    }

    private Path source(Project project, String source) {
        return Resolver.source(Resolver.mediaRoot(projectDir, project), source);
    }

    private static String frames(long n) {
        return n + (n == 1 ? " frame" : " frames");
    }
}
