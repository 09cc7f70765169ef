package io.cutroom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameRateTest {

    @Test
    void parsesCommonForms() {
        assertThat(FrameRate.parse("24")).isEqualTo(FrameRate.of(24));
        assertThat(FrameRate.parse("30000/1001")).isEqualTo(new FrameRate(30000, 1001));
        assertThat(FrameRate.parse("29.97")).isEqualTo(new FrameRate(30000, 1001));
        assertThat(FrameRate.parse("23.976")).isEqualTo(new FrameRate(24000, 1001));
        assertThat(FrameRate.parse("12.5")).isEqualTo(new FrameRate(25, 2));
        assertThatThrownBy(() -> FrameRate.parse("fast"))
                .hasMessage("'fast' is not a frame rate: expected 24, 25, 30000/1001 or similar");
    }

    @Test
    void convertsFramesAndSecondsExactly() {
        FrameRate ntsc = new FrameRate(30000, 1001);
        assertThat(ntsc.toSeconds(30000)).isEqualTo(Rational.of(1001));
        assertThat(ntsc.toFrames(Rational.of(1001))).isEqualTo(30000);
        assertThat(FrameRate.of(24).toFrames(Rational.parse("4.5"))).isEqualTo(108);
    }

    @Test
    void samplePositionsTileWithoutDrift() {
        FrameRate ntsc = new FrameRate(30000, 1001);
        // 1601.6 samples per frame at 48 kHz: positions floor, and 5 frames are exactly 8008 samples
        assertThat(ntsc.sampleAt(1, 48000)).isEqualTo(1601);
        assertThat(ntsc.sampleAt(5, 48000)).isEqualTo(8008);
        assertThat(ntsc.sampleAt(108_000, 48000)).isEqualTo(172_972_800);
    }
}
