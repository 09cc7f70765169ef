package io.cutroom.ffmpeg;

import java.util.function.Consumer;

/**
 * Turns the {@code key=value} lines of {@code -progress pipe:1} into {@link Progress} values: a
 * block ends with {@code progress=continue} or {@code progress=end}. Lines it does not know are
 * skipped; values it cannot read count as unknown.
 */
final class ProgressParser {

    private final Consumer<Progress> listener;
    private long frame = -1;
    private long outTimeMicros = -1;
    private double speed = Double.NaN;

    ProgressParser(Consumer<Progress> listener) {
        this.listener = listener;
    }

    void line(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            return;
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        switch (key) {
            case "frame" -> frame = parseLong(value);
            case "out_time_us" -> outTimeMicros = parseLong(value);
            case "speed" -> speed = parseSpeed(value);
            case "progress" -> {
                listener.accept(new Progress(frame, outTimeMicros, speed, value.equals("end")));
                frame = -1;
                outTimeMicros = -1;
                speed = Double.NaN;
            }
            default -> {
            }
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseSpeed(String value) {
        String number = value.endsWith("x") ? value.substring(0, value.length() - 1) : value;
        try {
            return Double.parseDouble(number.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
