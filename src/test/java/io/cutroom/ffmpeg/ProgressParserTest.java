package io.cutroom.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProgressParserTest {

    @Test
    void readsBlocksWithUnknownValues() throws IOException {
        List<Progress> seen = new ArrayList<>();
        ProgressParser parser = new ProgressParser(seen::add);
        try (InputStream in = getClass().getResourceAsStream("progress.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(parser::line);
        }
        assertThat(seen).containsExactly(
                new Progress(0, -1, Double.NaN, false),
                new Progress(48, 2_000_000, 4.02, false),
                new Progress(96, 4_000_000, 4.11, true));
    }

    @Test
    void skipsLinesItDoesNotKnow() {
        List<Progress> seen = new ArrayList<>();
        ProgressParser parser = new ProgressParser(seen::add);
        List.of("", "garbage", "frame=", "speed=fast", "out_time_us=12", "progress=continue").forEach(parser::line);
        assertThat(seen).containsExactly(new Progress(-1, 12, Double.NaN, false));
    }
}
