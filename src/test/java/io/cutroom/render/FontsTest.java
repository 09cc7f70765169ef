package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FontsTest {

    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    @BeforeEach
    void needsTheCjkFont() {
        // installed by scripts/system-deps.sh, which the test command runs first
        assumeTrue(Files.isRegularFile(WQY), "fonts-wqy-microhei is not installed");
    }

    @Test
    void choosesAFontWithChineseGlyphFormsForChinese() throws Exception {
        assertThat(Fonts.choose(Optional.empty(), List.of("你好，世界", "Hello")).fontFile()).isEqualTo(WQY);
    }

    @Test
    void wrapsWordsForLatinAndCharactersForChinese() throws Exception {
        TextLayout layout = Fonts.choose(Optional.empty(), List.of("x"));
        assertThat(layout.wrap("The quick brown fox jumps over the lazy dog", 20, 200))
                .isEqualTo("The quick brown fox\njumps over the lazy\ndog");
        String chinese = layout.wrap("我们明天早上在灯塔见面吧好不好", 20, 200);
        assertThat(chinese.lines()).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(10));
        assertThat(chinese.replace("\n", "")).isEqualTo("我们明天早上在灯塔见面吧好不好");
        assertThat(layout.wrap("One\nTwo", 20, 1000)).isEqualTo("One\nTwo");
    }

    @Test
    void aStyleFontThatCannotDrawTheTextIsNamed() {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.isRegularFile(dejavu));
        assertThatThrownBy(() -> Fonts.choose(Optional.of(dejavu), List.of("Hi 你好")))
                .hasMessage("subtitle font " + dejavu + " cannot draw \"你好\"; choose a font that covers this text in"
                        + " style.subtitles.font");
        assertThatThrownBy(() -> Fonts.choose(Optional.of(Path.of("/nope.ttf")), List.of("x")))
                .hasMessage("subtitle font /nope.ttf cannot be read as a TrueType/OpenType font");
    }
}
