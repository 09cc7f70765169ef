package io.cutroom.ffmpeg;

import java.nio.file.Path;

/**
 * The one place where text becomes FFmpeg syntax. Every string that reaches a filtergraph, a
 * concat list or a metadata file passes through here.
 */
public final class Escaping {

    /** What FFmpeg's tokenizer ({@code av_get_token}) trims from both ends of a token. */
    private static final String WHITESPACE = " \n\t\r";

    /** Special inside one option value ({@code key=value:key=value}). */
    private static final String OPTION_LEVEL = "\\':";

    /** Special inside a filtergraph ({@code [in]filter=args,filter[out];...}). */
    private static final String GRAPH_LEVEL = "\\'[],;";

    private Escaping() {
    }

    /**
     * Escapes text so that it survives as ONE filter option value inside a filtergraph
     * ({@code -filter_complex}, {@code -vf}, {@code -af}): first for the option-value level
     * ({@code \ ' :}), then for the filtergraph level ({@code \ ' [ ] , ;}). Leading and trailing
     * whitespace is escaped at both levels so that FFmpeg does not trim it. Nothing else is
     * changed: newlines, percent signs, emoji and CJK pass as they are (for {@code drawtext},
     * set {@code expansion=none} so that {@code %} is not expanded).
     */
    public static String filterValue(String value) {
        return backslash(backslash(value, OPTION_LEVEL), GRAPH_LEVEL);
    }

    /**
     * A line for an ffconcat / concat-demuxer list, without the line break:
     * {@code file 'path'}, with each {@code '} written as {@code '\''}. The concat demuxer reads
     * its list line by line, so a path holding a line break cannot be listed.
     *
     * @throws IllegalArgumentException when the path contains a line break
     */
    public static String concatFileLine(Path path) {
        String text = path.toString();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' contains a line break, which an ffmpeg concat list cannot hold");
        }
        return "file '" + text.replace("'", "'\\''") + "'";
    }

    /**
     * Escapes a key or value for an {@code ;FFMETADATA1} file: {@code = ; # \} and the line break
     * get a backslash in front.
     */
    public static String ffmetadata(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ("=;#\\\n".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Backslash before each special character and before leading and trailing whitespace. */
    private static String backslash(String text, String specials) {
        int first = 0;
        while (first < text.length() && WHITESPACE.indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        int end = text.length();
        while (end > first && WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i < first || i >= end || specials.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
