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
}
