package io.cutroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    @Test
    void logsPlainLinesEveryFivePercent() {
        StringWriter out = new StringWriter();
        ProgressDisplay d = new ProgressDisplay(new PrintWriter(out), false);
        d.progress(0.01, 0, null, "scene s1");
        d.progress(0.02, 0, null, "scene s1");
        d.progress(0.456, 9.84, Duration.ofSeconds(72), "scene s2");
        d.progress(1, 10, Duration.ZERO, "done");
        assertThat(out.toString()).isEqualTo("""
                progress 1% speed 0.0x eta --:-- (scene s1)
                progress 45% speed 9.8x eta 1:12 (scene s2)
                progress 100% speed 10.0x eta 0:00 (done)
                """);
    }

    @Test
    void drawsABarInPlaceOnATerminal() {
        StringWriter out = new StringWriter();
        ProgressDisplay d = new ProgressDisplay(new PrintWriter(out), true);
        d.progress(0.5, 2.5, Duration.ofSeconds(3725), "audio mix");
        d.close();
        assertThat(out.toString()).isEqualTo("\r[###############...............]  50%    2.5x  ETA 1:02:05  audio mix               \n");
    }
}
