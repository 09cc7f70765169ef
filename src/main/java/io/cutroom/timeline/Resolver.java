package io.cutroom.timeline;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FrameRange;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an episode into a {@link Cut}: shot positions derived from the order of shots, their
 * selected takes and transitions; anchored dialogue, subtitles and music placed relative to
 * their shots. Pure: reads no file (open-ended durations come from a {@link SourceDurations}).
 *
 * <pre>
 *   cut:        [A------][B-----][C--------]
 *   crossfade:  [A------]
 *                    [B-----]            B starts d frames early, the episode is d shorter
 *   dip:        [A---\][/B-----]         A fades out over d/2, B fades in over d − d/2
 * </pre>
 */
public final class Resolver {

    private final Project project;
    private final Episode episode;
    private final Path projectDir;
    private final Path mediaRoot;
    private final SourceDurations durations;
    private final FrameRate rate;
    private final int sampleRate;
    private final List<Problem> problems = new ArrayList<>();

    private Resolver(Project project, Episode episode, Path projectDir, SourceDurations durations) {
        this.project = project;
        this.episode = episode;
        this.projectDir = projectDir;
        this.mediaRoot = mediaRoot(projectDir, project);
        this.durations = durations;
        this.rate = project.format().frameRate();
        this.sampleRate = project.format().sampleRate();
    }

    /**
     * Resolves episode {@code episodeId} of {@code project}, whose file lies in {@code projectDir}.
     *
     * @throws TimelineException with every error found, when the episode cannot be resolved
     */
    public static Cut resolve(Project project, String episodeId, Path projectDir, SourceDurations durations)
            throws TimelineException {
        Resolution r = check(project, episodeId, projectDir, durations);
        if (r.cut() == null) {
            throw new TimelineException(r.problems().stream().filter(Problem::isError).toList());
        }
        return r.cut();
    }

    /** Resolves, collecting problems instead of throwing; the cut is null when there are errors. */
    public static Resolution check(Project project, String episodeId, Path projectDir, SourceDurations durations) {
        Optional<Episode> episode = project.episode(episodeId);
        if (episode.isEmpty()) {
            String known = String.join(", ", project.episodes().stream().map(Episode::id).toList());
            return new Resolution(null, List.of(Problem.error("project",
                    "there is no episode '" + episodeId + "' (episodes: " + known + ")")));
        }
        return new Resolver(project, episode.get(), projectDir, durations).run();
    }

    /** The absolute folder that relative media paths start from. */
    public static Path mediaRoot(Path projectDir, Project project) {
        return projectDir.toAbsolutePath().resolve(project.mediaRoot()).normalize();
    }

    /** The absolute path of a media file named in the project. */
    public static Path source(Path mediaRoot, String source) {
        return mediaRoot.resolve(source).normalize();
    }

    /** The result of {@link #check}: a cut (null when there are errors) and all problems found. */
    public record Resolution(Cut cut, List<Problem> problems) {
        public Resolution {
            problems = List.copyOf(problems);
        }
    }

    /** A shot placed on the timeline, before it becomes events. */
    private record Placed(Scene scene, Shot shot, FrameRange range, long crossfadeIn, Fade fadeIn) {
    }

