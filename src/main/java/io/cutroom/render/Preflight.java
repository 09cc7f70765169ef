package io.cutroom.render;

import io.cutroom.media.MediaException;
import io.cutroom.media.MediaInfo;
import io.cutroom.media.MediaProbe;
import io.cutroom.model.Card;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Origin;
import io.cutroom.timeline.Problem;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SubtitleEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything that can be known wrong before FFmpeg starts, in one report: missing, unreadable,
 * truncated or non-media files, in and out points past the end of a clip, clips without picture
 * or sound where one is needed, anchors that point nowhere, empty scenes, a missing LUT, and text
 * that no font can draw, or not in the right order; and, as warnings, subtitles that burned in would
 * take more than two lines or overflow the safe area. {@code cutroom check} prints it; a render
 * refuses to start on errors.
 */
public final class Preflight {

    /**
     * The result: the problems, the probes made, and — when there are no errors — the resolved
     * cut and the font for drawn text (null if nothing is drawn).
     */
    public record Report(Cut cut, Map<Path, MediaInfo> media, TextLayout text, List<Problem> problems) {

        public Report {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final Project project;
    private final Path projectDir;
    private final Path mediaRoot;
    private final MediaProbe probe;
    private final Map<Path, MediaInfo> media = new LinkedHashMap<>();
    private final Map<Path, String> failures = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private Preflight(Project project, Path projectDir, MediaProbe probe) {
        this.project = project;
        this.projectDir = projectDir;
        this.mediaRoot = Resolver.mediaRoot(projectDir, project);
        this.probe = probe;
    }

    /**
     * Checks one episode for rendering.
     *
     * @param burnSubtitles whether subtitles will be drawn into the picture (then a font must draw them)
     */
    public static Report check(Project project, Path projectDir, String episodeId, MediaProbe probe,
            boolean burnSubtitles) {
        return new Preflight(project, projectDir, probe).run(episodeId, burnSubtitles);
    }

    /** Checks every episode of the project; the report's cut and text are those of the last one. */
    public static List<Report> checkAll(Project project, Path projectDir, MediaProbe probe) {
        Preflight p = new Preflight(project, projectDir, probe);
        List<Report> reports = new ArrayList<>();
        for (Episode e : project.episodes()) {
            p.problems.clear();
            reports.add(p.run(e.id(), false));
        }
        return reports;
    }

    private Report run(String episodeId, boolean burnSubtitles) {
        Optional<Episode> episode = project.episode(episodeId);
        if (episode.isPresent()) {
            checkMedia(episode.get());
        }
        if (project.style().lut() != null) {
            Path lut = projectDir.toAbsolutePath().resolve(project.style().lut()).normalize();
            if (!Files.isRegularFile(lut)) {
                problems.add(Problem.error("style › lut", project.style().lut() + ": file not found"));
            }
        }
        Resolver.Resolution resolution = Resolver.check(project, episodeId, projectDir,
                source -> Optional.ofNullable(media.get(source)).map(MediaInfo::duration));
        problems.addAll(resolution.problems());
        TextLayout text = null;
        if (episode.isPresent()) {
            checkTextOrder(episode.get(), burnSubtitles);
            text = chooseFont(episode.get(), burnSubtitles);
        }
        if (text != null && resolution.cut() != null) {
            checkBurnIn(resolution.cut(), text);
        }
        Cut cut = problems.stream().anyMatch(Problem::isError) ? null : resolution.cut();
        return new Report(cut, Map.copyOf(media), text, problems);
    }

    /** Probes every file the episode names, several at once: ffprobe waits on the disk as much as on the CPU. */
    private void probeAll(Episode episode) {
        Set<Path> files = new LinkedHashSet<>();
        for (Scene scene : episode.scenes()) {
            for (Shot shot : scene.shots()) {
                if (shot instanceof TakeShot ts) {
                    ts.takes().forEach(t -> files.add(Resolver.source(mediaRoot, t.source())));
                }
                shot.dialogue().forEach(d -> files.add(Resolver.source(mediaRoot, d.source())));
            }
        }
        episode.music().forEach(m -> files.add(Resolver.source(mediaRoot, m.source())));
        files.removeAll(media.keySet());
        files.removeAll(failures.keySet());
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cutroom-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Path, Future<MediaInfo>> probes = new LinkedHashMap<>();
            files.forEach(f -> probes.put(f, pool.submit(() -> probe.probe(f))));
            for (Map.Entry<Path, Future<MediaInfo>> e : probes.entrySet()) {
                try {
                    media.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    failures.put(e.getKey(), ex.getCause() instanceof MediaException me ? me.reason()
                            : "cannot be probed (" + ex.getCause() + ")");
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    failures.put(e.getKey(), "probing was interrupted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void checkMedia(Episode episode) {
        probeAll(episode);
        for (Scene scene : episode.scenes()) {
            for (Shot shot : scene.shots()) {
                String where = new Origin(episode.id(), scene.id(), shot.id(), null).describe();
                if (shot instanceof TakeShot ts) {
                    for (Take take : ts.takes()) {
                        checkTake(where + " › take " + take.id(), take, take.id().equals(ts.selected()));
                    }
                }
                for (Dialogue d : shot.dialogue()) {
                    checkAudio(where + " › dialogue", d.source(), d.in(), d.out());
                }
            }
        }
        for (MusicCue m : episode.music()) {
            checkAudio("episode " + episode.id() + " › music", m.source(), m.in(), null);
        }
    }

    private void checkTake(String where, Take take, boolean selected) {
        Optional<MediaInfo> info = probe(where, take.source(), selected);
        if (info.isEmpty()) {
            return;
        }
        if (!info.get().hasVideo()) {
            add(selected, where, take.source() + ": has no picture (it is an audio-only file)");
            return;
        }
        checkRange(where, take.source(), info.get().duration(), take.in(), take.out(), selected);
    }

    private void checkAudio(String where, String source, Rational in, Rational out) {
        Optional<MediaInfo> info = probe(where, source, true);
        if (info.isEmpty()) {
            return;
        }
        if (!info.get().hasAudio()) {
            problems.add(Problem.error(where, source + ": has no sound"));
            return;
        }
        checkRange(where, source, info.get().duration(), in, out, true);
    }

    private void checkRange(String where, String source, Rational duration, Rational in, Rational out,
            boolean selected) {
        // a frame's worth of tolerance: containers round their durations
        Rational tolerance = Rational.of(1, 20);
        if (in.compareTo(duration) >= 0) {
            add(selected, where, source + ": in (" + in + " s) is at or past the end of the file (" + seconds(duration) + " s)");
        } else if (out != null && out.compareTo(duration.add(tolerance)) > 0) {
            add(selected, where, source + ": out (" + out + " s) is past the end of the file (" + seconds(duration) + " s)");
        }
    }

    private Optional<MediaInfo> probe(String where, String source, boolean needed) {
        Path file = Resolver.source(mediaRoot, source); // probed by probeAll
        if (media.containsKey(file)) {
            return Optional.of(media.get(file));
        }
        add(needed, where, source + ": " + failures.get(file));
        return Optional.empty();
    }

    private void add(boolean error, String where, String message) {
        problems.add(error ? Problem.error(where, message) : Problem.warning(where + " (not selected)", message));
    }

    /**
     * Text that cannot be drawn in the right order (a right-to-left script other than Hebrew, Arabic
     * and those that need no joining): an error where it is drawn, a warning for subtitles that only
     * ship as a track.
     */
    private void checkTextOrder(Episode episode, boolean burnSubtitles) {
        for (Scene scene : episode.scenes()) {
            for (Shot shot : scene.shots()) {
                String where = new Origin(episode.id(), scene.id(), shot.id(), null).describe();
                String drawn = shot instanceof Card c ? c.text() : shot instanceof Slate s ? s.description() : "";
                BurnIn.unsupported(drawn).ifPresent(why -> problems.add(Problem.error(where, why)));
                for (int i = 0; i < shot.subtitles().size(); i++) {
                    String at = where + " › subtitle " + excerpt(shot.subtitles().get(i).text());
                    BurnIn.unsupported(shot.subtitles().get(i).text()).ifPresent(why -> problems.add(burnSubtitles
                            ? Problem.error(at, why) : Problem.warning(at, why + " (only needed to burn subtitles in)")));
                }
            }
        }
    }

    /**
     * Subtitles that, burned in at the output size, take more than two lines or have a line (a word
     * longer than a line) wider than the safe area: warnings that name the subtitle by its shot and
     * its number in the episode.
     */
    private void checkBurnIn(Cut cut, TextLayout text) {
        int width = cut.format().width();
        int height = cut.format().height();
        for (int i = 0; i < cut.subtitles().size(); i++) {
            SubtitleEvent e = cut.subtitles().get(i);
            if (BurnIn.unsupported(e.text()).isPresent()) {
                continue;
            }
            BurnIn.Placement at = BurnIn.place(cut.subtitleStyle(), width, height, text, e.text(), e.speaker());
            String where = e.origin().describe() + " › subtitle " + (i + 1);
            if (at.lines().size() > 2) {
                problems.add(Problem.warning(where, "burned in, it takes " + at.lines().size()
                        + " lines at " + width + "×" + height + " (at most 2): say less or split it"));
            }
            if (!at.fitsWidth()) {
                problems.add(Problem.warning(where, "burned in, a line is " + at.widest() + " px wide, wider than the"
                        + " safe area (" + at.safeArea().width() + " px): a word is longer than a line"));
            }
        }
    }

    private TextLayout chooseFont(Episode episode, boolean burnSubtitles) {
        List<String> drawn = new ArrayList<>();
        List<String> subtitles = new ArrayList<>();
        for (Scene scene : episode.scenes()) {
            for (Shot shot : scene.shots()) {
                if (shot instanceof Card c) {
                    drawn.add(c.text());
                } else if (shot instanceof Slate s) {
                    drawn.add(s.description());
                }
                shot.subtitles().stream().map(SubtitleCue::text).forEach(subtitles::add);
            }
        }
        Optional<Path> styleFont = Optional.ofNullable(project.style().subtitles().font())
                .map(f -> projectDir.toAbsolutePath().resolve(f).normalize());
        List<String> all = new ArrayList<>(drawn);
        all.addAll(subtitles);
        try {
            return Fonts.choose(styleFont, all);
        } catch (RenderException e) {
            if (burnSubtitles || subtitles.isEmpty()) {
                problems.add(Problem.error("style › subtitles › font", e.getMessage()));
                return null;
            }
            problems.add(Problem.warning("style › subtitles › font",
                    e.getMessage() + " (only needed to burn subtitles in)"));
        }
        if (drawn.isEmpty()) {
            return null;
        }
        try {
            return Fonts.choose(styleFont, drawn);
        } catch (RenderException e) {
            problems.add(Problem.error("style › subtitles › font", e.getMessage()));
            return null;
        }
    }

    /** A cue's text in quotes, its first 24 characters on one line. */
    private static String excerpt(String text) {
        String line = text.replace('\n', ' ');
        return "\"" + (line.codePointCount(0, line.length()) > 24 ? line.substring(0, line.offsetByCodePoints(0, 24)) + "…"
                : line) + "\"";
    }

    private static String seconds(Rational r) {
        return r.toDecimal(3).stripTrailingZeros().toPlainString();
    }
}
