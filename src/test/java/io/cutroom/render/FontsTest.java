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
    void wrapsByTheRulesOfWrappingInPixelsOfTheFont() throws Exception {
        TextLayout layout = Fonts.choose(Optional.empty(), List.of("x"));
        // balanced: three even lines, not two full ones and "dog"
        assertThat(layout.wrap("The quick brown fox jumps over the lazy dog", 20, 200))
                .containsExactly("The quick brown", "fox jumps over", "the lazy dog");
        List<String> chinese = layout.wrap("我们明天早上在灯塔见面吧好不好", 20, 200);
        assertThat(chinese).hasSize(2).allSatisfy(l -> assertThat(layout.width(l, 20)).isLessThanOrEqualTo(200));
        assertThat(String.join("", chinese)).isEqualTo("我们明天早上在灯塔见面吧好不好");
        // never before closing punctuation
        assertThat(layout.wrap("我们明天早上，八点见。", 20, 110)).allSatisfy(l -> assertThat(l).doesNotStartWith("，"));
        assertThat(layout.wrap("One\nTwo", 20, 1000)).containsExactly("One", "Two");
    }

    @Test
    void measuresLikeDrawtextStepsLines() throws Exception {
        TextLayout layout = Fonts.choose(Optional.empty(), List.of("x"));
        // drawtext with y_align=font stepped three lines of WenQuanYi at 40 px by 47 px (measured)
        assertThat(layout.lineHeight(40)).isEqualTo(47);
        assertThat(layout.width("你好", 40)).isEqualTo(80.0, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void chineseNeverGetsAFaceWithJapaneseOrKoreanForms() {
        assertThat(Fonts.hanForms(List.of("Noto Sans CJK JP", "Noto Sans CJK JP Regular"))).isEqualTo(Fonts.HanForms.JAPANESE);
        assertThat(Fonts.hanForms(List.of("Noto Sans CJK SC"))).isEqualTo(Fonts.HanForms.CHINESE);
        assertThat(Fonts.hanForms(List.of("Source Han Sans KR"))).isEqualTo(Fonts.HanForms.KOREAN);
        assertThat(Fonts.hanForms(List.of("IPAGothic", "IPAゴシック"))).isEqualTo(Fonts.HanForms.JAPANESE);
        assertThat(Fonts.hanForms(List.of("WenQuanYi Micro Hei", "文泉驿微米黑"))).isEqualTo(Fonts.HanForms.CHINESE);
        assertThat(Fonts.hanForms(List.of("DejaVu Sans"))).isEqualTo(Fonts.HanForms.UNKNOWN);
        assertThat(Fonts.isChinese("你好，世界 OK")).isTrue();
        assertThat(Fonts.isChinese("こんにちは世界")).isFalse();
        assertThat(Fonts.isChinese("Hello")).isFalse();
    }

    @Test
    void theInstalledChineseFontHasChineseForms() throws Exception {
        assertThat(Fonts.hanForms(java.awt.Font.createFonts(WQY.toFile())[0])).isEqualTo(Fonts.HanForms.CHINESE);
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
