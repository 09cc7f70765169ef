package io.cutroom.timeline;

import io.cutroom.model.Episode;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Anchors subtitles timed from the start of an episode (as a subtitle file times them) to the shots
 * they fall on, so that they move with their shots from then on. A cue belongs to the shot showing
 * at its first frame — during a crossfade, the incoming shot — and keeps its exact time: its offset
 * is its time less the shot's start. Pure: a project in, a project out.
 *
 * <pre>
 *   file:     |  cue 1  |      |   cue 2   |   cue 3   |
 *   cut:      [A-----------][B---------------][C-------]
 *   anchored: A: cue 1 at +0.5 s   B: cue 2 at +0.8 s, cue 3 at +2.9 s
 * </pre>
 */
public final class SubtitleAnchoring {

    /**
     * What anchoring did.
     *
     * @param anchored how many cues were placed on a shot
     * @param shots the shots that received cues, in episode order
     * @param problems cues left out (no text) or placed where they will not show (past the end), as warnings
     */
    public record Result(Project project, int anchored, List<String> shots, List<Problem> problems) {
        public Result {
            shots = List.copyOf(shots);
            problems = List.copyOf(problems);
        }
    }

    private SubtitleAnchoring() {
    }

    /**
     * Anchors {@code cues} to the shots of the cut's episode.
     *
     * @param cut the episode of {@code project}, resolved
     * @param cues subtitles whose {@code offset} is their time from the start of the episode
     * @param replace whether the episode's subtitles are removed first; otherwise the cues join them
     * @throws IllegalArgumentException when the cut's episode is not in the project or has no shots
     */
    public static Result anchor(Project project, Cut cut, List<SubtitleCue> cues, boolean replace) {
        Episode episode = project.episode(cut.episodeId()).orElseThrow(() -> new IllegalArgumentException(
                "the project has no episode '" + cut.episodeId() + "'"));
        if (cut.video().isEmpty()) {
            throw new IllegalArgumentException("episode " + episode.id() + " has no shots to anchor subtitles to");
        }
        FrameRate rate = cut.format().frameRate();
        Locator locator = Locator.of(cut);
        VideoEvent last = cut.video().get(cut.video().size() - 1);
        Map<String, List<SubtitleCue>> added = new HashMap<>();
        Set<String> shots = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        int anchored = 0;
        for (int i = 0; i < cues.size(); i++) {
            SubtitleCue cue = cues.get(i);
            String where = "episode " + episode.id() + " › subtitle " + (i + 1) + " at " + clock(cue.offset());
            if (cue.text().isBlank()) {
                problems.add(Problem.warning(where, "it has no text; left out"));
                continue;
            }
            long frame = Math.max(0, rate.toFrames(cue.offset()));
            Optional<Locator.Location> at = locator.at(frame);
            String shotId;
            long shotStart;
            if (at.isPresent()) {
                shotId = at.get().shotId();
                shotStart = at.get().range().start();
            } else {
                shotId = last.origin().shotId();
                shotStart = last.range().start();
                problems.add(Problem.warning(where, "it starts after the episode ends (at " + clock(rate.toSeconds(
                        cut.durationFrames())) + "); anchored to the last shot, " + shotId + ", it will not show"));
            }
            Rational offset = cue.offset().subtract(rate.toSeconds(shotStart));
            added.computeIfAbsent(shotId, k -> new ArrayList<>())
                    .add(new SubtitleCue(cue.text(), offset, cue.duration(), cue.speaker()));
            anchored++;
        }
        List<Scene> scenes = new ArrayList<>();
        for (Scene scene : episode.scenes()) {
            List<Shot> newShots = new ArrayList<>();
            for (Shot shot : scene.shots()) {
                List<SubtitleCue> subtitles = replace ? List.of() : shot.subtitles();
                for (SubtitleCue c : added.getOrDefault(shot.id(), List.of())) {
                    subtitles = Anchors.insertByOffset(subtitles, c, SubtitleCue::offset);
                }
                if (added.containsKey(shot.id())) {
                    shots.add(shot.id());
                }
                newShots.add(subtitles.equals(shot.subtitles()) ? shot : shot.withSubtitles(subtitles));
            }
            scenes.add(scene.withShots(newShots));
        }
        List<Episode> episodes = new ArrayList<>();
        for (Episode e : project.episodes()) {
            episodes.add(e.id().equals(episode.id()) ? e.withScenes(scenes) : e);
        }
        return new Result(project.withEpisodes(episodes), anchored, new ArrayList<>(shots), problems);
    }

    /** {@code 00:01:02.500}: seconds shown to the millisecond (rounded down). */
    static String clock(Rational seconds) {
        long ms = Math.max(0, seconds.multiply(Rational.of(1000)).floor());
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, ms % 1000);
    }
}
