package io.cutroom.ui.timeline;

import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.subtitles.Cue;
import io.cutroom.timeline.AudioEvent;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.MusicEvent;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.SubtitleEvent;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.Selection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cut turned into timeline items, lane by lane, each knowing what in the project it selects
 * (the n-th subtitle of a shot, the n-th music cue …), and the cut points the playhead snaps to.
 */
record Lanes(Map<Lane, LaneIndex> lanes, long[] cutPoints) {

    static Lanes of(Cut c, Episode episode) {
        Map<String, Shot> shots = new HashMap<>();
        if (episode != null) {
            episode.scenes().forEach(s -> s.shots().forEach(shot -> shots.put(shot.id(), shot)));
        }
        List<TimelineItem> scenes = new ArrayList<>();
        for (SceneSpan span : c.scenes()) {
            scenes.add(new TimelineItem(Lane.SCENES, span.range(), span.heading(), Selection.scene(span.sceneId()), span));
        }
        List<TimelineItem> video = new ArrayList<>();
        TreeSet<Long> points = new TreeSet<>();
        for (VideoEvent e : c.video()) {
            video.add(new TimelineItem(Lane.VIDEO, e.range(), videoLabel(e), Selection.shot(e.origin().shotId()), e));
            points.add(e.range().start());
            points.add(e.range().end());
        }
        c.scenes().forEach(s -> points.add(s.range().start()));
        List<TimelineItem> dialogue = new ArrayList<>();
        Map<String, Set<Integer>> usedDialogue = new HashMap<>();
        for (AudioEvent e : c.audio()) {
            if (e.kind() != AudioEvent.Kind.DIALOGUE) {
                continue;
            }
            String shotId = e.origin().shotId();
            int index = matchDialogue(shots.get(shotId), e, usedDialogue.computeIfAbsent(shotId, k -> new HashSet<>()));
            dialogue.add(new TimelineItem(Lane.DIALOGUE, frames(c, e.start(), e.end()), e.source().getFileName().toString(),
                    Selection.dialogue(shotId, index), e));
        }
        List<TimelineItem> music = new ArrayList<>();
        Set<Integer> usedMusic = new HashSet<>();
        for (MusicEvent e : c.music()) {
            int index = matchMusic(episode, e, usedMusic);
            music.add(new TimelineItem(Lane.MUSIC, frames(c, e.start(), e.end()), e.source().getFileName().toString(),
                    Selection.music(index), e));
        }
        List<TimelineItem> subtitles = new ArrayList<>();
        Map<String, Set<Integer>> usedCues = new HashMap<>();
        for (SubtitleEvent e : c.subtitles()) {
            String shotId = e.origin().shotId();
            int index = matchCue(shots.get(shotId), e, usedCues.computeIfAbsent(shotId, k -> new HashSet<>()));
            subtitles.add(new TimelineItem(Lane.SUBTITLES, e.range(), Cue.plain(e.text()).replace('\n', ' '),
                    Selection.subtitle(shotId, index), e));
        }
        Map<Lane, LaneIndex> lanes = new EnumMap<>(Lane.class);
        lanes.put(Lane.RULER, new LaneIndex(List.of()));
        lanes.put(Lane.SCENES, new LaneIndex(scenes));
        lanes.put(Lane.VIDEO, new LaneIndex(video));
        lanes.put(Lane.DIALOGUE, new LaneIndex(dialogue));
        lanes.put(Lane.MUSIC, new LaneIndex(music));
        lanes.put(Lane.SUBTITLES, new LaneIndex(subtitles));
        return new Lanes(lanes, points.stream().mapToLong(Long::longValue).toArray());
    }

    private static String videoLabel(VideoEvent e) {
        if (e instanceof VideoEvent.Clip clip) {
            return e.origin().shotId() + " · " + clip.origin().takeId();
        }
        if (e instanceof VideoEvent.Card card) {
            return card.text().replace('\n', ' ');
        }
        return "SLATE " + ((VideoEvent.Slate) e).description().replace('\n', ' ');
    }

    /** The frames that samples {@code [start, end)} touch. */
    private static FrameRange frames(Cut c, long start, long end) {
        FrameRate r = c.format().frameRate();
        long perSecond = c.format().sampleRate();
        long first = Math.floorDiv(Math.multiplyExact(start, r.num()), Math.multiplyExact(perSecond, r.den()));
        long numerator = Math.multiplyExact(end, r.num());
        long denominator = Math.multiplyExact(perSecond, r.den());
        long last = Math.floorDiv(numerator + denominator - 1, denominator);
        return FrameRange.between(first, Math.max(first + 1, last));
    }

    private static int matchDialogue(Shot shot, AudioEvent e, Set<Integer> used) {
        if (shot == null) {
            return -1;
        }
        List<Dialogue> lines = shot.dialogue();
        for (int i = 0; i < lines.size(); i++) {
            if (!used.contains(i) && e.source().endsWith(Path.of(lines.get(i).source()).normalize())) {
                used.add(i);
                return i;
            }
        }
        return firstUnused(lines.size(), used);
    }

    private static int matchCue(Shot shot, SubtitleEvent e, Set<Integer> used) {
        if (shot == null) {
            return -1;
        }
        List<SubtitleCue> cues = shot.subtitles();
        for (int i = 0; i < cues.size(); i++) {
            if (!used.contains(i) && cues.get(i).text().equals(e.text())) {
                used.add(i);
                return i;
            }
        }
        return firstUnused(cues.size(), used);
    }

    private static int matchMusic(Episode episode, MusicEvent e, Set<Integer> used) {
        if (episode == null) {
            return -1;
        }
        List<MusicCue> cues = episode.music();
        for (int i = 0; i < cues.size(); i++) {
            MusicCue m = cues.get(i);
            if (!used.contains(i) && m.in().equals(e.sourceIn()) && e.source().endsWith(Path.of(m.source()).normalize())) {
                used.add(i);
                return i;
            }
        }
        return firstUnused(cues.size(), used);
    }

    /** When nothing matches exactly (a path written as {@code ../x}): the first cue not yet taken. */
    private static int firstUnused(int size, Set<Integer> used) {
        for (int i = 0; i < size; i++) {
            if (used.add(i)) {
                return i;
            }
        }
        return -1;
    }
}
