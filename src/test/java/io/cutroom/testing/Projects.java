package io.cutroom.testing;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Episode;
import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.util.List;

/** Small builders for projects in tests. */
public final class Projects {

    private Projects() {
    }

    public static Rational s(String seconds) {
        return Rational.parse(seconds);
    }

    public static TakeShot take(String id, String source, String in, String out) {
        return new TakeShot(id, List.of(new Take("t1", source, s(in), out == null ? null : s(out), Provenance.NONE)),
                null, FitMode.FIT, 0, true, Transition.CUT, List.of(), List.of());
    }

    public static Card card(String id, String text, String duration) {
        return new Card(id, text, s(duration), Color.BLACK, Color.WHITE, Transition.CUT, List.of(), List.of());
    }

    public static Slate slate(String id, String description, String duration) {
        return new Slate(id, description, s(duration), Transition.CUT, List.of(), List.of());
    }

    public static Shot withSubtitle(Shot shot, String text, String offset, String duration) {
        var subs = new java.util.ArrayList<>(shot.subtitles());
        subs.add(new SubtitleCue(text, s(offset), s(duration), null));
        return shot.withSubtitles(subs);
    }

    public static Shot withDialogue(Shot shot, String source, String offset, String out) {
        var d = new java.util.ArrayList<>(shot.dialogue());
        d.add(new Dialogue(source, s(offset), Rational.ZERO, s(out), 0));
        return shot.withDialogue(d);
    }

    public static Scene scene(String id, Shot... shots) {
        return new Scene(id, "INT. " + id.toUpperCase() + " - DAY", null, List.of(shots));
    }

    public static Project project(Format format, List<MusicCue> music, Scene... scenes) {
        return new Project(format, ".", Style.DEFAULT, List.of(new Episode("ep1", "Test", List.of(scenes), music)));
    }

    public static Project project(Scene... scenes) {
        return project(new Format(320, 180, FrameRate.of(24), 48000), List.of(), scenes);
    }

    /**
     * A generated episode of {@code shots} shots in scenes of 20, at 1920x1080 and 24 fps: takes of
     * 2 to 6.5 s (two takes each, explicit out points, files that do not exist), a card every 50th
     * shot, a slate every 25th, a crossfade every 7th, a subtitle on every shot, a line of dialogue
     * on every third and one music cue under it all. It resolves without probing anything.
     */
    public static Project generated(int shots) {
        List<Scene> scenes = new java.util.ArrayList<>();
        List<Shot> current = new java.util.ArrayList<>();
        for (int i = 0; i < shots; i++) {
            String id = String.format("sh%04d", i);
            Rational length = Rational.of(4 + i % 10, 2); // 2 to 6.5 s
            Transition transition = i % 7 == 3 ? new Transition(Transition.Type.CROSSFADE, s("0.5")) : Transition.CUT;
            Shot shot;
            if (i % 50 == 0) {
                shot = new Card(id, "Part " + (i / 50 + 1), s("3"), Color.BLACK, Color.WHITE, Transition.CUT, List.of(),
                        List.of());
            } else if (i % 25 == 0) {
                shot = new Slate(id, "Shot " + i + " is not generated yet", length, transition, List.of(), List.of());
            } else {
                List<Take> takes = List.of(
                        new Take("t1", "clips/" + id + "_t1.mp4", Rational.ZERO, length,
                                new Provenance("Generated shot " + i + ", wide", "Model A", (long) i, null)),
                        new Take("t2", "clips/" + id + "_t2.mp4", Rational.ZERO, length.add(Rational.of(1)),
                                new Provenance("Generated shot " + i + ", close", "Model B", (long) i + 1, null)));
                shot = new TakeShot(id, takes, "t1", FitMode.FIT, 0, true, transition, List.of(), List.of());
            }
            shot = withSubtitle(shot, "Line " + i, "0.25", "1.5");
            if (i % 3 == 1) {
                shot = shot.withDialogue(List.of(new Dialogue("dialogue/line_" + i + ".wav", s("0.2"), Rational.ZERO, s("1.5"), 0)));
            }
            current.add(shot);
            if (current.size() == 20 || i == shots - 1) {
                String sceneId = "sc" + (scenes.size() + 1);
                scenes.add(new Scene(sceneId, "INT. ROOM " + (scenes.size() + 1) + " - DAY", null, current));
                current = new java.util.ArrayList<>();
            }
        }
        MusicCue music = new MusicCue("music/bed.m4a", scenes.get(0).id(), Rational.ZERO, Rational.ZERO, null, null, -6,
                s("2"), s("2"), true);
        return new Project(new Format(1920, 1080, FrameRate.of(24), 48000), "media", Style.DEFAULT,
                List.of(new Episode("ep1", "Generated", scenes, List.of(music))));
    }
}
