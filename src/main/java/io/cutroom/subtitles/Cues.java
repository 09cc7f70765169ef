package io.cutroom.subtitles;

/** Small pieces the readers share: clock times and the messages about them. */
final class Cues {

    private Cues() {
    }

    /**
     * Milliseconds of a clock time.
     *
     * @param fraction the digits after the decimal sign (1 to 3: {@code 5} is 500 ms, {@code 05} 50 ms), or null
     * @throws IllegalArgumentException when minutes or seconds are 60 or more
     */
    static long millis(long hours, int minutes, int seconds, String fraction) {
        if (minutes > 59) {
            throw new IllegalArgumentException("minutes must be below 60, got " + minutes);
        }
        if (seconds > 59) {
            throw new IllegalArgumentException("seconds must be below 60, got " + seconds);
        }
        long ms = 0;
        if (fraction != null && !fraction.isEmpty()) {
            String three = (fraction + "00").substring(0, 3);
            ms = Long.parseLong(three);
        }
        return Math.addExact(Math.multiplyExact(hours, 3_600_000L), minutes * 60_000L + seconds * 1000L + ms);
    }

    /** The message for a cue that ends before or when it starts. */
    static String backwards(long start, long end) {
        String times = "(" + SubtitleReader.time(start) + " --> " + SubtitleReader.time(end) + ")";
        return end == start
                ? "the cue ends when it starts " + times + ", so it never shows; left out"
                : "the cue ends before it starts " + times + "; left out";
    }
}
