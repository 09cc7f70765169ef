package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Card;
import io.cutroom.model.Color;
import io.cutroom.model.FitMode;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Project;
import io.cutroom.model.Provenance;
import io.cutroom.model.Rational;
import io.cutroom.model.Slate;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleCue;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.model.Transition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldenFilesTest {

    static Path resource(String name) {
        try {
            return Path.of(GoldenFilesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(resource(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Color> orderedColors(String a, Color ca, String b, Color cb) {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put(a, ca);
        m.put(b, cb);
        return m;
    }

    @Test
    void fullProjectRoundTripsByteForByte() throws Exception {
        Project project = ProjectFile.read(resource("full.cutroom.json"));

        assertThat(ProjectFile.toJson(project)).isEqualTo(text("full.cutroom.json"));
    }

    @Test
    void fullProjectMapsEveryField() throws Exception {
        Project p = ProjectFile.read(resource("full.cutroom.json"));

        assertThat(p.format()).isEqualTo(new Format(1920, 1080, new FrameRate(24000, 1001), 44100));
        assertThat(p.mediaRoot()).isEqualTo("media");
        assertThat(p.style()).isEqualTo(new Style(new SubtitleStyle("fonts/wqy-microhei.ttc", 48,
                new Color(255, 255, 0, 255), new Color(32, 32, 32, 255), 3, true, new Color(0, 0, 0, 128),
                SubtitleStyle.Position.TOP, 40, 0.8, orderedColors("ANNA", new Color(255, 215, 0, 255), "Bo",
                new Color(128, 192, 255, 255)), 2, new Color(0, 0, 0, 0x60)), "looks/film.cube"));
        assertThat(p.style().subtitles().speakerColors().keySet()).containsExactly("ANNA", "Bo");
        var ep1 = p.episodes().get(0);
        assertThat(ep1.title()).isEqualTo("Pilot");
        assertThat(ep1.scenes()).extracting(s -> s.id()).containsExactly("s1", "s2", "s3");
        assertThat(ep1.scenes().get(0).chapter()).isEqualTo("Cold open");
        assertThat(ep1.scenes().get(1).chapter()).isNull();

        TakeShot s1a = (TakeShot) ep1.shot("s1-a").orElseThrow();
        assertThat(s1a.selectedTake().id()).isEqualTo("t2");
        assertThat(s1a.fit()).isEqualTo(FitMode.FILL);
        assertThat(s1a.gain()).isEqualTo(-3.5);
        assertThat(s1a.clipAudio()).isFalse();
        assertThat(s1a.transition()).isEqualTo(Transition.CUT);
        assertThat(s1a.takes()).containsExactly(
                new Take("t1", "clips/s1a_t1.mp4", Rational.of(1, 2), Rational.of(9, 2),
                        new Provenance("A dim kitchen at night, a kettle starts to whistle", "veo-3", 42L, "too dark")),
                new Take("t2", "clips/s1a_t2.mp4", Rational.of(1001, 24000), Rational.of(1001, 240),
                        new Provenance("Anna's hand on the \"old\" kettle, steam, 35mm", "kling-2", 9007199254740993L,
                                null)));
        assertThat(s1a.dialogue().get(0).offset()).isEqualTo(Rational.of(3, 10));
        assertThat(s1a.dialogue().get(0).gain()).isEqualTo(-2.0);

        Card card = (Card) ep1.shot("s1-b").orElseThrow();
        assertThat(card.color()).isEqualTo(new Color(255, 255, 255, 0xCC));
        assertThat(card.transition()).isEqualTo(new Transition(Transition.Type.CROSSFADE, Rational.of(1, 2)));
        assertThat(card.subtitles()).containsExactly(
                new SubtitleCue("三年后 🕰️", Rational.ZERO, Rational.of(5, 2), null));

        Slate slate = (Slate) ep1.shot("s1-c").orElseThrow();
        assertThat(slate.transition().type()).isEqualTo(Transition.Type.DIP_TO_BLACK);
        assertThat(slate.dialogue().get(0).out()).isNull();

        var s2a = ep1.shot("s2-a").orElseThrow();
        assertThat(s2a.transition().type()).isEqualTo(Transition.Type.DIP_TO_WHITE);
        assertThat(s2a.subtitles()).extracting(SubtitleCue::text).containsExactly(
                "你好，世界", "Let's go 🚀", "She said \"no\" — twice,\nthen left. C:\\temp\\notes.txt");
        assertThat(s2a.subtitles().get(2).offset()).isEqualTo(Rational.of(23, 6));

        assertThat(ep1.music()).hasSize(3);
        var bed = ep1.music().get(0);
        assertThat(List.of(bed.offset(), bed.in(), bed.duration(), bed.fadeIn(), bed.fadeOut()))
                .containsExactly(Rational.of(1, 2), Rational.of(49, 4), Rational.of(30), Rational.of(1), Rational.of(2));
        assertThat(bed.duck()).isFalse();
        assertThat(ep1.music().get(1).until()).isEqualTo("s3-b");
        assertThat(ep1.music().get(2).duration()).isNull();
        assertThat(ep1.music().get(2).until()).isNull();
        assertThat(ep1.music().get(2).duck()).isTrue();

        assertThat(p.episodes().get(1).title()).isEqualTo("Episode 2: \"The Door\"");
    }

    @Test
    void minimalProjectGetsTheDefaults() throws Exception {
        Project p = ProjectFile.read(resource("minimal.cutroom.json"));

        assertThat(p.format()).isEqualTo(new Format(1280, 720, FrameRate.of(25), 48000));
        assertThat(p.mediaRoot()).isEqualTo(".");
        assertThat(p.style()).isEqualTo(Style.DEFAULT);
        var episode = p.episodes().get(0);
        assertThat(episode.title()).isEmpty();
        assertThat(episode.music()).isEmpty();
        assertThat(episode.scenes().get(0).chapter()).isNull();
        assertThat(episode.scenes().get(0).shots()).containsExactly(new TakeShot("s1-a",
                List.of(new Take("t1", "clips/s1a.mp4", Rational.ZERO, null, Provenance.NONE)),
                "t1", FitMode.FIT, 0, true, Transition.CUT, List.of(), List.of()));
        assertThat(ProjectFile.toJson(p)).isEqualTo(text("minimal.cutroom.json"));
    }

    @Test
    void defaultsWrittenOutAreLeftOutOnSave() throws Exception {
        Project explicit = ProjectFile.read(resource("defaults-explicit.cutroom.json"));

        assertThat(explicit).isEqualTo(ProjectFile.read(resource("minimal.cutroom.json")));
        assertThat(ProjectFile.toJson(explicit)).isEqualTo(text("minimal.cutroom.json"));
    }
}
