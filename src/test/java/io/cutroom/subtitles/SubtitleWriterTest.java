package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Color;
import io.cutroom.model.SubtitleStyle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubtitleWriterTest {

    private static final List<Cue> CUES = List.of(
            new Cue(250, 1_250, "It's <3:00> & on", "ANNA"),
            new Cue(3_600_000 + 61_001, 3_600_000 + 62_500, "第一行\r\n\r\n第二行 --> here", null));

    @Test
    void srtNumbersCuesAndUsesCommaMilliseconds() {
        assertThat(SubtitleWriter.srt(CUES)).isEqualTo("""
                1
                00:00:00,250 --> 00:00:01,250
                It's <3:00> & on

                2
                01:01:01,001 --> 01:01:02,500
                第一行
                第二行 -> here

                """);
    }

    @Test
    void vttEscapesMarkupAndNamesTheSpeaker() {
        assertThat(SubtitleWriter.vtt(CUES)).isEqualTo("""
                WEBVTT

                00:00:00.250 --> 00:00:01.250
                <v ANNA>It's &lt;3:00&gt; &amp; on

                01:01:01.001 --> 01:01:02.500
                第一行
                第二行 --&gt; here

                """);
    }

    /** "Plain <i>italic <b>both</b></i><b> bold</b>" over two lines, with a speaker. */
    private static final Cue STYLED = new Cue(1_000, 2_500, "Plain italic both\nbold {x} a\\Nb", "Ben", List.of(
            new Cue.Span(6, 17, Cue.Style.ITALIC), new Cue.Span(13, 22, Cue.Style.BOLD)));

    @Test
    void srtAndVttRenderSpansAsNestedTags() {
        assertThat(SubtitleWriter.srt(List.of(STYLED))).isEqualTo("""
                1
                00:00:01,000 --> 00:00:02,500
                Plain <i>italic <b>both</b></i><b>
                bold</b> {x} a\\Nb

                """);
        assertThat(SubtitleWriter.vtt(List.of(STYLED))).isEqualTo("""
                WEBVTT

                00:00:01.000 --> 00:00:02.500
                <v Ben>Plain <i>italic <b>both</b></i><b>
                bold</b> {x} a\\Nb

                """);
    }

    @Test
    void assUsesTheStyleAndSwitchesStylesInline() {
        SubtitleStyle style = new SubtitleStyle("fonts/x.ttf", 40, new Color(255, 255, 0, 255), new Color(16, 32, 48, 255),
                3, false, new Color(0, 0, 0, 128), SubtitleStyle.Position.TOP, 30); // 30 px inside the 36 px safe inset

        String ass = SubtitleWriter.ass(List.of(STYLED, new Cue(3_600_000L * 100 + 5, 3_600_000L * 100 + 1_006, "Late", null)),
                new SubtitleWriter.AssLook(style, "Noto Sans", 1280, 720));

        assertThat(ass).isEqualTo("""
                [Script Info]
                ; written by Cutroom
                ScriptType: v4.00+
                PlayResX: 1280
                PlayResY: 720
                WrapStyle: 0
                ScaledBorderAndShadow: yes

                [V4+ Styles]
                Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, \
                Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, \
                MarginL, MarginR, MarginV, Encoding
                Style: Default,Noto Sans,40,&H0000FFFF,&H0000FFFF,&H00302010,&H7F000000,0,0,0,0,100,100,0,0,1,3,0,8,64,64,66,1

                [Events]
                Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
                Dialogue: 0,0:00:01.00,0:00:02.50,Default,Ben,0,0,0,,Plain {\\i1}italic {\\b1}both{\\i0}\\Nbold{\\b0} \\{x\\} a\\\u2060Nb
                Dialogue: 0,100:00:00.01,100:00:01.01,Default,,0,0,0,,Late
                """);
    }

    @Test
    void assDrawsABoxInTheOutlineColourWhenTheStyleAsksForOne() {
        SubtitleStyle boxed = new SubtitleStyle(null, 0, Color.WHITE, Color.BLACK, 2, true, new Color(0, 0, 0, 160),
                SubtitleStyle.Position.BOTTOM, 0);

        String ass = SubtitleWriter.ass(List.of(), new SubtitleWriter.AssLook(boxed, "Arial", 1920, 1080));

        // size 5.5 % and margin 7 % of 1080; BorderStyle 3 with the box colour as outline, padding size / 6
        assertThat(ass).contains("Style: Default,Arial,59,&H00FFFFFF,&H00FFFFFF,&H5F000000,&H5F000000,0,0,0,0,100,100,0,0,3,9,0,2,96,96,76,1");
    }

    @Test
    void assGivesEachSpeakerWithAColourAStyleOfTheirOwn() throws Exception {
        SubtitleStyle style = SubtitleStyle.DEFAULT.withSpeakerColors(java.util.Map.of("ANNA", Color.parse("#FFD700"),
                "BO, JR", Color.parse("#80C0FF")));
        List<Cue> cues = List.of(new Cue(0, 1_000, "Gold", "ANNA"), new Cue(1_000, 2_000, "Blue", "BO, JR"),
                new Cue(2_000, 3_000, "White", "CARL"), new Cue(3_000, 4_000, "Nobody", null));

        String ass = SubtitleWriter.ass(cues, new SubtitleWriter.AssLook(style, "Arial", 1920, 1080));

        assertThat(ass).contains("Style: Default,Arial,59,&H00FFFFFF,&H00FFFFFF,", "Style: ANNA,Arial,59,&H0000D7FF,&H0000D7FF,",
                "Style: BO; JR,Arial,59,&H00FFC080,&H00FFC080,");
        assertThat(ass.lines().filter(l -> l.startsWith("Dialogue:")).map(l -> l.split(",")[3]).toList())
                .containsExactly("ANNA", "BO; JR", "Default", "Default");
        SubtitleFile read = SubtitleReader.read(ass.getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.ass", null);
        assertThat(read.cues()).extracting(Cue::speaker).containsExactly("ANNA", "BO; JR", "CARL", null);
    }

    @Test
    void cuesWithoutTextAreNotWrittenAndTheRestAreNumberedInOrder() {
        List<Cue> cues = List.of(new Cue(0, 1_000, "one", null), new Cue(1_000, 2_000, " \n ", null),
                new Cue(2_000, 3_000, "two", null));

        assertThat(SubtitleWriter.writable(cues)).extracting(Cue::text).containsExactly("one", "two");
        assertThat(SubtitleWriter.srt(cues)).contains("2\n00:00:02,000 --> 00:00:03,000\ntwo\n").doesNotContain("3\n");
    }

    @ParameterizedTest
    @EnumSource(SubtitleFormat.class)
    void whatIsWrittenReadsBackTheSame(SubtitleFormat format) {
        List<Cue> cues = List.of(STYLED, new Cue(3_000, 4_000, "第二行 & <tag>", null),
                new Cue(360_000_000L, 360_001_500L, "Hundred hours", null));

        String text = SubtitleWriter.write(cues, format);
        SubtitleFile back = SubtitleReader.read(text.getBytes(StandardCharsets.UTF_8), "x." + format.extension(), null);

        assertThat(back.problems()).isEmpty();
        List<Cue> expected = format == SubtitleFormat.SRT
                ? cues.stream().map(c -> new Cue(c.startMillis(), c.endMillis(), c.text(), null, c.spans())).toList()
                : cues;
        assertThat(back.cues()).isEqualTo(expected);
    }
}
