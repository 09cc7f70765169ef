package io.cutroom.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, used for seconds in a source's own timebase (in and out points,
 * offsets, durations). Always normalised: the denominator is positive and the fraction is in
 * lowest terms, so {@code equals} is value equality.
 */
public record Rational(long num, long den) implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(0, 1);

    public Rational {
        if (den == 0) {
            throw new IllegalArgumentException("denominator must not be 0");
        }
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
    }

    public static Rational of(long num, long den) {
        return new Rational(num, den);
    }

    public static Rational of(long whole) {
        return new Rational(whole, 1);
    }

    /** The exact value of a decimal, e.g. {@code 1.001} becomes 1001/1000. */
    public static Rational of(BigDecimal decimal) {
        BigDecimal d = decimal.stripTrailingZeros();
        if (d.scale() <= 0) {
            return new Rational(d.longValueExact(), 1);
        }
        BigInteger den = BigInteger.TEN.pow(d.scale());
        return new Rational(d.unscaledValue().longValueExact(), den.longValueExact());
    }

    /**
     * Parses {@code "2.5"}, {@code "1001/24000"}, {@code "12"} or a clock time
     * {@code "[hh:]mm:ss[.fff]"}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Rational parse(String text) {
        String s = text.strip();
        try {
            if (s.contains("/")) {
                String[] parts = s.split("/", -1);
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                return new Rational(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
            }
            if (s.contains(":")) {
                String[] parts = s.split(":", -1);
                if (parts.length > 3) {
                    throw new NumberFormatException();
                }
                Rational total = ZERO;
                for (int i = 0; i < parts.length; i++) {
                    Rational part = i == parts.length - 1
                            ? of(new BigDecimal(parts[i]))
                            : of(Long.parseLong(parts[i]));
                    if (part.signum() < 0) {
                        throw new NumberFormatException();
                    }
                    total = total.multiply(of(60)).add(part);
                }
                return total;
            }
            return of(new BigDecimal(s));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a time: expected seconds such as 2.5, a fraction such as 1001/24000,"
                            + " or a clock time such as 01:02.5");
        }
    }

    public Rational add(Rational o) {
        return new Rational(
                Math.addExact(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den)),
                Math.multiplyExact(den, o.den));
    }

    public Rational subtract(Rational o) {
        return add(o.negate());
    }

    public Rational negate() {
        return new Rational(-num, den);
    }

    public Rational multiply(Rational o) {
        long g1 = gcd(Math.abs(num), o.den);
        long g2 = gcd(Math.abs(o.num), den);
        return new Rational(
                Math.multiplyExact(num / g1, o.num / g2),
                Math.multiplyExact(den / g2, o.den / g1));
    }

    public Rational divide(Rational o) {
        if (o.num == 0) {
            throw new ArithmeticException("division by zero");
        }
        return multiply(new Rational(o.den, o.num));
    }

    public int signum() {
        return Long.signum(num);
    }

    public boolean isZero() {
        return num == 0;
    }

    /** Rounds to the nearest integer, halves away from zero. */
    public long round() {
        BigInteger twice = BigInteger.valueOf(Math.abs(num)).shiftLeft(1).add(BigInteger.valueOf(den));
        long r = twice.divide(BigInteger.valueOf(den).shiftLeft(1)).longValueExact();
        return num < 0 ? -r : r;
    }

    /** The largest integer not greater than this value. */
    public long floor() {
        return Math.floorDiv(num, den);
    }

    public double toDouble() {
        return (double) num / den;
    }

    /** A decimal with {@code scale} places, rounded half-up: for FFmpeg options and display. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
    }

    /** True when this value has a finite decimal expansion (its denominator is 2^a·5^b). */
    public boolean isFiniteDecimal() {
        long d = den;
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }

    @Override
    public int compareTo(Rational o) {
        return BigInteger.valueOf(num).multiply(BigInteger.valueOf(o.den))
                .compareTo(BigInteger.valueOf(o.num).multiply(BigInteger.valueOf(den)));
    }

    public Rational max(Rational o) {
        return compareTo(o) >= 0 ? this : o;
    }

    public Rational min(Rational o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /** {@code "2.5"} when exact as a decimal, else {@code "1001/24000"}. */
    @Override
    public String toString() {
        if (den == 1) {
            return Long.toString(num);
        }
        if (isFiniteDecimal()) {
            return new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros().toPlainString();
        }
        return num + "/" + den;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
