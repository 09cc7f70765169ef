package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
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
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Cut;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders a small episode of mixed sources for real — at 30000/1001, with a crossfade across a
 * scene boundary, a dip, a card, a slate, dialogue, ducked music and subtitles, from a folder
 * whose name is full of characters that filtergraphs and concat lists treat specially — and
 * checks the file with ffprobe.
 */
class RenderIntegrationTest {

    /** Quotes, apostrophes, colons, commas, semicolons, backslashes, percent, brackets, emoji, CJK. */
    static final String NASTY_FOLDER = "it's \"odd\" [1]; 50% a:b,c\\d 中文 😀";
    static final String NASTY_TEXT = "It's \"3:00\"; 50% [sure],\\n back\\slash 😀\n第二行：你好";

    @TempDir
    static Path dir;
    static Cut cut;
    static Path output;
    static JsonNode probe;

    @BeforeAll
    static void render() throws Exception {
        Path media = dir.resolve(NASTY_FOLDER);
        TestMedia.clip(media.resolve("wide 'a'.mp4"), "320x180", "24", 3, 440);
        TestMedia.clip(media.resolve("tall.mp4"), "180x320", "25", 3, 0);
        TestMedia.clip(media.resolve("fast.mp4"), "256x144", "60", 2.5, 660, "-ar", "22050");
        TestMedia.tone(media.resolve("line, one.wav"), 300, 1.2);
        TestMedia.run(media.resolve("music.m4a"), List.of("-y", "-f", "lavfi", "-i", "sine=f=220:d=20", "-c:a", "aac",
                media.resolve("music.m4a").toString()));

        Shot a = take("a", "wide 'a'.mp4", "0.5", "2.5", FitMode.FIT)
                .withDialogue(List.of(new Dialogue("line, one.wav", Rational.parse("0.2"), Rational.ZERO, null, -3)))
                .withSubtitles(List.of(new SubtitleCue(NASTY_TEXT, Rational.parse("0.2"), Rational.parse("1.5"), "ANNA")));
        Shot b = take("b", "tall.mp4", "0", "2", FitMode.FILL)
                .withTransition(new Transition(Transition.Type.CROSSFADE, Rational.parse("0.5")));
        Shot card = new Card("card", "Later, 第二天", Rational.of(1), Color.parse("#203040"), Color.WHITE,
                new Transition(Transition.Type.DIP_TO_BLACK, Rational.parse("0.4")), List.of(),
                List.of(new SubtitleCue("中文字幕", Rational.ZERO, Rational.parse("0.8"), null)));
        Shot slate = new Slate("slate", "A shot not generated yet: Anna waves", Rational.of(1), Transition.CUT,
                List.of(), List.of());
        Shot c = take("c", "fast.mp4", "0", null, FitMode.STRETCH);
        Project project = new Project(new Format(320, 180, new FrameRate(30000, 1001), 48000), NASTY_FOLDER,
                Style.DEFAULT, List.of(new Episode("ep1", "Test: it's \"here\"", List.of(
                        new Scene("s1", "INT. ROOM - DAY", null, List.of(a)),
                        new Scene("s2", "EXT. STREET - NIGHT", "Street; night", List.of(b, card)),
                        new Scene("s3", "INT. CAR", null, List.of(slate, c))),
                        List.of(new MusicCue("music.m4a", "a", Rational.ZERO, Rational.ZERO, null, null, -10,
                                Rational.parse("0.5"), Rational.of(1), true)))));

        MediaProbe mediaProbe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none());
        Preflight.Report report = Preflight.check(project, dir, "ep1", mediaProbe, false);
        // no installed font draws the emoji: fine for a soft track, which keeps it, but worth a warning
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("warning: style › subtitles › font: no installed font can draw \"😀\"")
                .endsWith("(only needed to burn subtitles in)");
        cut = report.cut();
        output = dir.resolve("out put's.mp4");
        Preset preset = Presets.bundled("preview-540p");
        preset = new Preset(preset.name(), preset.description(), preset.container(), 0, 180, preset.video(),
                preset.audio(), preset.loudness(), Preset.SubtitleMode.SOFT);
        RenderPlan plan = Planner.plan(new Planner.Request(cut, preset, report.media(), report.text(), output,
                dir.resolve("work")));
        new Renderer(TestMedia.ffmpeg(), 2).run(plan, Renderer.Listener.NONE);
        probe = new ObjectMapper().readTree(TestMedia.probe("-v", "error", "-print_format", "json", "-show_streams",
                "-show_format", "-show_chapters", "-count_frames", output.toString()));
    }

    private static TakeShot take(String id, String source, String in, String out, FitMode fit) {
        return new TakeShot(id, List.of(new Take("t1", source, Rational.parse(in), out == null ? null : Rational.parse(out),
                Provenance.NONE)), null, fit, 0, true, Transition.CUT, List.of(), List.of());
    }

    private static JsonNode stream(String type) {
        for (JsonNode s : probe.path("streams")) {
            if (s.path("codec_type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " stream in " + probe);
    }

    @Test
    void videoHasExactlyTheTimelinesFrames() {
        // 2 + 2 − 0.5 (crossfade) + 1 + 1 + 2.5 s at 30000/1001, each rounded to frames on its own
        assertThat(cut.durationFrames()).isEqualTo(60 + 60 - 15 + 30 + 30 + 75);
        JsonNode video = stream("video");
        assertThat(video.path("nb_read_frames").asLong()).isEqualTo(cut.durationFrames());
        assertThat(video.path("r_frame_rate").asText()).isEqualTo("30000/1001");
        assertThat(video.path("width").asInt()).isEqualTo(320);
        assertThat(Double.parseDouble(video.path("duration").asText()))
                .isCloseTo(cut.durationFrames() * 1001 / 30000.0, org.assertj.core.data.Offset.offset(0.0005));
    }

    @Test
    void audioLastsAsLongAsTheVideoToWithinOneFrame() {
        double video = Double.parseDouble(stream("video").path("duration").asText());
        double audio = Double.parseDouble(stream("audio").path("duration").asText());
        assertThat(audio).isCloseTo(video, org.assertj.core.data.Offset.offset(1001 / 30000.0));
        assertThat(stream("audio").path("codec_name").asText()).isEqualTo("aac");
    }

    @Test
    void subtitlesShipAsATrackAndAsSidecarsWithEveryCue() throws Exception {
        assertThat(stream("subtitle").path("codec_name").asText()).isEqualTo("mov_text");
        String fromTrack = TestMedia.ffmpegStderr("-y", "-i", output.toString(), "-map", "0:s:0",
                dir.resolve("track.srt").toString());
        assertThat(fromTrack).doesNotContain("Error");
        String track = Files.readString(dir.resolve("track.srt"));
        assertThat(track.split("-->", -1)).hasSize(3);
        assertThat(track).contains("第二行：你好").contains("It's \"3:00\"; 50% [sure]");
        String srt = Files.readString(dir.resolve("out put's.srt"));
        assertThat(srt).startsWith("1\n00:00:00,200 --> 00:00:01,701\nIt's \"3:00\"; 50% [sure],\\n back\\slash 😀\n第二行：你好\n\n2\n");
        assertThat(Files.readString(dir.resolve("out put's.vtt"))).startsWith("WEBVTT\n\n00:00:00,200".replace(',', '.'))
                .contains("<v ANNA>It's");
    }

    @Test
    void chaptersAreTheScenes() {
        JsonNode chapters = probe.path("chapters");
        assertThat(chapters).hasSize(3);
        assertThat(chapters.get(1).path("tags").path("title").asText()).isEqualTo("Street; night");
        // the crossfade into s2 belongs to s2: it starts where shot b starts, 1.5 s in
        assertThat(Double.parseDouble(chapters.get(1).path("start_time").asText()))
                .isCloseTo(45 * 1001 / 30000.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(probe.path("format").path("tags").path("title").asText()).isEqualTo("Test: it's \"here\"");
    }

    @Test
    void loudnessIsOnTarget() {
        String stderr = TestMedia.ffmpegStderr("-i", output.toString(), "-map", "0:a", "-af", "ebur128", "-f", "null", "-");
        Matcher m = Pattern.compile("I:\\s+(-?[0-9.]+) LUFS").matcher(stderr);
        double integrated = Double.NaN;
        while (m.find()) {
            integrated = Double.parseDouble(m.group(1));
        }
        assertThat(integrated).isCloseTo(-14.0, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void nothingIsLeftBehindButTheOutputAndItsSidecars() throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(NASTY_FOLDER)
                    && !n.equals("track.srt")).sorted().toList())
                    .containsExactly("out put's.mp4", "out put's.srt", "out put's.vtt");
        }
    }
}
