package io.cutroom.render;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Arabic letters in the contextual forms they take in a word (isolated, final, initial, medial),
 * written as Unicode presentation forms, with the mandatory lam-alef ligatures. The bundled FFmpeg
 * shapes text left to right, so Arabic reaches {@code drawtext} already shaped, then reordered by
 * {@link BidiText}. The forms come from the presentation-form blocks themselves: each form's
 * compatibility decomposition names its letter, and its character name says which form it is.
 */
final class ArabicForms {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZWJ = 0x200D;

    /** Letter → its forms (isolated, final, initial, medial; 0 where it has none). */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Alef after lam → the ligature's forms (isolated, final). */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        for (int[] block : new int[][] {{0xFE70, 0xFEFC}, {0xFB50, 0xFDFF}}) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String name = Character.isDefined(cp) ? Character.getName(cp) : null;
                int form = name == null ? -1 : name.endsWith(" ISOLATED FORM") ? ISOLATED : name.endsWith(" FINAL FORM")
                        ? FINAL : name.endsWith(" INITIAL FORM") ? INITIAL : name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
                if (form < 0) {
                    continue;
                }
                int[] letters = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                        .codePoints().toArray();
                if (letters.length == 1 && isArabicLetter(letters[0])) {
                    int[] forms = FORMS.computeIfAbsent(letters[0], k -> new int[4]);
                    if (forms[form] == 0) {
                        forms[form] = cp;
                    }
                } else if (letters.length == 2 && letters[0] == LAM && name.contains("LIGATURE LAM WITH ALEF")
                        && form <= FINAL) {
                    LAM_ALEF.computeIfAbsent(letters[1], k -> new int[2])[form] = cp;
                }
            }
        }
    }

    private ArabicForms() {
    }

    private static boolean isArabicLetter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp);
    }

    /** Whether {@code cp} is an Arabic letter whose joining forms are known (or that never joins). */
    static boolean known(int cp) {
        return !isArabicLetter(cp) || FORMS.containsKey(cp) || cp == TATWEEL;
    }

    /** {@code text} with its Arabic letters in their contextual forms; everything else unchanged. */
    static String shape(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean before = joinsForward(cps, previous(cps, i));
            int next = next(cps, i);
            int[] ligature = cp == LAM && next >= 0 ? LAM_ALEF.get(cps[next]) : null;
            if (ligature != null) {
                out.appendCodePoint(ligature[before && ligature[FINAL] != 0 ? FINAL : ISOLATED]);
                for (int m = i + 1; m < next; m++) {
                    out.appendCodePoint(cps[m]);
                }
                i = next;
                continue;
            }
            boolean after = dual(forms) && joinsBackward(cps, next);
            int form = before && after ? MEDIAL : before ? FINAL : after ? INITIAL : ISOLATED;
            int shaped = forms[form] != 0 ? forms[form] : forms[ISOLATED] != 0 ? forms[ISOLATED] : cp;
            out.appendCodePoint(shaped);
        }
        return out.toString();
    }

    /** Joins to the letter before and after it (not only to the one before). */
    private static boolean dual(int[] forms) {
        return forms[INITIAL] != 0 || forms[MEDIAL] != 0;
    }

    private static boolean joinsForward(int[] cps, int i) {
        if (i < 0) {
            return false;
        }
        int[] forms = FORMS.get(cps[i]);
        return cps[i] == TATWEEL || cps[i] == ZWJ || (forms != null && dual(forms));
    }

    private static boolean joinsBackward(int[] cps, int i) {
        if (i < 0) {
            return false;
        }
        int[] forms = FORMS.get(cps[i]);
        return cps[i] == TATWEEL || cps[i] == ZWJ || (forms != null && forms[FINAL] != 0);
    }

    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (!transparent(cps[j])) {
                return j;
            }
        }
        return -1;
    }

    /** Marks (harakat) and invisible format characters other than the joiners: letters join across them. */
    private static boolean transparent(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && cp != ZWJ && cp != 0x200C);
    }
}
