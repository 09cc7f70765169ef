package io.cutroom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.testing.TestMedia;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AAC in parallel parts: the layout by value, and a real encoding in parts that decodes to the
 * samples of one encoder run — same length, same priming, a click on its sample, no worse coding
 * at the joins than anywhere else.
 */
class AacChunksTest {

    @TempDir
    Path dir;

    @Test
    void chunksStartOnAacFramesAndDependOnlyOnTheLength() {
        AacChunks four = AacChunks.of(48_000L * 480, 48_000, 120);
        assertThat(four.count()).isEqualTo(4);
        assertThat(four.starts()).allMatch(s -> s % AacChunks.FRAME == 0).first().isEqualTo(0L);
        assertThat(four.starts().get(1)).isEqualTo(5625L * AacChunks.FRAME); // 22500 frames / 4
        assertThat(four.encodeFrom(1)).isEqualTo(four.starts().get(1) - AacChunks.PRE_ROLL);
        long end0 = four.starts().get(1) + AacChunks.POST_ROLL;
        assertThat(four.partFilter(0, 48_000, "NORMALISE")).isEqualTo("atrim=start_sample=0:end_sample=" + (end0 + 64)
                + ",asetpts=N/SR/TB,NORMALISE,atrim=start_sample=0:end_sample=" + end0);
        long from3 = four.starts().get(3) - AacChunks.PRE_ROLL;
        assertThat(four.partFilter(3, 48_000, "NORMALISE")).isEqualTo("atrim=start_sample=" + from3
                + ",asetpts=N/SR/TB,NORMALISE,atrim=start_sample=0");
        // from a 44.1 kHz mix, each part starts on a mix sample that falls on an output sample (every 147th)
        String from44 = four.partFilter(3, 44_100, "NORMALISE");
        long mixFrom = from3 * 44_100 / 48_000 / 147 * 147;
        assertThat(from44).startsWith("atrim=start_sample=" + mixFrom + ",asetpts=N/SR/TB,NORMALISE,atrim=start_sample="
                + (from3 - mixFrom * 48_000 / 44_100));
        // the first keeps its priming frame and its own; the others skip their pre-roll and its priming
        assertThat(four.keep(0)).containsExactly(0, 5626);
        assertThat(four.keep(1)).containsExactly(301, 5625);
        assertThat(four.keep(3)).containsExactly(301, -1);

        assertThat(AacChunks.of(48_000L * 65, 48_000, 120).count()).isEqualTo(1);
        assertThat(AacChunks.of(48_000L * 65, 48_000, 120).keep(0)).containsExactly(0, -1);
        assertThat(AacChunks.of(44_100L * 3600, 44_100, 120).count()).isEqualTo(30);
        assertThat(AacChunks.of(44_100L * 3600, 44_100, 120).priming()).isEqualTo("0.02322");
    }

    @Test
    void partsEncodedApartDecodeAsOneEncoderRun() throws Exception {
        // 30 s of a chord with a click at 10.5 s, in three parts of about 10 s
        Path source = dir.resolve("source.wav");
        TestMedia.run(source, List.of("-y", "-f", "lavfi", "-i", "aevalsrc='0.2*sin(2*PI*220*t)+0.1*sin(2*PI*331*t)*sin(PI*t/3)"
                + "+0.8*eq(n\\,504000)':s=48000:c=stereo:d=30", "-c:a", "pcm_f32le", source.toString()));
        AacChunks layout = AacChunks.of(30 * 48_000, 48_000, 10);
        assertThat(layout.count()).isEqualTo(3);
        List<Path> parts = new ArrayList<>();
        for (int k = 0; k < layout.count(); k++) {
            Path part = dir.resolve("part-" + k + ".aac");
            TestMedia.run(part, List.of("-y", "-i", source.toString(), "-af", layout.partFilter(k, 48_000, "anull"), "-c:a", "aac", "-b:a", "160k",
                    "-f", "adts", part.toString()));
            parts.add(part);
        }
        Path joined = dir.resolve("joined.aac");
        layout.join(parts, joined);
        Path single = TestMedia.run(dir.resolve("single.aac"), List.of("-y", "-i", source.toString(), "-c:a", "aac",
                "-b:a", "160k", "-f", "adts", dir.resolve("single.aac").toString()));

        float[] original = decode(source);
        float[] one = decode(single);
        float[] many = decode(joined);
        assertThat(many.length).as("samples, priming included").isEqualTo(one.length);
        int priming = 2 * AacChunks.FRAME;
        assertThat(loudestSample(many, priming) / 2).as("the click's sample").isEqualTo(504_000);
        for (long start : layout.starts().subList(1, layout.count())) {
            int at = (int) start * 2;
            double joinedError = error(many, original, priming, at - 4096, at + 4096);
            double singleError = error(one, original, priming, at - 4096, at + 4096);
            assertThat(joinedError).as("coding error around the join at %d", start).isLessThan(singleError * 1.5);
        }
        assertThat(error(many, original, priming, 0, original.length)).isLessThan(error(one, original, priming, 0,
                original.length) * 1.25);
    }

    @Test
    void aPartThatIsNotAdtsIsNamed() throws IOException {
        AacChunks layout = AacChunks.of(48_000L * 10, 48_000, 120);
        Path bad = Files.writeString(dir.resolve("part-1.aac"), "not aac at all");
        assertThatThrownBy(() -> layout.join(List.of(bad), dir.resolve("out.aac")))
                .hasMessage(bad + ": no ADTS frame at byte 0");
    }

    /** Interleaved stereo float samples. */
    private float[] decode(Path file) throws IOException {
        Path raw = dir.resolve(file.getFileName() + ".f32");
        TestMedia.run(raw, List.of("-y", "-i", file.toString(), "-f", "f32le", "-ac", "2", raw.toString()));
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }

    private static int loudestSample(float[] decoded, int priming) {
        int best = priming;
        for (int i = priming; i < decoded.length; i += 2) {
            if (Math.abs(decoded[i]) > Math.abs(decoded[best])) {
                best = i;
            }
        }
        return best - priming;
    }

    /** Root-mean-square difference between decoded (after its priming) and the original, over [from, to). */
    private static double error(float[] decoded, float[] original, int priming, int from, int to) {
        double sum = 0;
        for (int i = Math.max(0, from); i < Math.min(to, original.length); i++) {
            double d = decoded[i + priming] - original[i];
            sum += d * d;
        }
        return Math.sqrt(sum / (to - from));
    }
}
