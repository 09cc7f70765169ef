package io.cutroom.projectfile;

import io.cutroom.model.Card;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Maps the tree of a current-version project file to the model, reporting problems with their path. */
final class ProjectReader {

    private ProjectReader() {
    }

    static Project project(Node root) {
        Fields f = Fields.of(root, "", Kind.PROJECT);
        Format format = format(f.object("format", Kind.FORMAT));
        String mediaRoot = f.string("mediaRoot");
        Style style = style(f.object("style", Kind.STYLE));
        Map<String, String> episodeIds = new HashMap<>();
        List<Episode> episodes = map(f.array("episodes"), episode -> episode(episode, episodeIds));
        if (episodes.isEmpty()) {
            throw f.problem("episodes", "a project needs at least one episode");
        }
        return f.build(() -> new Project(format, mediaRoot, style, episodes));
    }

    private static Format format(Fields f) {
        int width = f.integer("width");
        int height = f.integer("height");
        var rate = f.frameRate("frameRate");
        int sampleRate = f.integer("sampleRate");
        return f.build(() -> new Format(width, height, rate, sampleRate));
    }

    private static Style style(Fields f) {
        SubtitleStyle subtitles = subtitleStyle(f.object("subtitles", Kind.SUBTITLE_STYLE));
        String lut = f.string("lut");
        return f.build(() -> new Style(subtitles, lut));
    }

    private static SubtitleStyle subtitleStyle(Fields f) {
        String font = f.string("font");
        int size = f.integer("size");
        var color = f.color("color");
        var outlineColor = f.color("outlineColor");
        int outline = f.integer("outline");
        boolean box = f.bool("box");
        var boxColor = f.color("boxColor");
        var position = f.choice("position", SubtitleStyle.Position.values());
        int margin = f.integer("margin");
        double safeArea = f.number("safeArea");
        var speakerColors = f.colors("speakerColors");
        int shadow = f.integer("shadow");
        var shadowColor = f.color("shadowColor");
        return f.build(() -> new SubtitleStyle(font, size, color, outlineColor, outline, box, boxColor, position, margin,
                safeArea, speakerColors, shadow, shadowColor));
    }

    private static Episode episode(Fields.Item item, Map<String, String> episodeIds) {
        Fields f = Fields.of(item, Kind.EPISODE);
        String id = uniqueId(f, episodeIds);
        String title = f.string("title");
        Map<String, String> ids = new HashMap<>();
        List<Scene> scenes = map(f.array("scenes"), scene -> scene(scene, ids));
        List<MusicCue> music = map(f.array("music"), cue -> music(cue, ids));
        return f.build(() -> new Episode(id, title, scenes, music));
    }

    private static Scene scene(Fields.Item item, Map<String, String> ids) {
        Fields f = Fields.of(item, Kind.SCENE);
        String id = uniqueId(f, ids);
        String heading = f.string("heading");
        String chapter = f.string("chapter");
        List<Shot> shots = map(f.array("shots"), shot -> shot(shot, ids));
        return f.build(() -> new Scene(id, heading, chapter, shots));
    }

    /** The object's id, which must not be one of {@code ids} (the episodes, or the scenes and shots of an episode). */
    private static String uniqueId(Fields f, Map<String, String> ids) {
        String id = f.string("id");
        String first = ids.putIfAbsent(id, f.path());
        if (first != null) {
            throw f.problem("id", "'" + id + "' is already the id of " + first);
        }
        return id;
    }

