package io.cutroom.subtitles;

/**
 * Something in a subtitle file that could not be read as it stands, and what was done about it.
 *
 * @param line the line of the file, from 1 (lines end at LF, CRLF or a lone CR)
 * @param message what is wrong and whether the text was left out or kept
 */
public record ReadProblem(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
