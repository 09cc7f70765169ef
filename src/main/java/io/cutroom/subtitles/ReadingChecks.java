package io.cutroom.subtitles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether subtitles can be read: reading speed, line length and count (in {@link TextWidth}
 * columns, so CJK characters count 2), how long each cue shows, and the gaps and overlaps between
 * cues. Findings are advice, not errors.
 */
public final class ReadingChecks {

    private ReadingChecks() {
    }

    /**
     * The limits.
     *
     * @param maxCharsPerSecond columns of text (spaces included, line breaks not) per second of display
     * @param maxLineWidth columns per line
     * @param minGapMillis the least gap between two cues that do not touch; a smaller one flickers
     */
    public record Rules(double maxCharsPerSecond, int maxLineWidth, int maxLines, long minDurationMillis,
            long maxDurationMillis, long minGapMillis) {

        /**
         * 17 characters per second, 42 per line, 2 lines, 5/6 s to 7 s on screen, a gap of at least
         * 2 frames at 24 fps: the limits broadcasters and streaming services commonly give adults.
         */
        public static final Rules DEFAULT = new Rules(17, 42, 2, 833, 7000, 83);

        public Rules {
            if (maxCharsPerSecond <= 0 || maxLineWidth <= 0 || maxLines <= 0 || minDurationMillis < 0
                    || maxDurationMillis <= minDurationMillis || minGapMillis < 0) {
                throw new IllegalArgumentException("reading rules must be positive, with min duration below max");
            }
        }

        /** These rules with the least gap set to {@code millis}. */
        public Rules withMinGap(long millis) {
            return new Rules(maxCharsPerSecond, maxLineWidth, maxLines, minDurationMillis, maxDurationMillis, millis);
        }
    }

    /** What a finding is about. */
    public enum Kind { READING_SPEED, LINE_WIDTH, LINES, TOO_SHORT, TOO_LONG, GAP, OVERLAP }

    /**
     * One thing found.
     *
     * @param index the cue's number in the list, from 1 (as an SRT file numbers it)
     */
    public record Finding(int index, Cue cue, Kind kind, String message) {
    }

    /** Checks cues in the order they show (sorted by start). */
    public static List<Finding> check(List<Cue> cues, Rules rules) {
        List<Finding> findings = new ArrayList<>();
        int latest = -1; // the earlier cue that ends last
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            int index = i + 1;
            String[] lines = cue.text().split("\n", -1);
            int columns = 0;
            for (int l = 0; l < lines.length; l++) {
                int width = TextWidth.of(lines[l]);
                columns += width;
                if (width > rules.maxLineWidth()) {
                    findings.add(new Finding(index, cue, Kind.LINE_WIDTH, (lines.length > 1 ? "line " + (l + 1) : "its line")
                            + " is " + width + " characters wide (at most " + rules.maxLineWidth() + "; CJK counts 2)"));
                }
            }
            if (lines.length > rules.maxLines()) {
                findings.add(new Finding(index, cue, Kind.LINES,
                        "has " + lines.length + " lines (at most " + rules.maxLines() + ")"));
            }
            double cps = columns * 1000.0 / cue.durationMillis();
            if (cps > rules.maxCharsPerSecond()) {
                findings.add(new Finding(index, cue, Kind.READING_SPEED, String.format(Locale.ROOT,
                        "reads at %.1f characters per second (at most %s; CJK counts 2): show it longer or say less",
                        cps, number(rules.maxCharsPerSecond()))));
            }
            if (cue.durationMillis() < rules.minDurationMillis()) {
                findings.add(new Finding(index, cue, Kind.TOO_SHORT, "shows for " + seconds(cue.durationMillis())
                        + " s (at least " + seconds(rules.minDurationMillis()) + " s)"));
            } else if (cue.durationMillis() > rules.maxDurationMillis()) {
                findings.add(new Finding(index, cue, Kind.TOO_LONG, "shows for " + seconds(cue.durationMillis())
                        + " s (at most " + seconds(rules.maxDurationMillis()) + " s)"));
            }
            if (latest >= 0) {
                Cue before = cues.get(latest);
                long gap = cue.startMillis() - before.endMillis();
                if (gap < 0) {
                    findings.add(new Finding(index, cue, Kind.OVERLAP, "overlaps subtitle " + (latest + 1) + " by "
                            + seconds(-gap) + " s: both show at once"));
                } else if (gap > 0 && gap < rules.minGapMillis()) {
                    findings.add(new Finding(index, cue, Kind.GAP, "starts " + seconds(gap) + " s after subtitle "
                            + (latest + 1) + " ends: a gap that short flickers; close it or leave at least "
                            + seconds(rules.minGapMillis()) + " s"));
                }
            }
            if (latest < 0 || cue.endMillis() > cues.get(latest).endMillis()) {
                latest = i;
            }
        }
        return findings;
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis).movePointLeft(3).setScale(3, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
