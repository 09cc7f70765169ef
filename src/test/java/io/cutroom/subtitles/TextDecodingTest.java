package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** How the encoding of a file without a byte-order mark is chosen when it is not UTF-8. */
class TextDecodingTest {

    private static byte[] srt(String text, String encoding) {
        return ("1\r\n00:00:01,000 --> 00:00:02,000\r\n" + text + "\r\n").getBytes(Charset.forName(encoding));
    }

    @Test
    void aLegacyEncodingIsDetectedFromTheTextsByteStatistics() {
        assertThat(TextDecoding.detect(srt("灯塔的光已经熄灭三个晚上了", "GB18030"))).isEqualTo(Charset.forName("GB18030"));
        assertThat(TextDecoding.detect(srt("燈塔的光已經熄滅三個晚上了", "Big5"))).isEqualTo(Charset.forName("Big5"));
        assertThat(TextDecoding.detect(srt("Свет маяка не горит уже три ночи", "windows-1251")))
                .isEqualTo(Charset.forName("windows-1251"));
        assertThat(TextDecoding.detect(srt("“Café?” she said — ‘no, thé.’", "windows-1252")))
                .isEqualTo(TextDecoding.WINDOWS_1252);
    }

    @Test
    void greekWithTheWindowsCodePagesLettersIsWindows1253NotIso8859_7() {
        assertThat(TextDecoding.detect(srt("Άκουσες; Κάτι ακούγεται στη θάλασσα.", "windows-1253")))
                .isEqualTo(Charset.forName("windows-1253"));
        assertThat(TextDecoding.detect(srt("Κάτι ακούγεται στη θάλασσα, είπε.", "ISO-8859-7")))
                .isEqualTo(Charset.forName("ISO-8859-7"));
    }

    @Test
    void tooLittleTextToJudgeIsReadAsWindows1252AndAnImplausibleReadingIsReported() {
        assertThat(TextDecoding.detect(srt("你好", "GB18030"))).as("4 bytes: a detector would say Thai")
                .isEqualTo(TextDecoding.WINDOWS_1252);

        TextDecoding.Decoded read = TextDecoding.decode(srt("Привет", "windows-1251"), null);
        assertThat(read.encoding().charset()).isEqualTo(TextDecoding.WINDOWS_1252);
        assertThat(read.problems()).extracting(ReadProblem::message).containsExactly("the file is not UTF-8 and was read"
                + " as Windows-1252, but text such as 'Ïðèâåò' suggests another encoding; if it reads wrong, name the"
                + " encoding (such as windows-1251, GB18030, Big5, Shift_JIS or EUC-KR)");
    }
}
