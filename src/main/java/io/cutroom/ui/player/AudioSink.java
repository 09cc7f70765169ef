package io.cutroom.ui.player;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Where played sound goes: a sound device taking 16-bit stereo at 48 kHz, and how much of it has been heard. */
interface AudioSink {

    /** Bytes per stereo sample frame. */
    int FRAME_BYTES = 4;

    /** Queues {@code length} bytes; blocks while the device's buffer is full, returns early once {@link #halt()} is called. */
    void write(byte[] data, int length);

    /** Sample frames the device has played since it was opened. */
    long played();

    /** Starts (or resumes) playing what is queued. */
    void resume();

    /** Stops at once and drops what is queued. */
    void halt();

    /** Opens the default sound device through Java Sound, with a quarter of a second of buffer. */
    static AudioSink javaSound() throws SoundUnavailableException {
        AudioFormat format = new AudioFormat(PlaybackClock.RATE, 16, 2, true, false);
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(format);
            line.open(format, PlaybackClock.RATE / 4 * FRAME_BYTES);
            return new AudioSink() {
                @Override
                public void write(byte[] data, int length) {
                    line.write(data, 0, length);
                }

                @Override
                public long played() {
                    return line.getLongFramePosition();
                }

                @Override
                public void resume() {
                    line.start();
                }

                @Override
                public void halt() {
                    line.stop();
                    line.flush();
                }
            };
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new SoundUnavailableException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** No sound device can be opened; the message says why, as Java Sound put it. */
    final class SoundUnavailableException extends Exception {
        SoundUnavailableException(String message) {
            super(message);
        }
    }
}
