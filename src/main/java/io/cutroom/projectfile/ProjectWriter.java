package io.cutroom.projectfile;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Maps the model to the tree of a current-version project file, in canonical form. */
final class ProjectWriter {

    private ProjectWriter() {
    }

    static Node.Obj project(Project p, int version) {
        return new Out(Kind.PROJECT)
                .put("cutroom", number(Integer.toString(version)))
                .put("format", format(p.format()))
                .put("mediaRoot", string(p.mediaRoot()))
                .put("style", style(p.style()))
                .put("episodes", array(p.episodes(), ProjectWriter::episode))
                .build();
    }

    private static Node format(Format f) {
        return new Out(Kind.FORMAT)
                .put("width", number(Integer.toString(f.width())))
                .put("height", number(Integer.toString(f.height())))
                .put("frameRate", string(f.frameRate().toString()))
                .put("sampleRate", number(Integer.toString(f.sampleRate())))
                .build();
    }

    private static Node style(Style s) {
        return new Out(Kind.STYLE)
                .put("subtitles", subtitleStyle(s.subtitles()))
                .put("lut", string(s.lut()))
                .build();
    }

    private static Node subtitleStyle(SubtitleStyle s) {
        return new Out(Kind.SUBTITLE_STYLE)
                .put("font", string(s.font()))
                .put("size", number(Integer.toString(s.size())))
                .put("color", color(s.color()))
                .put("outlineColor", color(s.outlineColor()))
                .put("outline", number(Integer.toString(s.outline())))
                .put("box", bool(s.box()))
                .put("boxColor", color(s.boxColor()))
                .put("position", choice(s.position()))
                .put("margin", number(Integer.toString(s.margin())))
                .put("safeArea", number(BigDecimal.valueOf(s.safeArea()).stripTrailingZeros().toPlainString()))
                .put("speakerColors", colors(s.speakerColors()))
                .put("shadow", number(Integer.toString(s.shadow())))
                .put("shadowColor", color(s.shadowColor()))
                .build();
    }

    private static Node episode(Episode e) {
        return new Out(Kind.EPISODE)
                .put("id", string(e.id()))
                .put("title", string(e.title()))
                .put("scenes", array(e.scenes(), ProjectWriter::scene))
                .put("music", array(e.music(), ProjectWriter::music))
                .build();
    }

    private static Node scene(Scene s) {
        return new Out(Kind.SCENE)
                .put("id", string(s.id()))
                .put("heading", string(s.heading()))
                .put("chapter", string(s.chapter()))
                .put("shots", array(s.shots(), ProjectWriter::shot))
                .build();
    }

    private static Node shot(Shot shot) {
        Out out;
        if (shot instanceof TakeShot t) {
            out = new Out(Kind.TAKE_SHOT)
                    .put("type", string("take"))
                    .put("description", string(t.description()))
                    .put("selected", t.selected().equals(t.takes().get(0).id()) ? null : string(t.selected()))
                    .put("fit", choice(t.fit()))
                    .put("gain", gain(t.gain()))
                    .put("clipAudio", bool(t.clipAudio()))
                    .put("takes", array(t.takes(), ProjectWriter::take));
        } else if (shot instanceof Card c) {
            out = new Out(Kind.CARD)
                    .put("type", string("card"))
                    .put("text", string(c.text()))
                    .put("duration", time(c.duration()))
                    .put("background", color(c.background()))
                    .put("color", color(c.color()));
        } else {
            Slate s = (Slate) shot;
            out = new Out(Kind.SLATE)
                    .put("type", string("slate"))
                    .put("description", string(s.description()))
                    .put("duration", time(s.duration()));
        }
        return out.put("id", string(shot.id()))
                .put("transition", transition(shot.transition()))
                .put("dialogue", array(shot.dialogue(), ProjectWriter::dialogue))
                .put("subtitles", array(shot.subtitles(), ProjectWriter::subtitle))
                .build();
    }

    private static Node transition(Transition t) {
        return new Out(Kind.TRANSITION)
                .put("type", choice(t.type()))
                .put("duration", t.isCut() ? null : time(t.duration()))
                .build();
    }

