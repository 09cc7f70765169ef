package io.cutroom.interchange;

import io.cutroom.model.Card;
import io.cutroom.model.Episode;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.TakeShot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Re-imports a revised script into a project without losing work. Episodes are matched by id,
 * scenes by heading, shots by their text (a slate's or take shot's description, a card's text;
 * case and spacing aside) — first in the matching scene, then anywhere in the episode (a beat that
 * moved), then, within the matching scene, a beat that reads like a revision of a shot's text (a
 * typo fixed, a word changed). The result follows the script's order:
 *
 * <ul>
 *   <li>a matched shot keeps its id, takes, selection, trims, transition and dialogue audio; its
 *       subtitles are the script's when the script's lines changed, else its own (so hand-timed
 *       subtitles stay); a revised beat's shot takes the revised text;
 *   <li>a beat that is new becomes a slate, a scene that is new a scene;
 *   <li>a shot whose beat is gone is removed when it is only a slate or card, and kept where it was
 *       when it holds work (takes or dialogue audio); a scene whose heading is gone likewise;
 *   <li>music anchored to a removed shot or scene is anchored to its scene, or the next scene, and
 *       music that ran until one runs on.
 * </ul>
 *
 * Every kept, new, moved and removed item is reported.
 */
public final class ScriptUpdate {

    /** What changed, one line per item, in the order of the episode. */
    public record Result(Project project, List<String> changes) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    /** The least {@link #likeness} of a beat's text to a shot's for the beat to be a revision of it. */
    static final double REVISED = 0.6;

    private final List<String> changes = new ArrayList<>();

    private ScriptUpdate() {
    }

    /** The project {@code existing} revised after {@code imported} (a fresh import of the revised script). */
    public static Result update(Project existing, Project imported) {
        ScriptUpdate u = new ScriptUpdate();
        List<Episode> episodes = new ArrayList<>();
        for (Episode revised : imported.episodes()) {
            Episode old = existing.episode(revised.id()).orElse(null);
            if (old == null) {
                u.changes.add("new episode " + revised.id() + " '" + revised.title() + "'");
                episodes.add(revised);
            } else {
                episodes.add(u.episode(old, revised));
            }
        }
        for (Episode old : existing.episodes()) {
            if (imported.episode(old.id()).isEmpty()) {
                u.changes.add("kept episode " + old.id() + " '" + old.title() + "': it is not in the script");
                episodes.add(old);
            }
        }
        return new Result(existing.withEpisodes(episodes), u.changes);
    }

