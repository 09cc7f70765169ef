package io.cutroom.ui.player;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.s;
import static io.cutroom.testing.Projects.scene;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.model.Dialogue;
import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.model.MusicCue;
import io.cutroom.model.Rational;
import io.cutroom.testing.Projects;
import io.cutroom.testing.TestMedia;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sound the player plays, from real files whose samples are constant (so every sample of the mix
 * can be predicted): a line of dialogue at 0.5, music at 0.25 ducked under it, each where the cut puts it.
 */
class CutSoundTest {

    static final float LINE = 0.5f * (float) Math.pow(10, -6 / 20.0);
    static final float MUSIC = 0.25f;

    @TempDir
    static Path dir;
    static Cut cut;
    static CutSound.Opener opener;

    @BeforeAll
    static void makeMedia() throws Exception {
        constant(dir.resolve("line.wav"), "0.5", 1);
        constant(dir.resolve("music.wav"), "0.25", 4);
        // a 10 s card; the line 0.5 s into it at -6 dB, the music from its start for 3 s, ducked
        var shot = card("c1", "Hello", "10").withDialogue(List.of(new Dialogue("line.wav", s("0.5"), Rational.ZERO, s("1"), -6)));
        MusicCue music = new MusicCue("music.wav", "c1", Rational.ZERO, Rational.ZERO, s("3"), null, 0, Rational.ZERO,
                Rational.ZERO, true);
        var project = Projects.project(new Format(320, 180, FrameRate.of(24), 48000), List.of(music), scene("s1", shot));
        cut = Resolver.resolve(project, "ep1", dir, SourceDurations.unknown());
        opener = CutSound.Opener.of(new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory()));
    }

    /** A mono 48 kHz WAV whose every sample is {@code value}. */
    static Path constant(Path file, String value, int seconds) {
        return TestMedia.run(file, List.of("-y", "-f", "lavfi", "-i", "aevalsrc=" + value + ":s=48000:d=" + seconds,
                "-c:a", "pcm_s16le", file.toString()));
    }

    static float[] mix(long from, int frames) {
        float[] out = new float[2 * frames];
        try (CutSound sound = new CutSound(cut, opener, Runnable::run)) {
            sound.read(from, out, frames);
        }
        return out;
    }

    @Test
    void everySoundPlaysWhereTheCutPutsItWithItsGainAndTheMusicDucksUnderTheLine() {
        float[] out = mix(0, 4 * 48_000);

        assertThat(out[2 * 23_999]).as("music alone before the line").isCloseTo(MUSIC, within(1e-4f));
        assertThat(out[2 * 24_000]).as("the line starts on its sample, the music begins to duck")
                .isCloseTo(LINE + MUSIC * (1 - (1 - CutSound.DUCKED) / CutSound.DUCK_ATTACK), within(1e-4f));
        assertThat(out[2 * 30_000]).as("under the line, -10 dB").isCloseTo(LINE + MUSIC * CutSound.DUCKED, within(1e-4f));
        assertThat(out[2 * 71_999]).isCloseTo(LINE + MUSIC * CutSound.DUCKED, within(1e-4f));
        assertThat(out[2 * 72_000]).as("the line has ended; the music recovers slowly")
                .isBetween(MUSIC * CutSound.DUCKED, MUSIC * 0.35f);
        assertThat(out[2 * 100_000]).as("recovered").isCloseTo(MUSIC, within(1e-4f));
        assertThat(out[2 * 143_999]).isCloseTo(MUSIC, within(1e-4f));
        assertThat(out[2 * 144_000]).as("the music's 3 s are over").isZero();
        for (int i = 0; i < out.length; i += 2) {
            assertThat(out[i + 1]).as("mono is played on both sides").isEqualTo(out[i]);
        }
    }

    @Test
    void playingFromTheMiddleOfALineStartsDuckedWithTheRightSamples() {
        float[] out = mix(50_000, 100);
        assertThat(out[0]).isCloseTo(LINE + MUSIC * CutSound.DUCKED, within(1e-4f));
        assertThat(out[198]).isCloseTo(LINE + MUSIC * CutSound.DUCKED, within(1e-4f));
    }

    @Test
    void consecutiveReadsContinueTheSameSound() {
        float[] whole = mix(20_000, 8000);
        float[] pieces = new float[2 * 8000];
        try (CutSound sound = new CutSound(cut, opener, Runnable::run)) {
            float[] block = new float[2 * 1000];
            for (int i = 0; i < 8; i++) {
                sound.read(20_000 + i * 1000L, block, 1000);
                System.arraycopy(block, 0, pieces, i * 2000, 2000);
            }
        }
        assertThat(pieces).containsExactly(whole);
    }

    @Test
    void aSourceNotOpenYetIsSilentUntilItIs() {
        List<Runnable> pending = new java.util.ArrayList<>();
        float[] out = new float[2 * 100];
        try (CutSound sound = new CutSound(cut, opener, pending::add)) {
            sound.read(30_000, out, 100);
            assertThat(out).containsOnly(0f);
            pending.forEach(Runnable::run);
            sound.read(30_100, out, 100);
            assertThat(out[0]).isCloseTo(LINE + MUSIC * CutSound.DUCKED, within(1e-4f));
        }
    }

    @Test
    void theSoundClockWritesTheMixToTheDeviceAndCountsWhatItPlayed() throws Exception {
        FakeDevice device = new FakeDevice(48_000);
        SoundClock clock = new SoundClock(() -> device, opener, Runnable::run, PlaybackClock.system());

        PlaybackClock.Run run = clock.start(cut, 20_000, 1);
        device.awaitFull();

        assertThat(run.notice()).isEmpty();
        assertThat(run.elapsed()).isEqualTo(48_000);
        assertThat(device.sample(0)).isEqualTo(Math.round(MUSIC * Short.MAX_VALUE));
        assertThat(device.sample(10_000)).as("sample 30000 of the episode")
                .isEqualTo(Math.round((LINE + MUSIC * CutSound.DUCKED) * Short.MAX_VALUE));
        run.stop();
        assertThat(device.halted).isTrue();
    }

    @Test
    void withoutASoundDeviceItPlaysSilentlyOnTheFallbackClockAndSaysWhy() {
        SoundClock clock = new SoundClock(() -> {
            throw new AudioSink.SoundUnavailableException("No line matching interface SourceDataLine is supported.");
        }, opener, Runnable::run, PlaybackClock.system(() -> 1_000_000_000L));

        PlaybackClock.Run run = clock.start(cut, 0, 1);

        assertThat(run.notice()).isEqualTo("No sound device, so playing without sound, timed by the system clock"
                + " (No line matching interface SourceDataLine is supported.)");
        assertThat(run.elapsed()).isZero();
        run.stop();
        assertThat(clock.start(cut, 0, 2).notice()).as("shuttling is silent anyway").isEmpty();
    }

    /** A device that plays instantly what it is given, until it holds {@code capacity} frames; then it waits for a halt. */
    static final class FakeDevice implements AudioSink {
        private final int capacity;
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        volatile boolean halted;

        FakeDevice(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public synchronized void write(byte[] data, int length) {
            int room = capacity * FRAME_BYTES - written.size();
            written.write(data, 0, Math.min(room, length));
            notifyAll();
            while (written.size() >= capacity * FRAME_BYTES && !halted) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public synchronized long played() {
            return written.size() / FRAME_BYTES;
        }

        @Override
        public void resume() {
        }

        @Override
        public synchronized void halt() {
            halted = true;
            notifyAll();
        }

        synchronized void awaitFull() throws InterruptedException {
            long until = System.currentTimeMillis() + 20_000;
            while (written.size() < capacity * FRAME_BYTES && System.currentTimeMillis() < until) {
                wait(100);
            }
        }

        /** The left sample of frame {@code frame}, as written. */
        synchronized int sample(int frame) {
            byte[] b = written.toByteArray();
            return (short) ((b[frame * FRAME_BYTES] & 0xFF) | (b[frame * FRAME_BYTES + 1] << 8));
        }
    }
}