    private static Node take(Take t) {
        return new Out(Kind.TAKE)
                .put("id", string(t.id()))
                .put("source", string(t.source()))
                .put("in", time(t.in()))
                .put("out", time(t.out()))
                .put("prompt", string(t.provenance().prompt()))
                .put("model", string(t.provenance().model()))
                .put("seed", t.provenance().seed() == null ? null : number(t.provenance().seed().toString()))
                .put("notes", string(t.provenance().notes()))
                .build();
    }

    private static Node dialogue(Dialogue d) {
        return new Out(Kind.DIALOGUE)
                .put("source", string(d.source()))
                .put("offset", time(d.offset()))
                .put("in", time(d.in()))
                .put("out", time(d.out()))
                .put("gain", gain(d.gain()))
                .build();
    }

    private static Node subtitle(SubtitleCue c) {
        return new Out(Kind.SUBTITLE)
                .put("text", string(c.text()))
                .put("offset", time(c.offset()))
                .put("duration", time(c.duration()))
                .put("speaker", string(c.speaker()))
                .build();
    }

    private static Node music(MusicCue m) {
        return new Out(Kind.MUSIC)
                .put("source", string(m.source()))
                .put("anchor", string(m.anchor()))
                .put("offset", time(m.offset()))
                .put("in", time(m.in()))
                .put("duration", time(m.duration()))
                .put("until", string(m.until()))
                .put("gain", gain(m.gain()))
                .put("fadeIn", time(m.fadeIn()))
                .put("fadeOut", time(m.fadeOut()))
                .put("duck", bool(m.duck()))
                .build();
    }

    /** A time: a number when it is a finite decimal such as 4.5, else the string {@code "1001/24000"}. */
    static Node time(Rational t) {
        if (t == null) {
            return null;
        }
        return t.isFiniteDecimal() ? number(t.toString()) : string(t.num() + "/" + t.den());
    }

    /** A gain in dB, as the shortest decimal that reads back as the same double. */
    static Node gain(double db) {
        if (!Double.isFinite(db)) {
            throw new IllegalArgumentException("a gain must be a finite number of dB, got " + db);
        }
        return number(BigDecimal.valueOf(db).stripTrailingZeros().toPlainString());
    }

    private static Node color(Color c) {
        return string(c.toString());
    }

    private static Node colors(Map<String, Color> colors) {
        Node.Obj obj = new Node.Obj(Node.Location.NONE);
        colors.forEach((name, c) -> obj.put(name, color(c)));
        return obj;
    }

    private static Node choice(Enum<?> value) {
        return string(Fields.jsonName(value));
    }

    private static Node string(String s) {
        return s == null ? null : new Node.Str(Node.Location.NONE, s);
    }

    private static Node bool(boolean b) {
        return new Node.Bool(Node.Location.NONE, b);
    }

    private static Node number(String text) {
        return new Node.Num(Node.Location.NONE, text);
    }

    private static <T> Node array(List<T> items, Function<T, Node> mapping) {
        return new Node.Arr(Node.Location.NONE, items.stream().map(mapping).toList());
    }

    /** An object being written: members come out in the kind's order, without those equal to their default. */
    private static final class Out {
        private final Kind kind;
        private final Map<String, Node> values = new HashMap<>();

        Out(Kind kind) {
            this.kind = kind;
        }

        /** Sets a member; null leaves it out. */
        Out put(String key, Node value) {
            if (kind.field(key).isEmpty()) {
                throw new IllegalArgumentException(kind + " has no field '" + key + "'");
            }
            if (value != null) {
                values.put(key, value);
            }
            return this;
        }

        Node.Obj build() {
            Node.Obj obj = new Node.Obj(Node.Location.NONE);
            for (Kind.Field field : kind.fields()) {
                Node value = values.get(field.name());
                if (value != null && (field.fallback() == null || !Node.sameValue(value, field.fallback()))) {
                    obj.put(field.name(), value);
                }
            }
            return obj;
        }
    }
}
