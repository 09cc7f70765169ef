package io.cutroom.interchange;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.io.FilenameUtils;

/**
 * Turns a screenplay into a playable rough cut, an animatic of slates:
 *
 * <ul>
 *   <li>the title page becomes an opening card (title, credit, authors, source) in an opening scene
 *       that also holds whatever comes before the first scene heading;
 *   <li>each scene heading becomes a scene (a heading with nothing under it gets one slate showing
 *       the heading, so the scene plays);
 *   <li>each paragraph of action becomes a slate with the action as its description, centered
 *       text a card;
 *   <li>dialogue and lyrics become subtitles with their speaker, anchored to the slate of the action
 *       before them (or to a slate showing the heading), one after another; a long speech is split
 *       into several subtitles; dual dialogue becomes one subtitle of two lines, {@code – } before
 *       each; parentheticals are directions and are left out;
 *   <li>a transition applies to the next shot: {@code DISSOLVE} a 1 s crossfade, {@code FADE} a dip
 *       to black, one that names {@code WHITE} a dip to white, others a cut; an action paragraph in
 *       capitals ending in a colon ({@code FADE IN:}) is taken as a transition, not a beat;
 *   <li>with {@code episodesBySection}, each top-level section ({@code # Episode 2}) starts an
 *       episode titled after it.
 * </ul>
 *
 * Notes, synopses, deeper sections and page breaks do not show. Everything is timed by a {@link ReadingPace}.
 */
public final class ScriptImport {

    private static final Rational TRANSITION_LENGTH = Rational.of(1);

    private final Format format;
    private final ReadingPace pace;

    public ScriptImport(Format format, ReadingPace pace) {
        this.format = Objects.requireNonNull(format, "format");
        this.pace = Objects.requireNonNull(pace, "pace");
    }

    /**
     * The project of a script.
     *
     * @param fileName the script's file name: for messages, and without its extension the title when the
     *     title page has none
     * @throws ScriptException when the script has nothing to show
     */
    public Project toProject(FountainScript script, String fileName, boolean episodesBySection) throws ScriptException {
        String title = script.title("title") != null ? script.title("title").replace('\n', ' ')
                : FilenameUtils.getBaseName(fileName);
        List<Episode> episodes = new ArrayList<>();
        Builder b = new Builder(script, title, "ep1", title);
        for (ScriptElement e : script.elements()) {
            if (episodesBySection && e instanceof ScriptElement.Section s && s.depth() == 1) {
                if (!b.empty) {
                    episodes.add(b.episode());
                }
                b = new Builder(script, title, "ep" + (episodes.size() + 1), s.text());
            } else {
                b.add(e);
            }
        }
        if (!b.empty || episodes.isEmpty() && b.beat != null) {
            episodes.add(b.episode());
        }
        if (episodes.isEmpty()) {
            throw new ScriptException(fileName + ": the script has no title page, scene, action or dialogue to import");
        }
        return new Project(format, ".", Style.DEFAULT, episodes);
    }

    /** The scenes of one episode as they are read. */
    private final class Builder {
        private final String episodeId;
        private final String episodeTitle;
        private final List<Scene> scenes = new ArrayList<>();
        private String heading;
        private List<Shot> shots = new ArrayList<>();
        private List<SubtitleCue> cues = new ArrayList<>();
        private Shot beat;
        private Transition transition = Transition.CUT;
        /** Whether the scene being read is the opening one, before the first heading. */
        private boolean opening = true;
        /** Whether nothing but the opening card has been read. */
        private boolean empty = true;
        /** How many scenes under headings are done. */
        private int numbered;
        private String speaker;
        private boolean speaking;
        private boolean dual;

        Builder(FountainScript script, String title, String episodeId, String episodeTitle) {
            this.episodeId = episodeId;
            this.episodeTitle = episodeTitle;
            this.heading = title;
            String card = openingCard(script, episodeTitle.equals(title) ? null : episodeTitle);
            if (!card.isEmpty()) {
                beat(card(card, pace.minShot().add(Rational.of(1))));
            }
        }

        void add(ScriptElement e) {
            boolean dialogue = e instanceof ScriptElement.Dialogue || e instanceof ScriptElement.Parenthetical
                    || e instanceof ScriptElement.Lyrics && speaking;
            if (!dialogue && !(e instanceof ScriptElement.Character)) {
                speaking = false;
            }
            if (e instanceof ScriptElement.Heading h) {
                endScene();
                heading = h.text();
                opening = false;
                empty = false;
            } else if (e instanceof ScriptElement.Action a) {
                if (a.text().endsWith(":") && !a.text().contains("\n") && a.text().equals(a.text().toUpperCase(Locale.ROOT))) {
                    transition(a.text());
                } else {
                    String text = a.text().replaceAll("[ \\t]+", " ");
                    beat(slate(text));
                }
            } else if (e instanceof ScriptElement.Centered c) {
                beat(card(c.text(), pace.minShot()));
            } else if (e instanceof ScriptElement.Transition t) {
                transition(t.text());
            } else if (e instanceof ScriptElement.Character c) {
                speaker = c.name();
                dual = c.dual() && speaking;
                speaking = true;
            } else if (e instanceof ScriptElement.Dialogue d) {
                speak(d.text(), speaking ? speaker : null);
            } else if (e instanceof ScriptElement.Lyrics l) {
                speak("♪ " + l.text().replace("\n", " ") + " ♪", speaking ? speaker : null);
            }
        }