    private Episode episode(Episode old, Episode revised) {
        Set<String> used = new HashSet<>();
        old.scenes().forEach(s -> {
            used.add(s.id());
            s.shots().forEach(sh -> used.add(sh.id()));
        });
        Map<Scene, Scene> sceneMatch = new IdentityHashMap<>();
        Set<Scene> oldScenesTaken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Scene s : revised.scenes()) {
            old.scenes().stream().filter(o -> !oldScenesTaken.contains(o) && same(o.heading(), s.heading())).findFirst()
                    .ifPresent(o -> {
                        sceneMatch.put(s, o);
                        oldScenesTaken.add(o);
                    });
        }
        Map<Shot, Shot> shotMatch = new IdentityHashMap<>();
        Set<Shot> oldShotsTaken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (boolean anywhere : new boolean[] {false, true}) {
            for (Scene s : revised.scenes()) {
                Scene o = sceneMatch.get(s);
                List<Shot> candidates = anywhere ? old.scenes().stream().flatMap(x -> x.shots().stream()).toList()
                        : o == null ? List.of() : o.shots();
                for (Shot shot : s.shots()) {
                    if (shotMatch.containsKey(shot)) {
                        continue;
                    }
                    candidates.stream().filter(c -> !oldShotsTaken.contains(c) && same(text(c), text(shot))).findFirst()
                            .ifPresent(c -> {
                                shotMatch.put(shot, c);
                                oldShotsTaken.add(c);
                            });
                }
            }
        }
        Set<Shot> revisedBeats = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Scene s : revised.scenes()) {
            Scene o = sceneMatch.get(s);
            if (o != null) {
                matchRevisedBeats(s, o, shotMatch, oldShotsTaken, revisedBeats);
            }
        }
        List<Scene> scenes = new ArrayList<>();
        Map<String, String> sceneOf = new HashMap<>(); // old shot or scene id -> the scene it ends up in
        for (Scene s : revised.scenes()) {
            Scene o = sceneMatch.get(s);
            String sceneId = o != null ? o.id() : fresh("s", used);
            if (o == null) {
                changes.add("new scene " + sceneId + " '" + s.heading() + "'");
            }
            List<Shot> shots = new ArrayList<>();
            for (Shot shot : s.shots()) {
                Shot m = shotMatch.get(shot);
                shots.add(m == null ? added(shot, sceneId, used)
                        : merged(revisedBeats.contains(shot) ? rewritten(m, shot) : m, shot));
            }
            if (o != null) {
                keepWork(o, oldShotsTaken, shots);
                sceneOf.put(o.id(), sceneId);
                o.shots().forEach(sh -> sceneOf.put(sh.id(), sceneId));
            }
            scenes.add(new Scene(sceneId, s.heading(), o != null ? o.chapter() : null, shots));
        }
        for (int i = 0; i < old.scenes().size(); i++) {
            Scene o = old.scenes().get(i);
            if (oldScenesTaken.contains(o)) {
                continue;
            }
            List<Shot> kept = new ArrayList<>();
            keepWork(o, oldShotsTaken, kept);
            if (kept.isEmpty()) {
                changes.add("removed scene " + o.id() + " '" + o.heading() + "': it is no longer in the script");
                continue;
            }
            changes.add("kept scene " + o.id() + " '" + o.heading() + "' for its shots with takes or dialogue: it is"
                    + " no longer in the script");
            int at = position(scenes, old.scenes().subList(0, i), sceneOf);
            scenes.add(at, o.withShots(kept));
            sceneOf.put(o.id(), o.id());
            kept.forEach(sh -> sceneOf.put(sh.id(), o.id()));
        }
        return new Episode(old.id(), revised.title(), scenes, music(old, scenes, sceneOf));
    }

    /** Adds to {@code shots} (after what came before them) the shots of {@code o} with work that no beat matched. */
    private void keepWork(Scene o, Set<Shot> taken, List<Shot> shots) {
        Shot before = null;
        for (Shot sh : o.shots()) {
            if (taken.contains(sh)) {
                before = sh;
                continue;
            }
            if (hasWork(sh)) {
                int at = before == null ? 0 : indexOfId(shots, before.id()) + 1;
                shots.add(at, sh);
                changes.add("kept " + describe(sh) + ": its beat is no longer in the script");
                before = sh;
            } else {
                changes.add("removed " + describe(sh) + ": its beat is no longer in the script");
            }
        }
    }

    private static int indexOfId(List<Shot> shots, String id) {
        for (int i = 0; i < shots.size(); i++) {
            if (shots.get(i).id().equals(id)) {
                return i;
            }
        }
        return shots.size() - 1;
    }

    /** Where a kept scene goes: after the scene that the nearest of the old scenes before it went to, else first. */
    private static int position(List<Scene> scenes, List<Scene> oldBefore, Map<String, String> sceneOf) {
        for (int b = oldBefore.size() - 1; b >= 0; b--) {
            String now = sceneOf.get(oldBefore.get(b).id());
            for (int i = 0; now != null && i < scenes.size(); i++) {
                if (scenes.get(i).id().equals(now)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * Pairs the beats of a scene that no text matched with the scene's old shots that no beat
     * matched, when one reads like a revision of the other (at least {@value #REVISED} of their words
     * in common, {@link #likeness}): a corrected or reworded beat keeps its shot, takes and all. The
     * likeliest pairs are taken first; a card only pairs with a card.
     */
    private static void matchRevisedBeats(Scene revised, Scene old, Map<Shot, Shot> shotMatch, Set<Shot> oldTaken,
            Set<Shot> revisedBeats) {
        record Pair(Shot beat, Shot shot, double likeness) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Shot beat : revised.shots()) {
            for (Shot shot : old.shots()) {
                if (!shotMatch.containsKey(beat) && !oldTaken.contains(shot) && (beat instanceof Card) == (shot instanceof Card)) {
                    double l = likeness(text(beat), text(shot));
                    if (l >= REVISED) {
                        pairs.add(new Pair(beat, shot, l));
                    }
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.likeness(), a.likeness()));
        for (Pair p : pairs) {
            if (!shotMatch.containsKey(p.beat()) && !oldTaken.contains(p.shot())) {
                shotMatch.put(p.beat(), p.shot());
                oldTaken.add(p.shot());
                revisedBeats.add(p.beat());
            }
        }
    }

    /** How many words two texts share, from 0 to 1 (Dice's coefficient over their words; a CJK character is a word). */
    static double likeness(String a, String b) {
        Map<String, Integer> left = words(a);
        Map<String, Integer> right = words(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        StringBuilder word = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            boolean ideograph = Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
            if (Character.isLetterOrDigit(c) && !ideograph) {
                word.appendCodePoint(c);
                return;
            }
            if (word.length() > 0) {
                words.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
            if (ideograph) {
                words.merge(new String(Character.toChars(c)), 1, Integer::sum);
            }
        });
        if (word.length() > 0) {
            words.merge(word.toString(), 1, Integer::sum);
        }
        return words;
    }

    /** The old shot standing for the revised beat's text now, its work kept. */
    private Shot rewritten(Shot old, Shot revised) {
        String text = text(revised);
        changes.add("revised " + describe(old) + " to '" + shorten(text) + "'");
        if (old instanceof Slate s) {
            return new Slate(s.id(), text, s.duration().max(((Slate) revised).duration()), s.transition(), s.dialogue(),
                    s.subtitles());
        }
        if (old instanceof Card c) {
            return new Card(c.id(), text, c.duration().max(((Card) revised).duration()), c.background(), c.color(),
                    c.transition(), c.dialogue(), c.subtitles());
        }
        return ((TakeShot) old).withDescription(text);
    }

    /** The old shot with the script's subtitles when its lines changed. */
    private Shot merged(Shot old, Shot revised) {
        List<String> oldLines = old.subtitles().stream().map(SubtitleCue::text).toList();
        List<String> newLines = revised.subtitles().stream().map(SubtitleCue::text).toList();
        if (oldLines.equals(newLines)) {
            return old;
        }
        changes.add("updated the subtitles of " + describe(old) + " from the script");
        if (old instanceof Slate s && revised instanceof Slate r) {
            return new Slate(s.id(), s.description(), s.duration().max(r.duration()), s.transition(), s.dialogue(),
                    r.subtitles());
        }
        if (old instanceof Card c && revised instanceof Card r) {
            return new Card(c.id(), c.text(), c.duration().max(r.duration()), c.background(), c.color(), c.transition(),
                    c.dialogue(), r.subtitles());
        }
        return old.withSubtitles(revised.subtitles());
    }

    private Shot added(Shot shot, String sceneId, Set<String> used) {
        String id = fresh(sceneId + "-", used);
        Shot s = shot instanceof Slate sl
                ? new Slate(id, sl.description(), sl.duration(), sl.transition(), sl.dialogue(), sl.subtitles())
                : rename((Card) shot, id);
        changes.add("new " + describe(s));
        return s;
    }

    private static Card rename(Card c, String id) {
        return new Card(id, c.text(), c.duration(), c.background(), c.color(), c.transition(), c.dialogue(), c.subtitles());
    }

    /** The music, re-anchored where its anchor was removed; cues that ran until a removed item run on. */
    private List<MusicCue> music(Episode old, List<Scene> scenes, Map<String, String> sceneOf) {
        Set<String> ids = new HashSet<>();
        scenes.forEach(s -> {
            ids.add(s.id());
            s.shots().forEach(sh -> ids.add(sh.id()));
        });
        List<MusicCue> music = new ArrayList<>();
        for (MusicCue m : old.music()) {
            String anchor = m.anchor();
            if (!ids.contains(anchor)) {
                anchor = sceneOf.getOrDefault(anchor, scenes.get(0).id());
                changes.add("music '" + m.source() + "' was anchored to " + m.anchor() + ", which was removed: now to "
                        + anchor);
            }
            String until = m.until();
            if (until != null && !ids.contains(until)) {
                changes.add("music '" + m.source() + "' ran until " + until + ", which was removed: it now runs on");
                until = null;
            }
            music.add(new MusicCue(m.source(), anchor, m.offset(), m.in(), m.duration(), until, m.gain(), m.fadeIn(),
                    m.fadeOut(), m.duck()));
        }
        return music;
    }

    private static boolean hasWork(Shot shot) {
        return shot instanceof TakeShot || !shot.dialogue().isEmpty();
    }

    private static String describe(Shot shot) {
        String kind = shot instanceof TakeShot t ? "shot " + shot.id() + " (" + t.takes().size()
                + (t.takes().size() == 1 ? " take)" : " takes)")
                : (shot instanceof Card ? "card " : "slate ") + shot.id();
        String text = shorten(text(shot));
        return kind + (text.isEmpty() ? "" : " '" + text + "'");
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    /** The script text a shot stands for. */
    static String text(Shot shot) {
        if (shot instanceof Slate s) {
            return s.description();
        }
        if (shot instanceof Card c) {
            return c.text();
        }
        return ((TakeShot) shot).description();
    }

    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String fresh(String prefix, Set<String> used) {
        for (int n = 1; ; n++) {
            if (used.add(prefix + n)) {
                return prefix + n;
            }
        }
    }
}
