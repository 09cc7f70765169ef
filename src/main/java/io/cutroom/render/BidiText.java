package io.cutroom.render;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Right-to-left text put in the order {@code drawtext} draws it. The bundled FFmpeg has no FriBidi:
 * it lays every line out left to right in the order the characters are stored, so Hebrew and Arabic
 * come out backwards. Here each line is reordered by the Unicode bidirectional algorithm
 * ({@link Bidi}) into the order it is seen in, left to right: right-to-left runs reversed (their
 * marks kept after their letters, brackets mirrored), numbers and Latin words inside them kept
 * left to right. Arabic is shaped first ({@link ArabicForms}). A paragraph's direction is that of
 * its first strong character, and every line wrapped from it keeps it.
 */
final class BidiText {

    /** Scripts written right to left whose letters join, which {@link ArabicForms} cannot shape. */
    private static final Set<Character.UnicodeScript> UNSHAPED = Set.of(Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.NKO, Character.UnicodeScript.MANDAIC, Character.UnicodeScript.ADLAM,
            Character.UnicodeScript.HANIFI_ROHINGYA, Character.UnicodeScript.SOGDIAN,
            Character.UnicodeScript.MANICHAEAN, Character.UnicodeScript.PSALTER_PAHLAVI);

    private static final String MIRRORED = "()[]{}<>«»‹›⁅⁆⁽⁾₍₎⟨⟩⟪⟫";

    private BidiText() {
    }

    /** Whether a paragraph is right to left: its first strong character is Hebrew, Arabic or another RTL letter. */
    static boolean rightToLeft(String paragraph) {
        Bidi bidi = new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        return !bidi.baseIsLeftToRight();
    }

    /** {@code line} (of a paragraph that is {@code rightToLeft} or not) in visual order, left to right. */
    static String visual(String line, boolean rightToLeft) {
        String shaped = ArabicForms.shape(line);
        Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return withoutControls(shaped);
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] texts = new Object[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = shaped.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = levels[i] % 2 == 0 ? run : reversed(run);
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        StringBuilder out = new StringBuilder();
        for (Object t : texts) {
            out.append(t);
        }
        return withoutControls(out.toString());
    }

    /**
     * Why {@code text} cannot be drawn in the right order, if it cannot: a right-to-left script whose
     * letters join other than Arabic, or an Arabic letter whose joining forms are not known.
     */
    static Optional<String> unsupported(String text) {
        for (int cp : text.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (UNSHAPED.contains(script)) {
                return Optional.of(name(script) + " cannot be drawn: the bundled FFmpeg has no FriBidi to join and"
                        + " order its letters");
            }
            if (!ArabicForms.known(cp)) {
                return Optional.of("the Arabic letter " + new String(Character.toChars(cp)) + " (U+"
                        + String.format("%04X", cp) + ") cannot be drawn joined: the bundled FFmpeg has no FriBidi"
                        + " and Cutroom knows no presentation forms for it");
            }
        }
        return Optional.empty();
    }

    private static String name(Character.UnicodeScript script) {
        String n = script.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** A right-to-left run backwards, each letter followed by its marks, brackets mirrored. */
    private static String reversed(String run) {
        List<String> clusters = new ArrayList<>();
        int i = 0;
        while (i < run.length()) {
            int start = i;
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            while (i < run.length() && isMark(run.codePointAt(i))) {
                i += Character.charCount(run.codePointAt(i));
            }
            String cluster = run.substring(start, i);
            int m = MIRRORED.indexOf(cp);
            if (m >= 0 && cp < 0x10000) {
                cluster = MIRRORED.charAt(m ^ 1) + cluster.substring(1);
            }
            clusters.add(cluster);
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int c = clusters.size() - 1; c >= 0; c--) {
            out.append(clusters.get(c));
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Without the invisible bidi controls (LRM, RLM, embeddings, isolates), which have done their work. */
    private static String withoutControls(String s) {
        return s.replaceAll("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", "");
    }
}
