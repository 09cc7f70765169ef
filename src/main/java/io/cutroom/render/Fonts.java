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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the font for text drawn into the picture (subtitles, cards, slates) — one that can draw
 * every character of it — and measures text with it. The bundled FFmpeg has no fontconfig, so
 * {@code drawtext} gets the font file itself.
 *
 * <p>Without a font in the project's style, fonts are tried in this order: WenQuanYi Micro Hei
 * (Chinese glyph forms, also Latin, Cyrillic, Greek), WenQuanYi Zen Hei, Noto Sans CJK SC, Noto
 * Sans CJK (whose first face is Japanese), DejaVu Sans, Liberation Sans, then
 * {@code $CUTROOM_FONT_DIRS} (colon-separated folders) are searched too.
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
     * candidate that draws them all.
     *
     * @throws RenderException naming the characters that no font can draw and the fonts tried
     */
    public static TextLayout choose(Optional<Path> styleFont, Collection<String> texts) throws RenderException {
        String all = texts.stream().collect(Collectors.joining());
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
        List<Path> tried = new ArrayList<>();
        String bestMissing = null;
        for (Path file : candidates()) {
            Optional<Font> font = load(file);
            if (font.isEmpty()) {
                continue;
            }
            tried.add(file);
            String missing = missing(font.get(), all);
            if (missing.isEmpty()) {
                return new AwtLayout(file, font.get());
            }
            if (bestMissing == null || missing.length() < bestMissing.length()) {
                bestMissing = missing;
            }
        }
        if (tried.isEmpty()) {
            throw new RenderException("no font found to draw text into the picture; install one (on Debian:"
                    + " apt-get install fonts-wqy-microhei) or set style.subtitles.font in the project");
        }
        throw new RenderException("no installed font can draw " + quote(bestMissing) + " (tried "
                + tried.stream().map(Path::toString).collect(Collectors.joining(", "))
                + "); install one that can (for Chinese: apt-get install fonts-wqy-microhei) or set"
                + " style.subtitles.font in the project");
    }

    /** Characters of {@code text} the font has no glyph for, each once, in order. */
    static String missing(Font font, String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> cp != 0xFE0F && cp != 0x200D) // emoji presentation selectors and joiners
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

    private static Optional<Font> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Font[] fonts = Font.createFonts(file.toFile());
            return fonts.length == 0 ? Optional.empty() : Optional.of(fonts[0]);
        } catch (FontFormatException | IOException e) {
            return Optional.empty();
        }
    }

    /** Measures with the font's own advance widths. */
    private record AwtLayout(Path fontFile, Font font) implements TextLayout {

        @Override
        public String wrap(String text, int size, int maxWidth) {
            Font sized = font.deriveFont((float) size);
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\r?\n", -1)) {
                wrapParagraph(sized, paragraph.strip(), maxWidth, lines);
            }
            return String.join("\n", lines);
        }

        private static void wrapParagraph(Font font, String paragraph, int maxWidth, List<String> lines) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(paragraph)) {
                String candidate = line.length() == 0 ? token.stripLeading() : line + token;
                if (line.length() > 0 && width(font, candidate.stripTrailing()) > maxWidth) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(token.stripLeading());
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString().stripTrailing());
        }

        /** Words with their leading space; each CJK character is a token of its own. */
        private static List<String> tokens(String s) {
            List<String> tokens = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            s.codePoints().forEach(cp -> {
                boolean breakable = isCjk(cp);
                if (cp == ' ' || breakable) {
                    if (current.length() > 0 && !current.toString().isBlank()) {
                        tokens.add(current.toString());
                        current.setLength(0);
                    }
                }
                current.appendCodePoint(cp);
                if (breakable) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            });
            if (current.length() > 0) {
                tokens.add(current.toString());
            }
            return tokens;
        }

        private static boolean isCjk(int cp) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
        }

        private static double width(Font font, String s) {
            return font.getStringBounds(s, FRC).getWidth();
        }
    }
}
