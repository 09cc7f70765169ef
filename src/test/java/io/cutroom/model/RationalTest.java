package io.cutroom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RationalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.5        | 5/2",
        "12         | 12/1",
        "1001/24000 | 1001/24000",
        "4/2        | 2/1",
        "01:02.5    | 125/2",
        "1:00:00    | 3600/1",
        "0.000      | 0/1",
        "-0.5       | -1/2",
    })
    void parsesSecondsFractionsAndClockTimes(String text, String expected) {
        String[] f = expected.split("/");
        assertThat(Rational.parse(text)).isEqualTo(Rational.of(Long.parseLong(f[0]), Long.parseLong(f[1])));
    }

    @Test
    void refusesWhatIsNotATimeWithAMessageNamingIt() {
        assertThatThrownBy(() -> Rational.parse("abc"))
                .hasMessage("'abc' is not a time: expected seconds such as 2.5, a fraction such as 1001/24000,"
                        + " or a clock time such as 01:02.5");
        assertThatThrownBy(() -> Rational.parse("1/0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticIsExact() {
        Rational third = Rational.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Rational.of(1));
        assertThat(Rational.of(1001, 24000).multiply(Rational.of(24000))).isEqualTo(Rational.of(1001));
        assertThat(Rational.of(7, 2).round()).isEqualTo(4);
        assertThat(Rational.of(-7, 2).round()).isEqualTo(-4);
        assertThat(Rational.of(-7, 2).floor()).isEqualTo(-4);
        assertThat(Rational.of(5, 3).round()).isEqualTo(2);
    }

    @Test
    void printsDecimalsWhenExactAndFractionsOtherwise() {
        assertThat(Rational.parse("4.50")).hasToString("4.5");
        assertThat(Rational.of(1, 3)).hasToString("1/3");
        assertThat(Rational.of(6)).hasToString("6");
    }
}
