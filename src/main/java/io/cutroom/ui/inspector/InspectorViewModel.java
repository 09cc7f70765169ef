package io.cutroom.ui.inspector;

import io.cutroom.model.Card;
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
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SceneSpan;
import io.cutroom.timeline.VideoEvent;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.timeline.Timecode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The inspector: the fields of what is selected — a scene, a shot (take, card or slate), one of
 * its takes, a line of dialogue, a subtitle cue or a music cue — as label and value rows, with
 * where it sits in the cut.
 */
public final class InspectorViewModel {

    /** One field: its name and its value as text. */
    public record Row(String label, String value) {
    }

    /** What the inspector needs to know to describe a selection. */
    public record Context(Episode episode, Cut cut, Path mediaRoot, Map<Path, SourceState> media) {
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Nothing selected");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());

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
                Scene sc = scene.get();
                out.add(new Row("Scene", sc.id()));
                out.add(new Row("Heading", sc.heading()));
                out.add(new Row("Chapter", sc.chapterTitle()));
                out.add(new Row("Shots", Integer.toString(sc.shots().size())));
                sceneSpan(c.cut(), sc.id()).ifPresent(r -> position(out, r, c.cut().format().frameRate()));
                return "Scene " + sc.id();
            }
            case MUSIC -> {
                if (s.index() < 0 || s.index() >= e.music().size()) {
                    return "Nothing selected";
                }
                music(e.music().get(s.index()), out);
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
                take(ts.take(s.takeId()).get(), s.takeId().equals(ts.selected()), c, out);
                return "Take " + s.takeId() + " of " + shot.id();
            }
            case SUBTITLE -> {
                if (s.index() < 0 || s.index() >= shot.subtitles().size()) {
                    return "Nothing selected";
                }
                SubtitleCue cue = shot.subtitles().get(s.index());
                out.add(new Row("Shot", shot.id()));
                out.add(new Row("Text", cue.text()));
                out.add(new Row("Speaker", cue.speaker() == null ? "—" : cue.speaker()));
                out.add(new Row("Offset", seconds(cue.offset()) + " after the shot starts"));
                out.add(new Row("Duration", seconds(cue.duration())));
                return "Subtitle of " + shot.id();
            }
            case DIALOGUE -> {
                if (s.index() < 0 || s.index() >= shot.dialogue().size()) {
                    return "Nothing selected";
                }
                Dialogue d = shot.dialogue().get(s.index());
                out.add(new Row("Shot", shot.id()));
                out.add(new Row("Source", d.source()));
                status(c, d.source(), out);
                out.add(new Row("Offset", seconds(d.offset()) + " after the shot starts"));
                out.add(new Row("In", seconds(d.in())));
                out.add(new Row("Out", d.out() == null ? "end of file" : seconds(d.out())));
                out.add(new Row("Gain", decibels(d.gain())));
                return "Dialogue of " + shot.id();
            }
            default -> throw new AssertionError(s.kind());
        }
    }

    private void shot(Shot shot, Context c, List<Row> out) {
        out.add(new Row("Shot", shot.id()));
        if (shot instanceof TakeShot ts) {
            out.add(new Row("Takes", ts.takes().size() + " (" + String.join(", ", ts.takes().stream().map(Take::id).toList()) + ")"));
            out.add(new Row("Fit", ts.fit().name().toLowerCase(Locale.ROOT)));
            out.add(new Row("Clip audio", ts.clipAudio() ? "on, " + decibels(ts.gain()) : "off"));
            out.add(new Row("Selected take", ts.selected()));
            take(ts.selectedTake(), true, c, out);
        } else if (shot instanceof Card card) {
            out.add(new Row("Text", card.text()));
            out.add(new Row("Duration", seconds(card.duration())));
            out.add(new Row("Background", card.background().toString()));
            out.add(new Row("Colour", card.color().toString()));
        } else {
            Slate slate = (Slate) shot;
            out.add(new Row("Description", slate.description()));
            out.add(new Row("Duration", seconds(slate.duration())));
        }
        out.add(new Row("Transition", transition(shot.transition())));
        out.add(new Row("Dialogue", Integer.toString(shot.dialogue().size())));
        out.add(new Row("Subtitles", Integer.toString(shot.subtitles().size())));
        if (c.cut() != null) {
            c.cut().video().stream().filter(v -> v.origin().shotId().equals(shot.id())).findFirst()
                    .map(VideoEvent::range).ifPresent(r -> position(out, r, c.cut().format().frameRate()));
        }
    }

    private void take(Take take, boolean selected, Context c, List<Row> out) {
        out.add(new Row("Take", take.id() + (selected ? " (selected)" : "")));
        out.add(new Row("Source", take.source()));
        status(c, take.source(), out);
        out.add(new Row("In", seconds(take.in())));
        out.add(new Row("Out", take.out() == null ? "end of clip" : seconds(take.out())));
        Provenance p = take.provenance();
        out.add(new Row("Model", p.model() == null ? "—" : p.model()));
        out.add(new Row("Seed", p.seed() == null ? "—" : p.seed().toString()));
        out.add(new Row("Prompt", p.prompt() == null ? "—" : p.prompt()));
        if (p.notes() != null) {
            out.add(new Row("Notes", p.notes()));
        }
    }

    private void music(MusicCue m, List<Row> out) {
        out.add(new Row("Source", m.source()));
        out.add(new Row("Anchor", m.anchor()));
        out.add(new Row("Offset", seconds(m.offset()) + " after the anchor starts"));
        out.add(new Row("In", seconds(m.in())));
        out.add(new Row("Runs", m.duration() != null ? seconds(m.duration())
                : m.until() != null ? "until " + m.until() : "to the end"));
        out.add(new Row("Gain", decibels(m.gain())));
        out.add(new Row("Fades", "in " + seconds(m.fadeIn()) + ", out " + seconds(m.fadeOut())));
        out.add(new Row("Ducks under dialogue", m.duck() ? "yes" : "no"));
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

    private static String transition(Transition t) {
        return t.isCut() ? "cut" : t.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + seconds(t.duration());
    }

    static String seconds(Rational r) {
        return (r.isFiniteDecimal() ? r.toString() : r.toDecimal(3).stripTrailingZeros().toPlainString()) + " s";
    }

    private static String decibels(double gain) {
        return String.format(Locale.ROOT, "%+.1f dB", gain);
    }
}