        private void speak(String text, String who) {
            if (beat == null) {
                beat(slate(heading));
            }
            if (dual && !cues.isEmpty()) {
                SubtitleCue last = cues.remove(cues.size() - 1);
                String both = pace.lines().apply("– " + last.text().replace("\n", " ") + "\n– " + text.replace("\n", " "));
                cues.add(new SubtitleCue(both, last.offset(), seconds(pace.frames(both, pace.minCue(), rate())),
                        last.speaker() + " / " + who));
                dual = false;
                return;
            }
            for (String piece : pace.pieces(text)) {
                Rational start = cues.isEmpty()
                        ? beat.transition().type() == Transition.Type.CROSSFADE ? beat.transition().duration() : Rational.ZERO
                        : cues.get(cues.size() - 1).offset().add(cues.get(cues.size() - 1).duration());
                cues.add(new SubtitleCue(pace.lines().apply(piece), start,
                        seconds(pace.frames(piece, pace.minCue(), rate())), who));
            }
        }

        private void transition(String text) {
            String t = text.toUpperCase(Locale.ROOT);
            transition = t.contains("DISSOLVE") ? new Transition(Transition.Type.CROSSFADE, TRANSITION_LENGTH)
                    : t.contains("WHITE") ? new Transition(Transition.Type.DIP_TO_WHITE, TRANSITION_LENGTH)
                    : t.contains("FADE") ? new Transition(Transition.Type.DIP_TO_BLACK, TRANSITION_LENGTH)
                    : Transition.CUT;
        }

        /** Ends the beat before and starts {@code next}, which takes the pending transition (not the episode's first shot). */
        private void beat(Shot next) {
            endBeat();
            boolean first = shots.isEmpty() && scenes.isEmpty();
            beat = first ? next : next.withTransition(transition);
            transition = Transition.CUT;
            empty = empty && next instanceof Card && first;
        }

        /** The beat with its subtitles, long enough for them. */
        private void endBeat() {
            if (beat == null) {
                return;
            }
            Rational end = cues.isEmpty() ? Rational.ZERO
                    : cues.get(cues.size() - 1).offset().add(cues.get(cues.size() - 1).duration());
            Shot done = beat.withSubtitles(cues);
            if (beat instanceof Slate s && end.compareTo(s.duration()) > 0) {
                done = new Slate(s.id(), s.description(), end, s.transition(), List.of(), cues);
            } else if (beat instanceof Card c && end.compareTo(c.duration()) > 0) {
                done = new Card(c.id(), c.text(), end, c.background(), c.color(), c.transition(), List.of(), cues);
            }
            shots.add(done);
            beat = null;
            cues = new ArrayList<>();
        }

        private void endScene() {
            endBeat();
            if (shots.isEmpty() && opening) {
                return;
            }
            if (shots.isEmpty()) {
                beat(slate(heading));
                endBeat();
            }
            scenes.add(new Scene(sceneId(), heading, null, shots));
            numbered += opening ? 0 : 1;
            shots = new ArrayList<>();
        }

        Episode episode() {
            endScene();
            return new Episode(episodeId, episodeTitle, scenes, List.of());
        }

        /** A slate showing {@code text} for as long as it takes to read. */
        private Slate slate(String text) {
            return new Slate(shotId(), text, seconds(pace.frames(text, pace.minShot(), rate())), Transition.CUT, List.of(),
                    List.of());
        }

        /** A white-on-black card showing {@code text} for as long as it takes to read, at least {@code min}. */
        private Card card(String text, Rational min) {
            return new Card(shotId(), text, seconds(pace.frames(text, min, rate())), Color.BLACK, Color.WHITE,
                    Transition.CUT, List.of(), List.of());
        }

        /**
         * {@code s1}, {@code s2} … for the scenes under headings, in order, as a writer numbers them
         * (and as clips are named for {@code import-media}: {@code S01_SH02}); {@code s0} for the
         * opening scene before the first heading.
         */
        private String sceneId() {
            return "s" + (opening ? 0 : numbered + 1);
        }

        private String shotId() {
            return sceneId() + "-" + (shots.size() + (beat == null ? 1 : 2));
        }
    }

    /** The title page as the text of a card: title, credit, authors, source; empty without a title page. */
    static String openingCard(FountainScript script, String episodeTitle) {
        List<String> blocks = new ArrayList<>();
        if (script.title("title") != null) {
            blocks.add(script.title("title"));
        }
        if (episodeTitle != null) {
            blocks.add(episodeTitle);
        }
        List<String> credits = new ArrayList<>();
        for (String key : List.of("credit", "author", "authors", "source")) {
            if (script.title(key) != null && !script.title(key).isBlank()) {
                credits.add(script.title(key));
            }
        }
        if (!credits.isEmpty()) {
            blocks.add(String.join("\n", credits));
        }
        return String.join("\n\n", blocks);
    }

    private FrameRate rate() {
        return format.frameRate();
    }

    private Rational seconds(long frames) {
        return rate().toSeconds(frames);
    }
}
