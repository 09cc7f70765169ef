package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
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
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritingTest {

    static Project projectWith(Shot... shots) {
        return new Project(Format.HD_24, ".", Style.DEFAULT,
                List.of(new Episode("ep1", "", List.of(new Scene("s1", "INT. ROOM - DAY", null, List.of(shots))),
                        List.of())));
    }

    static TakeShot shot(Take... takes) {
        return new TakeShot("a", List.of(takes), null, FitMode.FIT, 0, true, Transition.CUT, List.of(), List.of());
    }

    static Take take(String id, Rational in, Rational out) {
        return new Take(id, "clips/" + id + ".mp4", in, out, Provenance.NONE);
    }

    @Test
    void timesAreNumbersWhenExactDecimalsElseFractions() {
        assertThat(ProjectWriter.time(Rational.of(9, 2))).isEqualTo(new Node.Num(Node.Location.NONE, "4.5"));
        assertThat(ProjectWriter.time(Rational.of(3, 10))).isEqualTo(new Node.Num(Node.Location.NONE, "0.3"));
        assertThat(ProjectWriter.time(Rational.of(12))).isEqualTo(new Node.Num(Node.Location.NONE, "12"));
        assertThat(ProjectWriter.time(Rational.of(-1, 8))).isEqualTo(new Node.Num(Node.Location.NONE, "-0.125"));
        assertThat(ProjectWriter.time(Rational.of(1001, 24000)))
                .isEqualTo(new Node.Str(Node.Location.NONE, "1001/24000"));
        assertThat(ProjectWriter.time(Rational.of(-1, 3))).isEqualTo(new Node.Str(Node.Location.NONE, "-1/3"));
    }

    @Test
    void gainsAreTheShortestDecimalOfTheDouble() {
        assertThat(((Node.Num) ProjectWriter.gain(-6.0)).text()).isEqualTo("-6");
        assertThat(((Node.Num) ProjectWriter.gain(-3.5)).text()).isEqualTo("-3.5");
        assertThat(((Node.Num) ProjectWriter.gain(0.1)).text()).isEqualTo("0.1");
        assertThat(((Node.Num) ProjectWriter.gain(1e-7)).text()).isEqualTo("0.0000001");
        assertThat(((Node.Num) ProjectWriter.gain(-0.0)).text()).isEqualTo("0");
        assertThatThrownBy(() -> ProjectWriter.gain(Double.NaN))
                .hasMessage("a gain must be a finite number of dB, got NaN");
    }

    @Test
    void writesTimesExactlyAfterArithmetic() throws Exception {
        Rational in = Rational.of(1, 10).add(Rational.of(2, 10));
        Project p = projectWith(shot(take("t1", in, in.add(Rational.of(1001, 24000)))));

        String json = ProjectFile.toJson(p);

        assertThat(json).contains("\"in\": 0.3,\n").contains("\"out\": \"8201/24000\"\n");
        assertThat(ProjectFile.parse(json, "x")).isEqualTo(p);
    }

    @Test
    void textIsWrittenAsIsExceptWhatJsonMustEscape() {
        String text = "你好 🚀 \"quoted\" back\\slash\ttab\nnew line \u0001 \u2028 lone \uD800 surrogate";
        Project p = projectWith(new Card("c", text, Rational.of(2), Color.BLACK, Color.WHITE, Transition.CUT,
                List.of(), List.of()));

        assertThat(ProjectFile.toJson(p)).contains(
                "\"text\": \"你好 🚀 \\\"quoted\\\" back\\\\slash\\ttab\\nnew line \\u0001 \u2028 lone \\ud800 surrogate\",");
    }

    @Test
    void lineEndingsAreLfWithAFinalNewline() {
        String json = ProjectFile.toJson(projectWith(shot(take("t1", Rational.ZERO, null))));

        assertThat(json).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n").startsWith("{\n  \"cutroom\": 1,\n");
    }

    @Test
    void selectedIsLeftOutWhenItIsTheFirstTake() {
        TakeShot first = shot(take("t1", Rational.ZERO, null), take("t2", Rational.ZERO, null));

        assertThat(ProjectFile.toJson(projectWith(first))).doesNotContain("selected");
        assertThat(ProjectFile.toJson(projectWith(first.withSelected("t2")))).contains("\"selected\": \"t2\",");
    }

    @Test
    void aProjectBuiltInCodeRoundTrips() throws Exception {
        TakeShot a = new TakeShot("a", List.of(take("t1", Rational.of(1, 3), Rational.of(7, 2)),
                new Take("t2", "clips/x y/t2.mov", Rational.ZERO, null, new Provenance("p", null, -5L, null))),
                "t2", FitMode.STRETCH, -0.25, false, new Transition(Transition.Type.DIP_TO_WHITE, Rational.of(1, 3)),
                List.of(new Dialogue("vo/a.wav", Rational.of(-1, 2), Rational.ZERO, Rational.of(3), 1.5)),
                List.of(new SubtitleCue("Ça va ?", Rational.ZERO, Rational.of(1001, 1000), "Zoé")));
        Project p = projectWith(a).withEpisodes(List.of(projectWith(a).episodes().get(0).withMusic(List.of(
                new MusicCue("m.m4a", "s1", Rational.ZERO, Rational.of(1, 7), null, "a", 0, Rational.ZERO,
                        Rational.of(3, 2), true)))));

        String json = ProjectFile.toJson(p);
        Project back = ProjectFile.parse(json, "code");

        assertThat(back).isEqualTo(p);
        assertThat(ProjectFile.toJson(back)).isEqualTo(json);
    }

    @Test
    void aShotsDescriptionRoundTripsAndIsEmptyInOlderFiles() throws Exception {
        TakeShot described = shot(take("t1", Rational.ZERO, Rational.of(1))).withDescription("Mara climbs.\n«Vite !»");
        String json = ProjectFile.toJson(projectWith(described));

        assertThat(json).contains("\"id\": \"a\",\n", "\"description\": \"Mara climbs.\\n«Vite !»\",\n");
        assertThat(ProjectFile.parse(json, "code")).isEqualTo(projectWith(described));
        String older = ProjectFile.toJson(projectWith(shot(take("t1", Rational.ZERO, Rational.of(1)))));
        assertThat(older).doesNotContain("description");
        assertThat(((TakeShot) ProjectFile.parse(older, "code").episodes().get(0).scenes().get(0).shots().get(0))
                .description()).isEmpty();
    }

    @Test
    void keysComeInTheOrderOfTheFormat() {
        String json = ProjectFile.toJson(projectWith(new TakeShot("a",
                List.of(new Take("t1", "a.mp4", Rational.of(1), Rational.of(2), new Provenance("p", "m", 1L, "n")),
                        take("t2", Rational.ZERO, null)),
                "t2", FitMode.FILL, 1, false, new Transition(Transition.Type.CROSSFADE, Rational.of(1)),
                List.of(new Dialogue("d.wav", Rational.ZERO, Rational.ZERO, null, 0)),
                List.of(new SubtitleCue("s", Rational.ZERO, Rational.of(1), null)))));

        assertThat(json).containsSubsequence("\"type\": \"take\"", "\"id\": \"a\"", "\"selected\"", "\"fit\"",
                "\"gain\"", "\"clipAudio\"", "\"takes\"", "\"id\": \"t1\"", "\"source\"", "\"in\"", "\"out\"",
                "\"prompt\"", "\"model\"", "\"seed\"", "\"notes\"", "\"transition\"", "\"dialogue\"", "\"subtitles\"");
    }
}
