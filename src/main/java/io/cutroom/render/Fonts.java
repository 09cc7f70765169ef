package io.cutroom.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Chooses the font for text drawn into the picture (subtitles, cards, slates) — one that can draw
 * every character of it — and measures text with it. The bundled FFmpeg has no fontconfig, so
 * {@code drawtext} gets the font file itself.
 *
 * <p>Without a font in the project's style, fonts are tried in this order: WenQuanYi Micro Hei
 * (Chinese glyph forms, also Latin, Cyrillic, Greek), WenQuanYi Zen Hei, Noto Sans CJK SC, Noto
 * Sans CJK (whose first face is Japanese), DejaVu Sans, Liberation Sans, then
 * {@code $CUTROOM_FONT_DIRS} (colon-separated folders) are searched too. Chinese text is never given a
 * face with Japanese or Korean glyph forms (as the first face of NotoSansCJK-Regular.ttc is: {@code
 * drawtext} always draws a collection's first face).
 */
public final class Fonts {

    /** Candidate font files in order of preference. */
    public static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("/System/Library/Fonts/PingFang.ttc"),
            Path.of("C:\\Windows\\Fonts\\msyh.ttc"),
            Path.of("C:\\Windows\\Fonts\\arial.ttf"));

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Fonts() {
    }

    /** Every candidate, including those found in {@code $CUTROOM_FONT_DIRS}. */
    public static List<Path> candidates() {
        List<Path> all = new ArrayList<>(CANDIDATES);
        String dirs = System.getenv("CUTROOM_FONT_DIRS");
        if (dirs != null) {
            for (String d : dirs.split(java.io.File.pathSeparator)) {
                if (d.isBlank()) {
                    continue;
                }
                try (var files = Files.list(Path.of(d))) {
                    files.filter(p -> p.toString().matches("(?i).*\\.(ttf|otf|ttc)")).sorted().forEach(all::add);
                } catch (IOException e) {
                    // a folder that cannot be listed adds nothing
                }
            }
        }
        return all;
    }

    /**
     * The font for {@code texts}: the style's font if given (it must draw them all), else the first
     * candidate that draws them all — for Chinese (Han characters without kana or Hangul), the first
     * whose Han characters have Chinese forms, never a Japanese or Korean face.
     *
     * @throws RenderException naming the characters that no font can draw and the fonts tried
     */
    public static TextLayout choose(Optional<Path> styleFont, Collection<String> texts) throws RenderException {
        return choose(styleFont, texts, candidates());
    }

    static TextLayout choose(Optional<Path> styleFont, Collection<String> texts, List<Path> candidates)
            throws RenderException {
        String all = texts.stream().map(t -> t + ArabicForms.shape(t)).collect(Collectors.joining());
        if (styleFont.isPresent()) {
            Path file = styleFont.get();
            Font font = load(file).orElseThrow(() -> new RenderException(
                    "subtitle font " + file + " cannot be read as a TrueType/OpenType font"));
            String missing = missing(font, all);
            if (!missing.isEmpty()) {
                throw new RenderException("subtitle font " + file + " cannot draw " + quote(missing)
                        + "; choose a font that covers this text in style.subtitles.font");
            }
            return new AwtLayout(file, font);
        }
        boolean chinese = isChinese(all);
        List<Path> tried = new ArrayList<>();
        List<Path> otherForms = new ArrayList<>();
        String bestMissing = null;
        for (Path file : candidates) {
            Optional<Font> font = load(file);
            if (font.isEmpty()) {
                continue;
            }
            tried.add(file);
            String missing = missing(font.get(), all);
            if (missing.isEmpty() && chinese && !hanForms(font.get()).chinese()) {
                otherForms.add(file);
            } else if (missing.isEmpty()) {
                return new AwtLayout(file, font.get());
            } else if (bestMissing == null || missing.length() < bestMissing.length()) {
                bestMissing = missing;
            }
        }
        if (tried.isEmpty()) {
            throw new RenderException("no font found to draw text into the picture; install one (on Debian:"
                    + " apt-get install fonts-wqy-microhei) or set style.subtitles.font in the project");
        }
        if (!otherForms.isEmpty()) {
            throw new RenderException("the installed fonts that can draw this Chinese text ("
                    + otherForms.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ") draw it with Japanese or Korean glyph forms; install one with Chinese forms (on Debian:"
                    + " apt-get install fonts-wqy-microhei) or set style.subtitles.font in the project");
        }
        throw new RenderException("no installed font can draw " + quote(bestMissing) + " (tried "
                + tried.stream().map(Path::toString).collect(Collectors.joining(", "))
                + "); install one that can (for Chinese: apt-get install fonts-wqy-microhei) or set"
                + " style.subtitles.font in the project");
    }

    /** Which glyph forms a CJK font gives Han characters, as far as its names tell. */
    enum HanForms {
        CHINESE, JAPANESE, KOREAN, UNKNOWN;

        /** Whether Chinese text may be drawn with this font: Chinese forms, or a font that does not say. */
        boolean chinese() {
            return this == CHINESE || this == UNKNOWN;
        }
    }

    private static final Pattern JAPANESE_NAME = Pattern.compile(
            "(?i)\\b(JP|JA|Japanese)\\b|Mincho|Gothic|Hiragino|Meiryo|Osaka|IPA|Takao|Kochi|Sazanami|[\\u3040-\\u30FF]");
    private static final Pattern KOREAN_NAME = Pattern.compile(
            "(?i)\\b(KR|KO|Korean)\\b|Malgun|Gulim|Batang|Dotum|Nanum|Baekmuk|[\\uAC00-\\uD7A3]");

    /**
     * The forms of a font by its family and face names (Latin and localised): Source Han and Noto
     * CJK name their region (JP, KR, SC, TC, HK), Japanese and Korean fonts carry Japanese or Korean
     * names, Chinese fonts Chinese ones. A Chinese region is looked for first, then Japanese and
     * Korean names, then Chinese ones.
     */
    static HanForms hanForms(Font font) {
        Set<String> names = new LinkedHashSet<>();
        for (Locale l : new Locale[] {Locale.ROOT, Locale.JAPANESE, Locale.KOREAN, Locale.SIMPLIFIED_CHINESE}) {
            names.add(font.getFamily(l));
            names.add(font.getFontName(l));
        }
        return hanForms(names);
    }

    static HanForms hanForms(Collection<String> names) {
        String all = String.join(" | ", names);
        if (all.matches("(?s).*(?i)\\b(SC|TC|HK|CN|TW|Chinese)\\b.*")) {
            return HanForms.CHINESE;
        }
        if (JAPANESE_NAME.matcher(all).find()) {
            return HanForms.JAPANESE;
        }
        if (KOREAN_NAME.matcher(all).find()) {
            return HanForms.KOREAN;
        }
        if (all.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                || all.matches("(?s).*(?i)(WenQuanYi|YaHei|JhengHei|PingFang|SimSun|SimHei|Heiti|Songti|Kaiti|MingLiU).*")) {
            return HanForms.CHINESE;
        }
        return HanForms.UNKNOWN;
    }

    /** Han characters and no kana or Hangul: text that must get Chinese glyph forms. */
    static boolean isChinese(String text) {
        boolean han = false;
        for (int cp : text.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL) {
                return false;
            }
            han |= script == Character.UnicodeScript.HAN;
        }
        return han;
    }

    /** Characters of {@code text} the font has no glyph for, each once, in order. */
    static String missing(Font font, String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> cp != 0xFE0F && cp != 0x200D) // emoji presentation selectors and joiners
                .filter(cp -> Character.getType(cp) != Character.FORMAT) // bidi marks and the like draw nothing
                .filter(cp -> !font.canDisplay(cp)).forEach(missing::add);
        StringBuilder sb = new StringBuilder();
        missing.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String quote(String chars) {
        String shown = chars.codePointCount(0, chars.length()) > 12
                ? chars.substring(0, chars.offsetByCodePoints(0, 12)) + "…" : chars;
        return "\"" + shown + "\"";
    }

    /** Fonts read so far, by file and its last change: a font file is read once. */
    private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();

    private record Loaded(long modified, Optional<Font> font) {
    }

    private static Optional<Font> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Optional.empty();
        }
        Loaded known = LOADED.get(file);
        if (known != null && known.modified() == modified) {
            return known.font();
        }
        Optional<Font> font;
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            font = fonts.length == 0 ? Optional.empty() : Optional.of(fonts[0]);
        } catch (FontFormatException | IOException e) {
            font = Optional.empty();
        }
        LOADED.put(file, new Loaded(modified, font));
        return font;
    }

    /** Measures with the font's own advance widths and line metrics. */
    private record AwtLayout(Path fontFile, Font font) implements TextLayout {

        @Override
        public double width(String text, int size) {
            return font.deriveFont((float) size).getStringBounds(text, FRC).getWidth();
        }

        @Override
        public int lineHeight(int size) {
            return Math.round(font.deriveFont((float) size).getLineMetrics("Hg", FRC).getHeight());
        }

        @Override
        public double ascent(int size) {
            return font.deriveFont((float) size).getLineMetrics("Hg", FRC).getAscent();
        }
    }
}
