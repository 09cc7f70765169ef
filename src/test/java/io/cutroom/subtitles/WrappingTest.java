package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WrappingTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, columns, text, expected lines
                Arguments.of("fits: unchanged", 42, "Short line.", List.of("Short line.")),
                Arguments.of("words: three even lines, never split", 20, "The quick brown fox jumps over the lazy dog",
                        List.of("The quick brown", "fox jumps over", "the lazy dog")),
                Arguments.of("two lines as even as possible", 30, "I never said she stole my money, did I?",
                        List.of("I never said she stole", "my money, did I?")),
                Arguments.of("a word longer than a line stays whole", 10, "Supercalifragilistic is long",
                        List.of("Supercalifragilistic", "is long")),
                Arguments.of("lines the text has are kept", 42, "First line\nsecond line", List.of("First line", "second line")),
                Arguments.of("spaces collapse at breaks", 12, "one   two   three   four", List.of("one two", "three four")),
                Arguments.of("Chinese breaks between characters (CJK counts 2), lines even", 12, "我们明天早上八点在车站见面",
                        List.of("我们明天早", "上八点在车", "站见面")),
                Arguments.of("never before closing punctuation", 12, "我们明天早上，八点见。",
                        List.of("我们明天早", "上，八点见。")),
                Arguments.of("never after opening punctuation, nor before 」", 14, "她说「我们明天见」然后走了",
                        List.of("她说「我们明天", "见」然后走了")),
                Arguments.of("Japanese: no break before small kana or ー", 10, "ちょっとコーヒー",
                        List.of("ちょっと", "コーヒー")),
                Arguments.of("a Latin word inside Chinese stays whole", 12, "我用iPhone拍照片",
                        List.of("我用iPhone", "拍照片")),
                Arguments.of("Korean breaks at spaces, not inside words", 12, "안녕하세요 만나서 반갑습니다",
                        List.of("안녕하세요", "만나서", "반갑습니다")),
                Arguments.of("！ and ？ stay with their sentence", 8, "真的吗？是的！",
                        List.of("真的吗？", "是的！")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wraps(String name, int columns, String text, List<String> expected) {
        assertThat(Wrapping.wrap(text, columns)).isEqualTo(expected);
    }

    @Test
    void noLineIsWiderThanAskedUnlessOneWordIs() {
        String text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore";
        for (int columns = 12; columns <= 50; columns++) {
            List<String> lines = Wrapping.wrap(text, columns);
            int max = columns;
            assertThat(lines).allSatisfy(l -> assertThat(TextWidth.of(l)).isLessThanOrEqualTo(max));
            assertThat(String.join(" ", lines)).isEqualTo(text);
        }
    }

    @Test
    void tooFewColumnsIsRefused() {
        assertThatThrownBy(() -> Wrapping.wrap("x", 1)).hasMessage("columns must be at least 2, got 1");
    }

    @Test
    void widthCountsCjkTwiceAndMarksNothing() {
        assertThat(TextWidth.of("abc")).isEqualTo(3);
        assertThat(TextWidth.of("你好")).isEqualTo(4);
        assertThat(TextWidth.of("ｆｕｌｌ")).isEqualTo(8);
        assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
        assertThat(TextWidth.of("한국어")).isEqualTo(6);
        assertThat(TextWidth.of("a\u200Bb")).isEqualTo(2);
    }
}
