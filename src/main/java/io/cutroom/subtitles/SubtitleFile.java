package io.cutroom.subtitles;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What was read from a subtitle file: its cues in file order, and every part that could not be read
 * as it stands, by line.
 *
 * @param encoding how the bytes were turned into text
 */
public record SubtitleFile(SubtitleFormat format, Encoding encoding, List<Cue> cues, List<ReadProblem> problems) {

    public SubtitleFile {
        cues = List.copyOf(cues);
        problems = List.copyOf(problems);
    }

    /** How the text encoding was chosen. */
    public enum Source {
        /** The file starts with a byte-order mark. */
        BYTE_ORDER_MARK("byte-order mark"),
        /** Given by the user. */
        GIVEN("given"),
        /** Guessed from the bytes. */
        DETECTED("detected");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The text encoding used and how it was chosen. */
    public record Encoding(Charset charset, Source source) {

        /** {@code UTF-16LE (detected)}. */
        @Override
        public String toString() {
            return charset.name() + " (" + source + ")";
        }
    }
}
