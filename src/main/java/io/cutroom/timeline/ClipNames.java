package io.cutroom.timeline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naming convention for generated clips: {@code S03_SH02_take4.mp4} is a take of the second
 * shot of the third scene: the scene {@code s3} and its shot {@code s3-2} when the project has
 * them (as {@code import-script} names them), else the third scene and its second shot
 * ({@link MediaPlacement}). Read forgivingly, but never guessed:
 *
 * <ul>
 *   <li>any case; {@code _}, {@code -}, space or {@code .} between the parts, or nothing
 *       ({@code S3SH2}); leading zeros or none;
 *   <li>the scene as {@code S}, {@code SC} or {@code SCENE}; the shot as {@code SH} or
 *       {@code SHOT}; a separator may follow the word ({@code Scene 3 Shot 2});
 *   <li>an optional take after the shot: {@code take4}, {@code take04}, {@code TK4}, {@code T4},
 *       {@code v2}, ending at a separator or the end of the name;
 *   <li>an optional episode before the scene: {@code E02_}, {@code EP2-}, {@code EPISODE 2 }
 *       (its position in the project);
 *   <li>after that, a separator and any free text ({@code S03_SH02_take4_runway-gen4.mp4}).
 * </ul>
 *
 * A name must start with the episode or the scene; anything else (a prefix such as
 * {@code lighthouse_S03_SH02}, a shot number run into letters such as {@code SH02A}) does not
 * follow the convention. Only the last extension is dropped.
 */
public final class ClipNames {

    private static final String SEP = "[ _.\\-]";
    private static final Pattern NAME = Pattern.compile(
            "(?:(?:episode|ep|e)" + SEP + "?(\\d{1,6})" + SEP + "*)?"
                    + "(?:scene|sc|s)" + SEP + "?(\\d{1,6})" + SEP + "*"
                    + "(?:shot|sh)" + SEP + "?(\\d{1,6})"
                    + "(?:" + SEP + "*(?:take|tk|t|v)" + SEP + "?(\\d{1,6})(?=" + SEP + "|$))?"
                    + "(?:" + SEP + "+.*)?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** How the convention is put in a message. */
    public static final String EXAMPLE = "S03_SH02_take4.mp4";

    private ClipNames() {
    }

    /** Where a clip named {@code fileName} belongs by the convention; empty when the name does not follow it. */
    public static Optional<ShotAddress> parse(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        Matcher m = NAME.matcher(base.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(ShotAddress.of(number(m.group(1)), number(m.group(2)), number(m.group(3)),
                number(m.group(4))));
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
