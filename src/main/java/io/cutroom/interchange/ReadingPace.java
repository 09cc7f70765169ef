package io.cutroom.interchange;

import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * How long imported text stays on screen, read at a natural pace: a subtitle shows for its length
 * at {@code charsPerSecond} columns a second, at least {@code minCue}; a slate or card shows long
 * enough to read its text at the same pace, and for the dialogue anchored to it, at least
 * {@code minShot}. A speech longer than {@code cueColumns} is split into several subtitles at
 * sentence ends (else at spaces). Durations are rounded up to whole frames.
 *
 * @param columns the width of a text in columns (line breaks not counted); CJK may count 2
 * @param lines breaks a subtitle's text into lines for the screen
 */
public record ReadingPace(int charsPerSecond, Rational minCue, Rational minShot, int cueColumns,
        ToIntFunction<String> columns, UnaryOperator<String> lines) {

    /**
     * 15 characters a second (below the 17 that subtitle guidelines allow adults), subtitles of at
     * least 1.5 s and at most 84 characters (two lines of 42), shots of at least 2 s; every
     * character one column, lines left as written.
     */
    public static final ReadingPace DEFAULT = new ReadingPace(15, Rational.of(3, 2), Rational.of(2), 84,
            s -> s.replace("\n", "").codePointCount(0, s.replace("\n", "").length()), s -> s);

    public ReadingPace {
        if (charsPerSecond <= 0 || minCue.signum() <= 0 || minShot.signum() <= 0 || cueColumns <= 0) {
            throw new IllegalArgumentException("a reading pace must be positive");
        }
    }

    /** This pace with another way of measuring and breaking text. */
    public ReadingPace withText(ToIntFunction<String> newColumns, UnaryOperator<String> newLines) {
        return new ReadingPace(charsPerSecond, minCue, minShot, cueColumns, newColumns, newLines);
    }

    /** Frames to read {@code text} at this pace, at least {@code min}. */
    long frames(String text, Rational min, FrameRate rate) {
        Rational reading = Rational.of(columns.applyAsInt(text), charsPerSecond).max(min);
        Rational frames = reading.multiply(rate.asRational());
        return -Math.floorDiv(-frames.num(), frames.den());
    }

    /** A speech in pieces of at most {@code cueColumns}: whole sentences where they fit, else words, else characters. */
    List<String> pieces(String speech) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : speech.strip().split("(?<=[.!?。！？…])\\s+|\\s*\\n\\s*")) {
            for (String part : fit(sentence)) {
                String joined = piece.length() == 0 ? part : piece + " " + part;
                if (piece.length() > 0 && columns.applyAsInt(joined) > cueColumns) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                    piece.append(part);
                } else {
                    piece.setLength(0);
                    piece.append(joined);
                }
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** A sentence in parts that each fit a subtitle: at spaces, or between characters when a word is too long. */
    private List<String> fit(String sentence) {
        List<String> parts = new ArrayList<>();
        if (columns.applyAsInt(sentence) <= cueColumns) {
            parts.add(sentence);
            return parts;
        }
        StringBuilder part = new StringBuilder();
        for (String word : sentence.split(" ")) {
            String joined = part.length() == 0 ? word : part + " " + word;
            if (columns.applyAsInt(joined) <= cueColumns) {
                part.setLength(0);
                part.append(joined);
                continue;
            }
            if (part.length() > 0) {
                parts.add(part.toString());
                part.setLength(0);
            }
            for (int cp : word.codePoints().toArray()) {
                String longer = part.toString() + Character.toString(cp);
                if (part.length() > 0 && columns.applyAsInt(longer) > cueColumns) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                part.appendCodePoint(cp);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }
}
