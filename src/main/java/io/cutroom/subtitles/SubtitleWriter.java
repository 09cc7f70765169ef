package io.cutroom.subtitles;

import java.util.List;
import java.util.Locale;

/** Writes cues as SubRip (SRT) or WebVTT text. */
public final class SubtitleWriter {

    private SubtitleWriter() {
    }

    /** SubRip: numbered cues, {@code HH:MM:SS,mmm} times, CRLF-free, a blank line after each cue. */
    public static String srt(List<Cue> cues) {
        StringBuilder sb = new StringBuilder();
        int index = 1;
        for (Cue cue : cues) {
            sb.append(index++).append('\n')
                    .append(time(cue.startMillis(), ',')).append(" --> ").append(time(cue.endMillis(), ','))
                    .append('\n').append(body(cue.text()).replace("-->", "->")).append("\n\n");
        }
        return sb.toString();
    }

    /** WebVTT: a header, {@code HH:MM:SS.mmm} times, speakers as voice spans, markup characters escaped. */
    public static String vtt(List<Cue> cues) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            String text = body(cue.text()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            if (cue.speaker() != null && !cue.speaker().isBlank()) {
                String voice = cue.speaker().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                text = "<v " + voice + ">" + text;
            }
            sb.append(time(cue.startMillis(), '.')).append(" --> ").append(time(cue.endMillis(), '.'))
                    .append('\n').append(text).append("\n\n");
        }
        return sb.toString();
    }

    /** The cue text with line endings normalised and no blank lines, which would end the cue early. */
    private static String body(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return s.replaceAll("\n[ \t]*\n+", "\n");
    }

    static String time(long millis, char separator) {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        long ms = millis % 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", h, m, s, separator, ms);
    }
}
