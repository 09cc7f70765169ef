package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cutroom.testing.TestMedia;

class WaveformsTest {

    @TempDir
    static Path media;
    /** Half-scale 1 kHz from 0.50 s to 0.80 s, silence around it, 1.5 s, mono 44.1 kHz WAV. */
    static Path burst;
    /** The same burst on the left only, stereo 48 kHz AAC beside a picture. */
    static Path leftBurst;

    @TempDir
    Path dir;
    Path cache;

    @BeforeAll
    static void makeMedia() {
        String tone = "0.5*sin(2*PI*1000*t)*between(t\\,0.5\\,0.7999)";
        burst = TestMedia.run(media.resolve("burst.wav"), List.of("-y", "-f", "lavfi", "-i",
                "aevalsrc=" + tone + ":s=44100:d=1.5", "-c:a", "pcm_s16le", media.resolve("burst.wav").toString()));
        leftBurst = TestMedia.run(media.resolve("left.mp4"), List.of("-y", "-f", "lavfi", "-i",
                "testsrc2=s=64x36:r=25:d=1.5", "-f", "lavfi", "-i", "aevalsrc=" + tone + "|0:s=48000:d=1.5",
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-b:a", "192k", "-shortest",
                media.resolve("left.mp4").toString()));
    }

    @BeforeEach
    void setUp() {
        cache = dir.resolve("waveforms");
    }

    Waveforms waveforms() {
        return new Waveforms(cache, Runnable::run);
    }

    @Test
    void aToneBurstPeaksInItsBuckets() throws Exception {
        Waveform waveform = waveforms().waveform(burst).get();
        assertThat(waveform.buckets()).isEqualTo(150);
        for (int i = 0; i < 150; i++) {
            if (i >= 50 && i < 80) {
                assertThat(waveform.max(i)).as("bucket %d", i).isCloseTo(0.5f, offset(0.01f));
                assertThat(waveform.min(i)).as("bucket %d", i).isCloseTo(-0.5f, offset(0.01f));
            } else {
                assertThat(waveform.max(i)).as("bucket %d", i).isEqualTo(0f);
                assertThat(waveform.min(i)).as("bucket %d", i).isEqualTo(0f);
            }
        }
        assertThat(waveform.max(0, 50)).isEqualTo(0f);
        assertThat(waveform.max(40, 60)).isCloseTo(0.5f, offset(0.01f));
        assertThat(waveform.min(70, 1000)).isCloseTo(-0.5f, offset(0.01f));
        assertThat(waveform.min(200, 300)).isEqualTo(0f);
    }

    @Test
    void stereoIsMixedToMonoAndAacKeepsThePeaksInPlace() throws Exception {
        Waveform waveform = waveforms().waveform(leftBurst).get();
        assertThat(waveform.buckets()).isBetween(150, 152); // AAC pads its last frame
        // the left side alone at half scale: a quarter in the mono mix
        for (int i = 51; i < 79; i++) {
            assertThat(waveform.max(i)).as("bucket %d", i).isCloseTo(0.25f, offset(0.02f));
        }
        assertThat(waveform.max(0, 49)).isLessThan(0.01f);
        assertThat(waveform.max(82, 150)).isLessThan(0.01f);
    }

    @Test
    void aSourceWithoutSoundHasAnEmptyWaveform() throws Exception {
        Waveform waveform = waveforms().waveform(ClipReaderFormatsTest.CLIPS.resolve("s1b_t1.mp4")).get();
        assertThat(waveform).isSameAs(Waveform.EMPTY);
        assertThat(waveform.isEmpty()).isTrue();
        assertThat(waveform.max(0, 100)).isEqualTo(0f);
    }

    @Test
    void aLaterRunReadsTheFileInsteadOfDecoding() throws Exception {
        Waveforms first = waveforms();
        Waveform computed = first.waveform(burst).get();
        assertThat(first.waveform(burst)).isCompleted();
        assertThat(first.decodes()).isEqualTo(1);
        Path stored;
        try (var files = Files.list(cache)) {
            stored = files.collect(java.util.stream.Collectors.toList()).get(0);
        }
        assertThat(stored.getFileName().toString()).endsWith(".wave");
        assertThat(Files.size(stored)).isEqualTo(16 + 4 * 150);

        Waveforms later = waveforms();
        assertThat(later.waveform(burst).get()).isEqualTo(computed);
        assertThat(later.decodes()).isZero();

        // a file of another version is computed again
        byte[] bytes = Files.readAllBytes(stored);
        bytes[7] = 99;
        Files.write(stored, bytes);
        Waveforms afterUpgrade = waveforms();
        assertThat(afterUpgrade.waveform(burst).get()).isEqualTo(computed);
        assertThat(afterUpgrade.decodes()).isEqualTo(1);
    }

    @Test
    void theFileFormatIsDocumented() throws Exception {
        Path file = dir.resolve("w.wave");
        Waveforms.write(file, Waveform.of(new float[] {-1f, -0.5f}, new float[] {1f, 0.25f}));
        assertThat(Files.readAllBytes(file)).containsExactly(
                'C', 'R', 'W', 'F', 0, 0, 0, 1, 0, 0, 0, 100, 0, 0, 0, 2,
                0x80, 0x01, 0x7F, 0xFF, 0xC0, 0x01, 0x20, 0x00); // −32767, 32767, −16383, 8192
        assertThat(Waveforms.read(file).orElseThrow().max(1)).isCloseTo(0.25f, offset(0.0001f));
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path missing = dir.resolve("gone.m4a");
        assertThatThrownBy(() -> waveforms().waveform(missing).get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(MediaException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void aBrokenFileFailsNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("line.m4a"), "not sound at all\n");
        assertThatThrownBy(() -> waveforms().waveform(broken).get())
                .cause().isInstanceOf(MediaException.class)
                .hasMessage(broken + ": not a media file FFmpeg can decode (Invalid data found when processing input)");
    }
}