    private static Shot shot(Fields.Item item, Map<String, String> ids) {
        Kind kind = switch (Fields.type(item, List.of("take", "card", "slate"))) {
            case "take" -> Kind.TAKE_SHOT;
            case "card" -> Kind.CARD;
            default -> Kind.SLATE;
        };
        Fields f = Fields.of(item, kind);
        String id = uniqueId(f, ids);
        Transition transition = transition(f.object("transition", Kind.TRANSITION));
        List<Dialogue> dialogue = map(f.array("dialogue"), ProjectReader::dialogue);
        List<SubtitleCue> subtitles = map(f.array("subtitles"), ProjectReader::subtitle);
        return switch (kind) {
            case TAKE_SHOT -> {
                String selected = f.string("selected");
                FitMode fit = f.choice("fit", FitMode.values());
                double gain = f.number("gain");
                boolean clipAudio = f.bool("clipAudio");
                List<Take> takes = map(f.array("takes"), ProjectReader::take);
                String description = f.string("description");
                yield f.build(() -> new TakeShot(id, takes, selected, fit, gain, clipAudio, transition, dialogue, subtitles,
                        description));
            }
            case CARD -> {
                String text = f.string("text");
                Rational duration = f.time("duration");
                var background = f.color("background");
                var color = f.color("color");
                yield f.build(() -> new Card(id, text, duration, background, color, transition, dialogue, subtitles));
            }
            default -> {
                String description = f.string("description");
                Rational duration = f.time("duration");
                yield f.build(() -> new Slate(id, description, duration, transition, dialogue, subtitles));
            }
        };
    }

    private static Transition transition(Fields f) {
        var type = f.choice("type", Transition.Type.values());
        Rational duration = f.time("duration");
        if (type != Transition.Type.CUT && (duration == null || duration.signum() <= 0)) {
            String needs = "a " + Fields.jsonName(type) + " needs a positive duration";
            throw f.problem("duration", duration == null
                    ? "required field is missing; " + needs + ", such as 0.5"
                    : needs + ", got " + duration);
        }
        return f.build(() -> new Transition(type, duration == null ? Rational.ZERO : duration));
    }

    private static Take take(Fields.Item item) {
        Fields f = Fields.of(item, Kind.TAKE);
        String id = f.string("id");
        String source = f.string("source");
        Rational in = f.time("in");
        Rational out = f.time("out");
        var provenance = new Provenance(f.string("prompt"), f.string("model"), f.longInteger("seed"), f.string("notes"));
        return f.build(() -> new Take(id, source, in, out, provenance));
    }

    private static Dialogue dialogue(Fields.Item item) {
        Fields f = Fields.of(item, Kind.DIALOGUE);
        String source = f.string("source");
        Rational offset = f.time("offset");
        Rational in = f.time("in");
        Rational out = f.time("out");
        double gain = f.number("gain");
        return f.build(() -> new Dialogue(source, offset, in, out, gain));
    }

    private static SubtitleCue subtitle(Fields.Item item) {
        Fields f = Fields.of(item, Kind.SUBTITLE);
        String text = f.string("text");
        Rational offset = f.time("offset");
        Rational duration = f.time("duration");
        String speaker = f.string("speaker");
        return f.build(() -> new SubtitleCue(text, offset, duration, speaker));
    }

    private static MusicCue music(Fields.Item item, Map<String, String> ids) {
        Fields f = Fields.of(item, Kind.MUSIC);
        String source = f.string("source");
        String anchor = reference(f, "anchor", ids);
        Rational offset = f.time("offset");
        Rational in = f.time("in");
        Rational duration = f.time("duration");
        String until = reference(f, "until", ids);
        double gain = f.number("gain");
        Rational fadeIn = f.time("fadeIn");
        Rational fadeOut = f.time("fadeOut");
        boolean duck = f.bool("duck");
        return f.build(() -> new MusicCue(source, anchor, offset, in, duration, until, gain, fadeIn, fadeOut, duck));
    }

    /** The id of a scene or shot of the episode. */
    private static String reference(Fields f, String key, Map<String, String> ids) {
        String id = f.string(key);
        if (id != null && !ids.containsKey(id)) {
            throw f.problem(key, "there is no scene or shot '" + id + "' in this episode");
        }
        return id;
    }

    private static <T> List<T> map(List<Fields.Item> items, Function<Fields.Item, T> mapping) {
        List<T> out = new ArrayList<>(items.size());
        for (Fields.Item item : items) {
            out.add(mapping.apply(item));
        }
        return out;
    }
}