    private Resolution run() {
        List<Placed> placed = placeShots();
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Resolution(null, problems);
        }
        long duration = placed.isEmpty() ? 0 : placed.get(placed.size() - 1).range().end();
        if (placed.isEmpty()) {
            problems.add(Problem.error(where(null, null), "the episode has no shots"));
        }
        Map<String, Long> starts = new HashMap<>();
        List<SceneSpan> spans = sceneSpans(placed, duration, starts);
        List<VideoEvent> video = new ArrayList<>();
        List<AudioEvent> audio = new ArrayList<>();
        List<SubtitleEvent> subtitles = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            Placed next = i + 1 < placed.size() ? placed.get(i + 1) : null;
            Fade fadeOut = next == null ? Fade.NONE : dipOut(next.shot().transition(), p.range().duration());
            long crossfadeOut = next == null ? 0 : next.crossfadeIn();
            video.add(videoEvent(p, fadeOut));
            if (p.shot() instanceof TakeShot ts && ts.clipAudio()) {
                audio.add(clipAudio(p, ts, fadeOut, crossfadeOut));
            }
            for (Dialogue d : p.shot().dialogue()) {
                dialogue(p, d, duration).ifPresent(audio::add);
            }
            for (SubtitleCue cue : p.shot().subtitles()) {
                subtitle(p, cue, duration).ifPresent(subtitles::add);
            }
        }
        List<MusicEvent> music = new ArrayList<>();
        for (MusicCue cue : episode.music()) {
            music(cue, starts, duration).ifPresent(music::add);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Resolution(null, problems);
        }
        var style = project.style();
        Path lut = style.lut() == null ? null : projectDir.toAbsolutePath().resolve(style.lut()).normalize();
        Path font = style.subtitles().font() == null ? null
                : projectDir.toAbsolutePath().resolve(style.subtitles().font()).normalize();
        Cut cut = new Cut(episode.id(), episode.title(), project.format(), duration, spans, video, audio, music,
                subtitles, lut, style.subtitles(), font);
        return new Resolution(cut, problems);
    }

    private List<Placed> placeShots() {
        List<Placed> placed = new ArrayList<>();
        long end = 0;
        long previousRemaining = 0; // frames of the previous shot not already overlapped by its own crossfade
        for (Scene scene : episode.scenes()) {
            if (scene.shots().isEmpty()) {
                problems.add(Problem.warning(where(scene, null), "the scene has no shots; it is left out"));
            }
            for (Shot shot : scene.shots()) {
                Optional<Long> length = length(scene, shot);
                if (length.isEmpty()) {
                    continue;
                }
                long len = length.get();
                Transition t = shot.transition();
                long tFrames = t.isCut() ? 0 : rate.toFrames(t.duration());
                long crossfade = 0;
                Fade fadeIn = Fade.NONE;
                switch (t.type()) {
                    case CUT -> {
                    }
                    case CROSSFADE -> {
                        if (placed.isEmpty()) {
                            problems.add(Problem.error(where(scene, shot),
                                    "the first shot of the episode cannot crossfade: there is nothing before it"));
                        } else if (tFrames < 1 || tFrames > len || tFrames > previousRemaining) {
                            problems.add(Problem.error(where(scene, shot), "the crossfade of " + t.duration()
                                    + " s (" + tFrames + " frames) must be at least 1 frame and no longer than"
                                    + " this shot (" + len + " frames) or what is left of the shot before it ("
                                    + previousRemaining + " frames)"));
                        } else {
                            crossfade = tFrames;
                        }
                    }
                    case DIP_TO_BLACK, DIP_TO_WHITE -> {
                        Color c = t.type() == Transition.Type.DIP_TO_BLACK ? Color.BLACK : Color.WHITE;
                        long in = placed.isEmpty() ? tFrames : tFrames - tFrames / 2;
                        long out = placed.isEmpty() ? 0 : tFrames / 2;
                        if (in < 1 || in > len || out > previousRemaining) {
                            problems.add(Problem.error(where(scene, shot), "the dip of " + t.duration() + " s ("
                                    + tFrames + " frames) does not fit: it fades in over " + in
                                    + " frames of this shot (" + len + " frames) and out over " + out
                                    + " frames of the shot before it"));
                        } else {
                            fadeIn = new Fade(in, c);
                        }
                    }
                }
                FrameRange range = new FrameRange(end - crossfade, len);
                placed.add(new Placed(scene, shot, range, crossfade, fadeIn));
                end = range.end();
                previousRemaining = len - crossfade;
            }
        }
        return placed;
    }

    /** The shot's length in frames, or empty (with a problem recorded) when it cannot be known. */
    private Optional<Long> length(Scene scene, Shot shot) {
        Rational seconds;
        if (shot instanceof TakeShot ts) {
            Take take = ts.selectedTake();
            Optional<Rational> out = Optional.ofNullable(take.out())
                    .or(() -> durations.duration(source(mediaRoot, take.source())));
            if (out.isEmpty()) {
                problems.add(Problem.error(where(scene, shot) + " › take " + take.id(),
                        "the length of '" + take.source() + "' is unknown: give the take an out point"));
                return Optional.empty();
            }
            seconds = out.get().subtract(take.in());
        } else if (shot instanceof Card c) {
            seconds = c.duration();
        } else {
            seconds = ((Slate) shot).duration();
        }
        long frames = rate.toFrames(seconds);
        if (frames < 1) {
            problems.add(Problem.error(where(scene, shot), "it is shorter than one frame (" + seconds + " s)"));
            return Optional.empty();
        }
        return Optional.of(frames);
    }

    private Fade dipOut(Transition next, long len) {
        return switch (next.type()) {
            case DIP_TO_BLACK -> new Fade(Math.min(len, rate.toFrames(next.duration()) / 2), Color.BLACK);
            case DIP_TO_WHITE -> new Fade(Math.min(len, rate.toFrames(next.duration()) / 2), Color.WHITE);
            default -> Fade.NONE;
        };
    }

    private List<SceneSpan> sceneSpans(List<Placed> placed, long duration, Map<String, Long> starts) {
        List<SceneSpan> spans = new ArrayList<>();
        Scene current = null;
        long spanStart = 0;
        for (Placed p : placed) {
            starts.put(p.shot().id(), p.range().start());
            if (p.scene() != current) {
                if (current != null) {
                    spans.add(span(current, spanStart, p.range().start()));
                }
                current = p.scene();
                spanStart = spans.isEmpty() ? 0 : p.range().start();
                starts.put(current.id(), spanStart);
            }
        }
        if (current != null) {
            spans.add(span(current, spanStart, duration));
        }
        return spans;
    }

    private static SceneSpan span(Scene scene, long start, long end) {
        return new SceneSpan(scene.id(), scene.heading(), scene.chapterTitle(), FrameRange.between(start, end));
    }

    private VideoEvent videoEvent(Placed p, Fade fadeOut) {
        Origin origin = origin(p, null);
        if (p.shot() instanceof TakeShot ts) {
            Take take = ts.selectedTake();
            return new VideoEvent.Clip(origin(p, take.id()), source(mediaRoot, take.source()), take.in(), ts.fit(),
                    p.range(), p.fadeIn(), fadeOut, p.crossfadeIn());
        }
        if (p.shot() instanceof Card c) {
            return new VideoEvent.Card(origin, c.text(), c.background(), c.color(), p.range(), p.fadeIn(), fadeOut,
                    p.crossfadeIn());
        }
        Slate s = (Slate) p.shot();
        return new VideoEvent.Slate(origin, s.description(), p.range(), p.fadeIn(), fadeOut, p.crossfadeIn());
    }

    private AudioEvent clipAudio(Placed p, TakeShot ts, Fade fadeOut, long crossfadeOut) {
        FrameRange r = p.range();
        long start = sample(r.start());
        long end = sample(r.end());
        long in = Math.max(p.fadeIn().frames(), p.crossfadeIn());
        long out = Math.max(fadeOut.frames(), crossfadeOut);
        Take take = ts.selectedTake();
        return new AudioEvent(AudioEvent.Kind.CLIP, origin(p, take.id()), source(mediaRoot, take.source()),
                take.in(), start, end - start, ts.gain(), sample(r.start() + in) - start,
                end - sample(r.end() - out));
    }

    private Optional<AudioEvent> dialogue(Placed p, Dialogue d, long episodeFrames) {
        String where = where(p.scene(), p.shot()) + " › dialogue '" + d.source() + "'";
        Path src = source(mediaRoot, d.source());
        Optional<Rational> out = Optional.ofNullable(d.out()).or(() -> durations.duration(src));
        if (out.isEmpty()) {
            problems.add(Problem.error(where, "the length of '" + d.source() + "' is unknown: give it an out point"));
            return Optional.empty();
        }
        long start = sample(p.range().start()) + seconds(d.offset());
        long length = seconds(out.get().subtract(d.in()));
        Rational in = d.in();
        if (start < 0) {
            in = in.add(Rational.of(-start, sampleRate));
            length += start;
            start = 0;
        }
        long end = Math.min(start + length, sample(episodeFrames));
        if (end <= start) {
            problems.add(Problem.warning(where, "it starts after the end of the episode; it is left out"));
            return Optional.empty();
        }
        if (end < start + length) {
            problems.add(Problem.warning(where, "it runs past the end of the episode; it is cut short"));
        }
        return Optional.of(new AudioEvent(AudioEvent.Kind.DIALOGUE, origin(p, null), src, in, start, end - start,
                d.gain(), 0, 0));
    }

    private Optional<SubtitleEvent> subtitle(Placed p, SubtitleCue cue, long episodeFrames) {
        long start = Math.max(0, p.range().start() + rate.toFrames(cue.offset()));
        long end = Math.min(episodeFrames, start + Math.max(1, rate.toFrames(cue.duration())));
        if (end <= start) {
            problems.add(Problem.warning(where(p.scene(), p.shot()) + " › subtitle \"" + cue.text() + "\"",
                    "it starts after the end of the episode; it is left out"));
            return Optional.empty();
        }
        return Optional.of(new SubtitleEvent(origin(p, null), cue.text(), cue.speaker(), FrameRange.between(start, end)));
    }

    private Optional<MusicEvent> music(MusicCue cue, Map<String, Long> starts, long episodeFrames) {
        String where = "episode " + episode.id() + " › music '" + cue.source() + "'";
        Long anchor = starts.get(cue.anchor());
        if (anchor == null) {
            problems.add(Problem.error(where, "its anchor '" + cue.anchor() + "' is not a shot or scene of this episode"));
            return Optional.empty();
        }
        long episodeEnd = sample(episodeFrames);
        long start = Math.max(0, sample(anchor) + seconds(cue.offset()));
        long end = episodeEnd;
        if (cue.duration() != null) {
            end = start + seconds(cue.duration());
        } else if (cue.until() != null) {
            Long until = starts.get(cue.until());
            if (until == null) {
                problems.add(Problem.error(where, "'until' names '" + cue.until() + "', which is not a shot or scene of this episode"));
                return Optional.empty();
            }
            end = sample(until);
        }
        Path src = source(mediaRoot, cue.source());
        Optional<Rational> fileLength = durations.duration(src);
        if (fileLength.isPresent()) {
            end = Math.min(end, start + seconds(fileLength.get().subtract(cue.in())));
        }
        end = Math.min(end, episodeEnd);
        if (end <= start) {
            problems.add(Problem.warning(where, "it has nothing to play (it ends where it starts); it is left out"));
            return Optional.empty();
        }
        long length = end - start;
        return Optional.of(new MusicEvent(src, cue.in(), start, length, cue.gain(),
                Math.min(length, seconds(cue.fadeIn())), Math.min(length, seconds(cue.fadeOut())), cue.duck()));
    }

    private long sample(long frame) {
        return rate.sampleAt(frame, sampleRate);
    }

    private long seconds(Rational seconds) {
        return seconds.multiply(Rational.of(sampleRate)).round();
    }

    private Origin origin(Placed p, String takeId) {
        return new Origin(episode.id(), p.scene().id(), p.shot().id(), takeId);
    }

    private String where(Scene scene, Shot shot) {
        return new Origin(episode.id(), scene == null ? null : scene.id(), shot == null ? null : shot.id(), null)
                .describe();
    }
}
