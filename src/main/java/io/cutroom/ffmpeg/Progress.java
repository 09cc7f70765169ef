package io.cutroom.ffmpeg;

/**
 * One block of ffmpeg's {@code -progress pipe:1} output. ffmpeg prints {@code N/A} while a value
 * is not known yet: that becomes -1 for {@code frame} and {@code outTimeMicros}, and NaN for
 * {@code speed} (the factor of real time, 2.5 for {@code 2.5x}).
 */
public record Progress(long frame, long outTimeMicros, double speed, boolean finished) {
}
