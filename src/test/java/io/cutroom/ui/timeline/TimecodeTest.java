package io.cutroom.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.FrameRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimecodeTest {

    @ParameterizedTest
    @CsvSource({
            "24, 0, 00:00:00:00",
            "24, 23, 00:00:00:23",
            "24, 24, 00:00:01:00",
            "24, 1572, 00:01:05:12",
            "25, 90000, 01:00:00:00",
            "30000/1001, 29, 00:00:00:29",
            "30000/1001, 30, 00:00:01:00",
            "30000/1001, 29970, 00:16:39:29",
            "30000/1001, 29971, 00:16:40:00",
    })
    void framesCountFromTheSecondTheFrameStartsIn(String rate, long frame, String expected) {
        assertThat(Timecode.of(frame, FrameRate.parse(rate))).isEqualTo(expected);
    }

    @Test
    void clockLabelsShowMinutesAndSecondsAndHoursWhenThereAreAny() {
        assertThat(Timecode.clock(1572, FrameRate.of(24))).isEqualTo("1:05");
        assertThat(Timecode.clock(24 * 3723, FrameRate.of(24))).isEqualTo("1:02:03");
    }
}
