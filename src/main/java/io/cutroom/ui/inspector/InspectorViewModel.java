package io.cutroom.ui.inspector;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import io.cutroom.model.Project;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FrameRange;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import io.cutroom.render.SubtitleChecks;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.Edits;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.timeline.Timecode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inspector: the fields of what is selected — a scene, a shot (take, card or slate), one of
 * its takes, a line of dialogue, a subtitle cue or a music cue — as label and value rows, with
 * where it sits in the cut. The fields a writer may change carry a {@link Field}: committing it
 * parses the text, and makes one undoable edit through {@link Editing}, or says what is wrong.
 */
public final class InspectorViewModel {

    /**
     * One field: its name, its value as text, and how to change it.
     *
     * @param field how the value is edited, or null for a field that is only shown
     */
    public record Row(String label, String value, Field field) {

        /** A field that is only shown. */
        public Row(String label, String value) {
            this(label, value, null);
        }

        public boolean editable() {
            return field != null;
        }
    }

    /**
     * How a field is edited.
     *
     * @param choices the values to choose from, for {@link Kind#CHOICE}
     * @param commit takes the new value as typed or chosen ({@code "on"}/{@code "off"} for a
     *     check box); returns what is wrong with it, or empty when the edit was made
     */
    public record Field(Kind kind, List<String> choices, Function<String, Optional<String>> commit) {

        /** The control that edits the field. */
        public enum Kind { TEXT, LONG_TEXT, CHOICE, CHECK }

        public Field {
            choices = List.copyOf(choices);
        }
    }

    /** Something a field's text could not be read as; the message says what was expected. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** A change to the project made from a field's new value. */
    @FunctionalInterface
    private interface Change<T> {
        Project apply(Edits edits, Project p, String episodeId, T value) throws EditException;
    }

    /** Reads a field's text. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text) throws Invalid;
    }

    /** What the inspector needs to know to describe a selection. */
    public record Context(Episode episode, Cut cut, Path mediaRoot, Map<Path, SourceState> media) {
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Nothing selected");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private Editing editing = Editing.NONE;

