package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BidiTextTest {

    static Stream<Arguments> orders() {
        return Stream.of(
                // name, text as stored, as drawn left to right
                Arguments.of("Latin unchanged", "Hello, world", "Hello, world"),
                Arguments.of("Hebrew backwards", "שלום עולם", "םלוע םולש"),
                Arguments.of("numbers in Hebrew stay left to right", "מחיר 25 ש״ח", "ח״ש 25 ריחמ"),
                Arguments.of("a Latin word in Hebrew stays whole", "שלום Anna!", "!Anna םולש"),
                Arguments.of("Hebrew in an English line", "He said שלום to me", "He said םולש to me"),
                Arguments.of("brackets mirrored", "שלום (כן)", "(ןכ) םולש"),
                Arguments.of("points stay after their letters", "\u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD",
                        "\u05DD\u05D5\u05B9\u05DC\u05E9\u05C1\u05B8"),
                Arguments.of("bidi marks drop out", "\u200Fשלום", "םולש"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void putsALineInVisualOrder(String name, String text, String drawn) {
        assertThat(BidiText.visual(text, BidiText.rightToLeft(text))).isEqualTo(drawn);
    }

    @Test
    void aParagraphTakesTheDirectionOfItsFirstStrongCharacter() {
        assertThat(BidiText.rightToLeft("123 שלום Anna")).isTrue();
        assertThat(BidiText.rightToLeft("Anna שלום")).isFalse();
        assertThat(BidiText.rightToLeft("مرحبا")).isTrue();
    }

    @Test
    void shapesArabicIntoItsJoinedForms() {
        // beh: initial, medial, final; alone: isolated
        assertThat(ArabicForms.shape("ببب")).isEqualTo("\uFE91\uFE92\uFE90");
        assertThat(ArabicForms.shape("ب")).isEqualTo("\uFE8F");
        // alef joins only to the letter before it, so the beh after it starts anew
        assertThat(ArabicForms.shape("باب")).isEqualTo("\uFE91\uFE8E\uFE8F");
        // lam-alef is one ligature
        assertThat(ArabicForms.shape("لا")).isEqualTo("\uFEFB");
        // marks are transparent: the letters around a fatha still join
        assertThat(ArabicForms.shape("بَب")).isEqualTo("\uFE91\u064E\uFE90");
        assertThat(ArabicForms.shape("abc 123")).isEqualTo("abc 123");
    }

    @Test
    void refusesScriptsItCannotJoin() {
        assertThat(BidiText.unsupported("ܫܠܡܐ")).hasValue(
                "Syriac cannot be drawn: the bundled FFmpeg has no FriBidi to join and order its letters");
        assertThat(BidiText.unsupported("שלום مرحبا ދިވެހި Hello")).isEmpty();
    }
}
