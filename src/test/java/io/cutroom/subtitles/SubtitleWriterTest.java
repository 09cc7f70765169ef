package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