    /** Where the fields' edits go: the editor. */
    public void setEditing(Editing newEditing) {
        editing = newEditing;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Describes {@code selection} (null for nothing) in {@code context} (null when no project is open). */
    public void show(Selection selection, Context context) {
        List<Row> out = new ArrayList<>();
        String heading = "Nothing selected";
        if (selection != null && context != null && context.episode() != null) {
            heading = describe(selection, context, out);
        }
        title.set(heading);
        rows.set(List.copyOf(out));
    }

    private String describe(Selection s, Context c, List<Row> out) {
        Episode e = c.episode();
        switch (s.kind()) {
            case SCENE -> {
                Optional<Scene> scene = e.scene(s.id());
                if (scene.isEmpty()) {
                    return "Nothing selected";
                }
                scene(scene.get(), c, out);
                return "Scene " + scene.get().id();
            }
            case MUSIC -> {
                if (s.index() < 0 || s.index() >= e.music().size()) {
                    return "Nothing selected";
                }
                music(s.index(), e.music().get(s.index()), out);
                return "Music cue " + (s.index() + 1);
            }
            default -> {
            }
        }
        Optional<Shot> found = e.shot(s.id());
        if (found.isEmpty()) {
            return "Nothing selected";
        }
        Shot shot = found.get();
        switch (s.kind()) {
            case SHOT -> {
                shot(shot, c, out);
                return kindOf(shot) + " " + shot.id();
            }
            case TAKE -> {
                if (!(shot instanceof TakeShot ts) || ts.take(s.takeId()).isEmpty()) {
                    return "Nothing selected";
                }
                out.add(new Row("Shot", shot.id()));
                take(ts, ts.take(s.takeId()).get(), c, out);
                return "Take " + s.takeId() + " of " + shot.id();
            }
            case SUBTITLE -> {
                if (s.index() < 0 || s.index() >= shot.subtitles().size()) {
                    return "Nothing selected";
                }
                SubtitleCue cue = shot.subtitles().get(s.index());
                subtitle(shot.id(), s.index(), cue, out);
                readingChecks(shot.id(), cue, c.cut(), out);
                return "Subtitle of " + shot.id();
            }
            case DIALOGUE -> {
                if (s.index() < 0 || s.index() >= shot.dialogue().size()) {
                    return "Nothing selected";
                }
                dialogue(shot.id(), s.index(), shot.dialogue().get(s.index()), c, out);
                return "Dialogue of " + shot.id();
            }
            default -> throw new AssertionError(s.kind());
        }
    }

    private void scene(Scene sc, Context c, List<Row> out) {
        String id = sc.id();
        out.add(new Row("Scene", id));
        out.add(text("Heading", sc.heading(), Field.Kind.TEXT, "Set heading of " + id, t -> t,
                (edits, p, ep, v) -> edits.setHeading(p, ep, id, v)));
        out.add(text("Chapter", sc.chapterTitle(), Field.Kind.TEXT, "Set chapter of " + id,
                t -> t.isBlank() || t.strip().equals(sc.heading()) ? null : t,
                (edits, p, ep, v) -> edits.setChapter(p, ep, id, v)));
        out.add(new Row("Shots", Integer.toString(sc.shots().size())));
        sceneSpan(c.cut(), id).ifPresent(r -> position(out, r, c.cut().format().frameRate()));
    }

    private void shot(Shot shot, Context c, List<Row> out) {
        String id = shot.id();
        out.add(new Row("Shot", id));
        if (shot instanceof TakeShot ts) {
            out.add(text("Description", ts.description(), Field.Kind.LONG_TEXT, "Set description of " + id, t -> t,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, takeShot(p, ep, id).withDescription(v))));
            out.add(new Row("Takes", ts.takes().size() + " (" + String.join(", ", ts.takes().stream().map(Take::id).toList()) + ")"));
            out.add(choice("Fit", ts.fit().name().toLowerCase(Locale.ROOT), List.of("fit", "fill", "stretch"),
                    "Set fit of " + id, t -> FitMode.valueOf(t.toUpperCase(Locale.ROOT)),
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, withFit(takeShot(p, ep, id), v))));
            out.add(check("Clip audio", ts.clipAudio(), "Set clip audio of " + id,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, withClipAudio(takeShot(p, ep, id), v))));
            out.add(text("Clip gain", decibels(ts.gain()), Field.Kind.TEXT, "Set clip gain of " + id,
                    InspectorViewModel::parseDecibels,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, withGain(takeShot(p, ep, id), v))));
            out.add(choice("Selected take", ts.selected(), ts.takes().stream().map(Take::id).toList(),
                    "Take of " + id, t -> t, (edits, p, ep, v) -> edits.selectTake(p, ep, id, v)));
            take(ts, ts.selectedTake(), c, out);
        } else if (shot instanceof Card card) {
            out.add(text("Text", card.text(), Field.Kind.LONG_TEXT, "Set text of " + id, t -> t,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, card(card(p, ep, id), v, null, null, null))));
            out.add(text("Duration", seconds(card.duration()), Field.Kind.TEXT, "Set duration of " + id,
                    InspectorViewModel::parseSeconds,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, card(card(p, ep, id), null, v, null, null))));
            out.add(text("Background", card.background().toString(), Field.Kind.TEXT, "Set background of " + id,
                    InspectorViewModel::parseColor,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, card(card(p, ep, id), null, null, v, null))));
            out.add(text("Colour", card.color().toString(), Field.Kind.TEXT, "Set colour of " + id,
                    InspectorViewModel::parseColor,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, card(card(p, ep, id), null, null, null, v))));
        } else {
            Slate slate = (Slate) shot;
            out.add(text("Description", slate.description(), Field.Kind.LONG_TEXT, "Set description of " + id, t -> t,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, slate(slate(p, ep, id), v, null))));
            out.add(text("Duration", seconds(slate.duration()), Field.Kind.TEXT, "Set duration of " + id,
                    InspectorViewModel::parseSeconds,
                    (edits, p, ep, v) -> edits.replaceShot(p, ep, slate(slate(p, ep, id), null, v))));
        }
        Transition t = shot.transition();
        out.add(choice("Transition", transitionName(t.type()), TRANSITIONS, "Transition of " + id,
                InspectorViewModel::transitionType, (edits, p, ep, v) -> edits.setTransition(p, ep, id,
                        v == Transition.Type.CUT ? Transition.CUT
                                : new Transition(v, t.isCut() ? Rational.of(1) : t.duration()))));
        if (!t.isCut()) {
            out.add(text("Transition length", seconds(t.duration()), Field.Kind.TEXT, "Transition of " + id,
                    InspectorViewModel::parseSeconds,
                    (edits, p, ep, v) -> edits.setTransition(p, ep, id, new Transition(t.type(), v))));
        }
        out.add(new Row("Dialogue", Integer.toString(shot.dialogue().size())));
        out.add(new Row("Subtitles", Integer.toString(shot.subtitles().size())));
        if (c.cut() != null) {
            c.cut().video().stream().filter(v -> v.origin().shotId().equals(id)).findFirst()
                    .map(VideoEvent::range).ifPresent(r -> position(out, r, c.cut().format().frameRate()));
        }
    }

    private void take(TakeShot shot, Take take, Context c, List<Row> out) {
        String id = shot.id();
        String takeId = take.id();
        boolean selected = takeId.equals(shot.selected());
        out.add(new Row("Take", takeId + (selected ? " (selected)" : "")));
        out.add(new Row("Source", take.source()));
        status(c, take.source(), out);
        out.add(text("In", seconds(take.in()), Field.Kind.TEXT, "Set in point of " + id + " · " + takeId,
                InspectorViewModel::parseSeconds, (edits, p, ep, v) -> {
                    Take now = takeOf(p, ep, id, takeId);
                    return edits.replaceShot(p, ep, withTake(takeShot(p, ep, id), now.withInOut(v, now.out())));
                }));
        out.add(text("Out", take.out() == null ? END_OF_CLIP : seconds(take.out()), Field.Kind.TEXT,
                "Set out point of " + id + " · " + takeId,
                t -> t.isBlank() || t.strip().equals(END_OF_CLIP) ? null : parseSeconds(t), (edits, p, ep, v) -> {
                    Take now = takeOf(p, ep, id, takeId);
                    return edits.replaceShot(p, ep, withTake(takeShot(p, ep, id), now.withInOut(now.in(), v)));
                }));
        Provenance p = take.provenance();
        out.add(new Row("Model", p.model() == null ? "—" : p.model()));
        out.add(new Row("Seed", p.seed() == null ? "—" : p.seed().toString()));
        out.add(new Row("Prompt", p.prompt() == null ? "—" : p.prompt()));
        if (p.notes() != null) {
            out.add(new Row("Notes", p.notes()));
        }
    }

    private void subtitle(String shotId, int index, SubtitleCue cue, List<Row> out) {
        out.add(new Row("Shot", shotId));
        String label = "Edit subtitle";
        out.add(text("Text", cue.text(), Field.Kind.LONG_TEXT, label, t -> t,
                (edits, p, ep, v) -> edits.updateSubtitle(p, ep, shotId, index, new SubtitleCue(v, cue.offset(),
                        cue.duration(), cue.speaker()))));
        out.add(text("Speaker", cue.speaker() == null ? "" : cue.speaker(), Field.Kind.TEXT, label,
                t -> t.isBlank() ? null : t.strip(),
                (edits, p, ep, v) -> edits.updateSubtitle(p, ep, shotId, index, new SubtitleCue(cue.text(),
                        cue.offset(), cue.duration(), v))));
        out.add(text("Offset", seconds(cue.offset()), Field.Kind.TEXT, label, InspectorViewModel::parseSeconds,
                (edits, p, ep, v) -> edits.updateSubtitle(p, ep, shotId, index, new SubtitleCue(cue.text(), v,
                        cue.duration(), cue.speaker()))));
        out.add(text("Duration", seconds(cue.duration()), Field.Kind.TEXT, label, InspectorViewModel::parseSeconds,
                (edits, p, ep, v) -> edits.updateSubtitle(p, ep, shotId, index, new SubtitleCue(cue.text(),
                        cue.offset(), v, cue.speaker()))));
    }

    /** What the reading checks say about the cue, a row each ("Check: reads at 21.3 characters per second …"). */
    private static void readingChecks(String shotId, SubtitleCue cue, Cut cut, List<Row> out) {
        if (cut == null) {
            return;
        }
        for (SubtitleChecks.Finding f : SubtitleChecks.of(cut)) {
            if (shotId.equals(f.cue().origin().shotId()) && cue.text().equals(f.cue().text())) {
                out.add(new Row("Check", f.message()));
            }
        }
    }

    private void dialogue(String shotId, int index, Dialogue d, Context c, List<Row> out) {
        out.add(new Row("Shot", shotId));
        out.add(new Row("Source", d.source()));
        status(c, d.source(), out);
        String label = "Edit dialogue";
        out.add(text("Offset", seconds(d.offset()), Field.Kind.TEXT, label, InspectorViewModel::parseSeconds,
                (edits, p, ep, v) -> edits.updateDialogue(p, ep, shotId, index,
                        new Dialogue(d.source(), v, d.in(), d.out(), d.gain()))));
        out.add(new Row("In", seconds(d.in())));
        out.add(new Row("Out", d.out() == null ? "end of file" : seconds(d.out())));
        out.add(text("Gain", decibels(d.gain()), Field.Kind.TEXT, label, InspectorViewModel::parseDecibels,
                (edits, p, ep, v) -> edits.updateDialogue(p, ep, shotId, index,
                        new Dialogue(d.source(), d.offset(), d.in(), d.out(), v))));
    }

    private void music(int index, MusicCue m, List<Row> out) {
        String label = "Edit music";
        out.add(new Row("Source", m.source()));
        out.add(new Row("Anchor", m.anchor()));
        out.add(text("Offset", seconds(m.offset()), Field.Kind.TEXT, label, InspectorViewModel::parseSeconds,
                (edits, p, ep, v) -> edits.updateMusic(p, ep, index, new MusicCue(m.source(), m.anchor(), v, m.in(),
                        m.duration(), m.until(), m.gain(), m.fadeIn(), m.fadeOut(), m.duck()))));
        out.add(new Row("In", seconds(m.in())));
        out.add(new Row("Runs", m.duration() != null ? seconds(m.duration())
                : m.until() != null ? "until " + m.until() : "to the end"));
        out.add(text("Gain", decibels(m.gain()), Field.Kind.TEXT, label, InspectorViewModel::parseDecibels,
                (edits, p, ep, v) -> edits.updateMusic(p, ep, index, new MusicCue(m.source(), m.anchor(), m.offset(),
                        m.in(), m.duration(), m.until(), v, m.fadeIn(), m.fadeOut(), m.duck()))));
        out.add(text("Fade in", seconds(m.fadeIn()), Field.Kind.TEXT, label, InspectorViewModel::parseSeconds,
                (edits, p, ep, v) -> edits.updateMusic(p, ep, index, new MusicCue(m.source(), m.anchor(), m.offset(),
                        m.in(), m.duration(), m.until(), m.gain(), v, m.fadeOut(), m.duck()))));
        out.add(text("Fade out", seconds(m.fadeOut()), Field.Kind.TEXT, label, InspectorViewModel::parseSeconds,
                (edits, p, ep, v) -> edits.updateMusic(p, ep, index, new MusicCue(m.source(), m.anchor(), m.offset(),
                        m.in(), m.duration(), m.until(), m.gain(), m.fadeIn(), v, m.duck()))));
        out.add(check("Ducks under dialogue", m.duck(), label,
                (edits, p, ep, v) -> edits.updateMusic(p, ep, index, new MusicCue(m.source(), m.anchor(), m.offset(),
                        m.in(), m.duration(), m.until(), m.gain(), m.fadeIn(), m.fadeOut(), v))));
    }

    // ---- editable fields

    private static final String END_OF_CLIP = "end of clip";
    private static final List<String> TRANSITIONS = List.of("cut", "crossfade", "dip to black", "dip to white");

    private <T> Row text(String label, String value, Field.Kind kind, String editLabel, Parser<T> parser,
            Change<T> change) {
        return new Row(label, value, new Field(kind, List.of(), commit(editLabel, parser, change)));
    }

    private <T> Row choice(String label, String value, List<String> choices, String editLabel, Parser<T> parser,
            Change<T> change) {
        return new Row(label, value, new Field(Field.Kind.CHOICE, choices, commit(editLabel, parser, change)));
    }

    private Row check(String label, boolean value, String editLabel, Change<Boolean> change) {
        return new Row(label, value ? "on" : "off",
                new Field(Field.Kind.CHECK, List.of(), commit(editLabel, "on"::equals, change)));
    }

    private <T> Function<String, Optional<String>> commit(String editLabel, Parser<T> parser, Change<T> change) {
        return text -> {
            T value;
            try {
                value = parser.parse(text);
            } catch (Invalid e) {
                return Optional.of(e.getMessage());
            }
            return editing.apply(editLabel, (edits, p, ep) -> change.apply(edits, p, ep, value));
        };
    }

    static Rational parseSeconds(String text) throws Invalid {
        String t = text.strip();
        if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return Rational.parse(t);
        } catch (IllegalArgumentException e) {
            throw new Invalid("'" + text.strip() + "' is not a time: write seconds such as 2.5, a fraction such as"
                    + " 1001/24000, or a clock time such as 01:02.5");
        }
    }

    static double parseDecibels(String text) throws Invalid {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).endsWith("db")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        try {
            double db = Double.parseDouble(t);
            if (Double.isFinite(db) && Math.abs(db) <= 60) {
                return db;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new Invalid("'" + text.strip() + "' is not a gain: write decibels from -60 to +60, such as -6 or +3.5");
    }

    static Color parseColor(String text) throws Invalid {
        try {
            return Color.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static String transitionName(Transition.Type type) {
        return TRANSITIONS.get(type.ordinal());
    }

    private static Transition.Type transitionType(String text) throws Invalid {
        int i = TRANSITIONS.indexOf(text.strip());
        if (i < 0) {
            throw new Invalid("'" + text + "' is not a transition: choose one of " + String.join(", ", TRANSITIONS));
        }
        return Transition.Type.values()[i];
    }

    private static Shot shotOf(Project p, String episodeId, String shotId) throws EditException {
        return p.episode(episodeId).flatMap(e -> e.shot(shotId))
                .orElseThrow(() -> new EditException("episode " + episodeId + ": no shot " + shotId));
    }

    private static TakeShot takeShot(Project p, String episodeId, String shotId) throws EditException {
        if (shotOf(p, episodeId, shotId) instanceof TakeShot ts) {
            return ts;
        }
        throw new EditException("shot " + shotId + " has no takes");
    }

    private static Take takeOf(Project p, String episodeId, String shotId, String takeId) throws EditException {
        return takeShot(p, episodeId, shotId).take(takeId)
                .orElseThrow(() -> new EditException("shot " + shotId + ": no take " + takeId));
    }

    private static TakeShot withTake(TakeShot shot, Take take) {
        return shot.withTakes(shot.takes().stream().map(t -> t.id().equals(take.id()) ? take : t).toList());
    }

    private static Card card(Project p, String episodeId, String shotId) throws EditException {
        if (shotOf(p, episodeId, shotId) instanceof Card c) {
            return c;
        }
        throw new EditException("shot " + shotId + " is not a card");
    }

    private static Slate slate(Project p, String episodeId, String shotId) throws EditException {
        if (shotOf(p, episodeId, shotId) instanceof Slate s) {
            return s;
        }
        throw new EditException("shot " + shotId + " is not a slate");
    }

    /** The card with the fields given (null keeps a field as it is). */
    private static Card card(Card c, String text, Rational duration, Color background, Color color) {
        return new Card(c.id(), text != null ? text : c.text(), duration != null ? duration : c.duration(),
                background != null ? background : c.background(), color != null ? color : c.color(), c.transition(),
                c.dialogue(), c.subtitles());
    }

    /** The slate with the fields given (null keeps a field as it is). */
    private static Slate slate(Slate s, String description, Rational duration) {
        return new Slate(s.id(), description != null ? description : s.description(),
                duration != null ? duration : s.duration(), s.transition(), s.dialogue(), s.subtitles());
    }

    private static TakeShot withFit(TakeShot t, FitMode fit) {
        return new TakeShot(t.id(), t.takes(), t.selected(), fit, t.gain(), t.clipAudio(), t.transition(), t.dialogue(),
                t.subtitles(), t.description());
    }

    private static TakeShot withClipAudio(TakeShot t, boolean on) {
        return new TakeShot(t.id(), t.takes(), t.selected(), t.fit(), t.gain(), on, t.transition(), t.dialogue(),
                t.subtitles(), t.description());
    }

    private static TakeShot withGain(TakeShot t, double gain) {
        return new TakeShot(t.id(), t.takes(), t.selected(), t.fit(), gain, t.clipAudio(), t.transition(), t.dialogue(),
                t.subtitles(), t.description());
    }

    private static void status(Context c, String source, List<Row> out) {
        SourceState state = c.media().get(Resolver.source(c.mediaRoot(), source));
        out.add(new Row("File", state == null ? "not looked at yet"
                : state.status() == SourceState.Status.READY ? "on disk, " + seconds(state.duration()) : state.describe()));
    }

    private static void position(List<Row> out, FrameRange r, FrameRate rate) {
        out.add(new Row("Starts", Timecode.of(r.start(), rate) + " (frame " + r.start() + ")"));
        out.add(new Row("Length", r.duration() + " frames, " + seconds(rate.toSeconds(r.duration()))));
    }

    private static Optional<FrameRange> sceneSpan(Cut cut, String sceneId) {
        return cut == null ? Optional.empty()
                : cut.scenes().stream().filter(s -> s.sceneId().equals(sceneId)).findFirst().map(SceneSpan::range);
    }

    private static String kindOf(Shot shot) {
        return shot instanceof TakeShot ? "Shot" : shot instanceof Card ? "Card" : "Slate";
    }

    static String seconds(Rational r) {
        return (r.isFiniteDecimal() ? r.toString() : r.toDecimal(3).stripTrailingZeros().toPlainString()) + " s";
    }

    private static String decibels(double gain) {
        return String.format(Locale.ROOT, "%+.1f dB", gain);
    }
}
