package io.cutroom.cli;

import static io.cutroom.cli.CliTest.cutroom;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Project;
import io.cutroom.model.Shot;
import io.cutroom.model.SubtitleCue;
import io.cutroom.projectfile.ProjectFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubtitlesCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String text, Charset charset) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(charset));
        return f;
    }

    /** Two scenes of a card and slates: 2 s + 3 s, then 4 s; nothing to probe. */
    private Path project(String subtitleOnC) throws Exception {
        Path p = dir.resolve("p.cutroom.json");
        Files.writeString(p, """
                {
                  "cutroom": 1,
                  "format": { "width": 1280, "height": 720, "frameRate": "24" },
                  "style": { "subtitles": { "size": 40, "color": "#FFFF00", "position": "top", "margin": 30 } },
                  "episodes": [ { "id": "ep1", "title": "T", "scenes": [
                    { "id": "s1", "heading": "INT. A", "shots": [
                      { "type": "card", "id": "a", "text": "A", "duration": 2 },
                      { "type": "slate", "id": "b", "description": "B", "duration": 3 } ] },
                    { "id": "s2", "heading": "INT. B", "shots": [
                      { "type": "slate", "id": "c", "description": "C", "duration": 4%s } ] } ] } ]
                }
                """.formatted(subtitleOnC));
        return p;
    }

    @Test
    void convertReadsWindows1252WritesVttAndCountsCues() throws Exception {
        Path in = file("in.srt", "1\r\n00:00:01,000 --> 00:00:02,000\r\n<i>\u201cCaf\u00e9\u201d</i>\r\n\r\n"
                + "00:00:03,000 --> 00:00:04,500\r\nNo number\r\n", Charset.forName("windows-1252"));

        CliTest.Result r = cutroom("subtitles", "convert", in.toString(), dir.resolve("out.vtt").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                in.srt: SubRip, windows-1252 (detected), 2 cues
                read 2 cues, wrote 2 to out.vtt (WebVTT)
                """);
        assertThat(Files.readString(dir.resolve("out.vtt"))).isEqualTo("""
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                <i>\u201cCaf\u00e9\u201d</i>

                00:00:03.000 --> 00:00:04.500
                No number

                """);
    }

    @Test
    void convertReportsWhatItCannotReadByLineAndPutsCuesInOrder() throws Exception {
        Path in = file("in.vtt", """
                WEBVTT

                00:00:05.000 --> 00:00:06.000
                <v Anna>Later

                00:00:0x.000 --> 00:00:02.000
                broken

                00:00:01.000 --> 00:00:02.000

                00:00:03.000 --> 00:00:04.000
                Earlier
                """, StandardCharsets.UTF_8);

        CliTest.Result r = cutroom("subtitles", "convert", in.toString(), dir.resolve("out.srt").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                in.vtt: WebVTT, UTF-8 (detected), 3 cues
                in.vtt:6: cannot read the cue timing '00:00:0x.000 --> 00:00:02.000': minutes and seconds have two digits\
                 (expected such as 00:01:02.500 --> 00:01:04.000); the cue is left out
                read 3 cues, wrote 2 to out.srt (SubRip); left out 1 cue without text; put in order of start time
                """);
        assertThat(Files.readString(dir.resolve("out.srt"))).isEqualTo("""
                1
                00:00:03,000 --> 00:00:04,000
                Earlier

                2
                00:00:05,000 --> 00:00:06,000
                Later

                """);
    }

    @Test
    void convertTakesTheEncodingItIsGiven() throws Exception {
        Path in = file("ru.srt", "1\n00:00:01,000 --> 00:00:02,000\n\u041f\u0440\u0438\u0432\u0435\u0442\n",
                Charset.forName("windows-1251"));

        CliTest.Result r = cutroom("subtitles", "convert", in.toString(), dir.resolve("ru.vtt").toString(),
                "--encoding", "windows-1251");

        assertThat(r.out()).startsWith("ru.srt: SubRip, windows-1251 (given), 1 cue\n");
        assertThat(Files.readString(dir.resolve("ru.vtt"))).contains("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void convertWritesAssInTheProjectsStyle() throws Exception {
        Path in = file("in.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi <b>there</b>\n", StandardCharsets.UTF_8);

        CliTest.Result r = cutroom("subtitles", "convert", in.toString(), dir.resolve("out.ass").toString(),
                "--style", project("").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.ass")))
                .contains("PlayResX: 1280\nPlayResY: 720\n")
                .contains("Style: Default,Arial,40,&H0000FFFF,&H0000FFFF,&H00000000,&H5F000000,0,0,0,0,100,100,0,0,1,2,0,8,64,64,66,1")
                .contains("Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,Hi {\\b1}there\n");
    }

    @Test
    void convertRefusesAnUnknownOutputFormatAndUnknownEncoding() throws Exception {
        Path in = file("in.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n", StandardCharsets.UTF_8);

        CliTest.Result r = cutroom("subtitles", "convert", in.toString(), dir.resolve("out.txt").toString());
        CliTest.Result e = cutroom("subtitles", "convert", in.toString(), dir.resolve("out.vtt").toString(), "--encoding", "klingon");
        CliTest.Result none = cutroom("subtitles", "convert", dir.resolve("gone.srt").toString(), dir.resolve("o.vtt").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("cutroom: " + dir.resolve("out.txt") + ": name the format to write with the extension .srt, .vtt or .ass\n");
        assertThat(e.err()).startsWith("cutroom: --encoding: 'klingon' is not an encoding Java knows");
        assertThat(none.err()).isEqualTo("cutroom: " + dir.resolve("gone.srt") + ": no such subtitle file\n");
        assertThat(dir.resolve("out.vtt")).doesNotExist();
    }

    @Test
    void convertWritesNothingWhenNoCueCanBeRead() throws Exception {
        Path in = file("in.srt", "just notes\n", StandardCharsets.UTF_8);

        CliTest.Result r = cutroom("subtitles", "convert", in.toString(), dir.resolve("out.vtt").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("in.srt:1: not part of a cue, left out: 'just notes'");
        assertThat(r.err()).isEqualTo("cutroom: in.srt: no cues could be read (see above)\n");
        assertThat(dir.resolve("out.vtt")).doesNotExist();
    }

    @Test
    void importAnchorsCuesToTheirShotsAndSavesTheProject() throws Exception {
        Path p = project(", \"subtitles\": [ { \"text\": \"old\", \"offset\": 1, \"duration\": 1 } ]");
        Path srt = file("en.srt", """
                1
                00:00:00,500 --> 00:00:01,500
                On the card

                2
                00:00:02,250 --> 00:00:04,000
                <i>On the slate</i>

                3
                00:00:07,000 --> 00:00:08,000
                In scene two
                """, StandardCharsets.UTF_8);

        CliTest.Result r = cutroom("subtitles", "import", p.toString(), srt.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                en.srt: SubRip, UTF-8 (detected), 3 cues
                anchored 3 subtitles to 3 shots of episode ep1; saved p.cutroom.json
                """);
        Project saved = ProjectFile.read(p);
        List<Shot> shots = saved.episodes().get(0).scenes().stream().flatMap(s -> s.shots().stream()).toList();
        assertThat(shots.get(0).subtitles()).containsExactly(cue("On the card", "0.5", "1"));
        assertThat(shots.get(1).subtitles()).containsExactly(cue("<i>On the slate</i>", "0.25", "1.75"));
        assertThat(shots.get(2).subtitles()).containsExactly(cue("old", "1", "1"), cue("In scene two", "2", "1"));
    }

    @Test
    void importWithReplaceAndAnEpisodeThatDoesNotExist() throws Exception {
        Path p = project(", \"subtitles\": [ { \"text\": \"old\", \"offset\": 1, \"duration\": 1 } ]");
        Path srt = file("en.srt", "1\n00:00:06,000 --> 00:00:07,000\nNew\n", StandardCharsets.UTF_8);
        String before = Files.readString(p);

        CliTest.Result wrong = cutroom("subtitles", "import", p.toString(), srt.toString(), "--episode", "ep9");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("cutroom: there is no episode 'ep9' (episodes: ep1)\n");
        assertThat(Files.readString(p)).isEqualTo(before);

        CliTest.Result r = cutroom("subtitles", "import", p.toString(), srt.toString(), "--replace");
        assertThat(r.out()).endsWith("anchored 1 subtitle to 1 shot of episode ep1, replacing its subtitles; saved p.cutroom.json\n");
        List<Shot> shots = ProjectFile.read(p).episodes().get(0).scenes().get(1).shots();
        assertThat(shots.get(0).subtitles()).containsExactly(cue("New", "1", "1"));
    }

    @Test
    void checkWarnsAboutSubtitlesThatCannotBeReadNamingTheirNumberAndTime() throws Exception {
        Path p = project(", \"subtitles\": [ { \"text\": \"A line far too long to read in the time it is given\","
                + " \"offset\": 0.5, \"duration\": 1 }, { \"text\": \"Right after\", \"offset\": 1.54, \"duration\": 2 } ]");

        CliTest.Result r = cutroom("check", p.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(
                "warning: episode ep1 › scene s2 › shot c › subtitle 1 (00:00:05.500): its line is 51 characters wide"
                        + " (at most 42; CJK counts 2)",
                "warning: episode ep1 › scene s2 › shot c › subtitle 1 (00:00:05.500): reads at 51.0 characters per second"
                        + " (at most 17; CJK counts 2): show it longer or say less",
                "warning: episode ep1 › scene s2 › shot c › subtitle 2 (00:00:06.541): starts 0.041 s after subtitle 1"
                        + " ends: a gap that short flickers; close it or leave at least 0.083 s",
                "p.cutroom.json: 0 errors, 3 warnings");
    }

    private static SubtitleCue cue(String text, String offset, String duration) {
        return new SubtitleCue(text, io.cutroom.model.Rational.parse(offset), io.cutroom.model.Rational.parse(duration), null);
    }
}
