package io.cutroom.projectfile;

import io.cutroom.model.Color;
import io.cutroom.model.FrameRate;
import io.cutroom.model.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object of a known {@link Kind}: refuses keys the kind does not have,
 * fills in defaults, converts values, and reports every problem with the field's path and location.
 * Typed getters return null for an absent optional field that has no default.
 */
final class Fields {

    static final String TIME = "a time such as 2.5, \"1001/24000\" or \"01:02.5\"";
    static final String COLOR = "a colour such as \"#FFFFFF\" or \"#000000A0\"";
    static final String FRAME_RATE = "a frame rate such as \"24\", \"25\" or \"30000/1001\"";

    /** An element of an array and its path. */
    record Item(Node node, String path) {
    }

    private final Node.Obj obj;
    private final String path;
    private final Kind kind;

    private Fields(Node.Obj obj, String path, Kind kind) {
        this.obj = obj;
        this.path = path;
        this.kind = kind;
    }

    /** The object {@code node} read as {@code kind}; a problem when it is not an object or has unknown keys. */
    static Fields of(Node node, String path, Kind kind) {
        if (!(node instanceof Node.Obj obj)) {
            throw mismatch(node, path, "an object");
        }
        for (var e : obj.members().entrySet()) {
            String key = e.getKey();
            if (kind.field(key).isEmpty()) {
                throw new Problem(e.getValue().keyAt(), JsonPath.key(path, key), "unknown field; " + suggest(key, kind));
            }
        }
        return new Fields(obj, path, kind);
    }

    static Fields of(Item item, Kind kind) {
        return of(item.node(), item.path(), kind);
    }

    String path() {
        return path;
    }

    /** Builds a model object, reporting its IllegalArgumentException as a problem of this object. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new Problem(obj.at(), path, e.getMessage());
        }
    }

    /** A problem with the value of {@code key}. */
    Problem problem(String key, String detail) {
        Node.Member m = obj.members().get(key);
        return new Problem(m == null ? obj.at() : m.value().at(), JsonPath.key(path, key), detail);
    }

    Fields object(String key, Kind of) {
        Node n = value(key, "an object");
        return n == null ? null : of(n, JsonPath.key(path, key), of);
    }

    List<Item> array(String key) {
        Node n = value(key, "an array");
        if (n == null) {
            return null;
        }
        if (!(n instanceof Node.Arr arr)) {
            throw mismatch(n, JsonPath.key(path, key), "an array");
        }
        List<Item> items = new ArrayList<>();
        for (Node item : arr.items()) {
            items.add(new Item(item, JsonPath.index(JsonPath.key(path, key), items.size())));
        }
        return items;
    }

    String string(String key) {
        Node n = value(key, "a string");
        if (n == null) {
            return null;
        }
        if (!(n instanceof Node.Str s)) {
            throw mismatch(n, JsonPath.key(path, key), "a string");
        }
        return s.value();
    }

    boolean bool(String key) {
        Node n = value(key, "true or false");
        if (!(n instanceof Node.Bool b)) {
            throw mismatch(n, JsonPath.key(path, key), "true or false");
        }
        return b.value();
    }

    int integer(String key) {
        BigDecimal d = wholeNumber(key);
        if (d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw problem(key, "expected a whole number, got " + Node.describe(obj.get(key)) + ", which is too large");
        }
        return d.intValueExact();
    }

    Long longInteger(String key) {
        BigDecimal d = wholeNumber(key);
        if (d == null) {
            return null;
        }
        if (d.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 || d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw problem(key, "expected a whole number, got " + Node.describe(obj.get(key)) + ", which is too large");
        }
        return d.longValueExact();
    }

    double number(String key) {
        Node n = value(key, "a number");
        BigDecimal d = n instanceof Node.Num num ? decimal(num) : null;
        if (d == null || Double.isInfinite(d.doubleValue())) {
            throw mismatch(n, JsonPath.key(path, key), "a number");
        }
        return d.doubleValue();
    }

    Rational time(String key) {
        Node n = value(key, TIME);
        if (n == null) {
            return null;
        }
        try {
            if (n instanceof Node.Num num) {
                return Rational.of(num.decimal());
            }
            if (n instanceof Node.Str s) {
                return Rational.parse(s.value());
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // NumberFormatException is an IllegalArgumentException; reported below
        }
        throw mismatch(n, JsonPath.key(path, key), TIME);
    }

    Color color(String key) {
        return colorOf(key);
    }

    private Color colorOf(String key) {
        Node n = kind == null ? obj.get(key) : value(key, COLOR);
        if (n instanceof Node.Str s && s.value().equals(s.value().strip())) {
            try {
                return Color.parse(s.value());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw mismatch(n, JsonPath.key(path, key), COLOR);
    }

    /** An object whose every value is a colour, by name in the order written. */
    Map<String, Color> colors(String key) {
        Node n = value(key, "an object of colours");
        if (!(n instanceof Node.Obj o)) {
            throw mismatch(n, JsonPath.key(path, key), "an object of colours");
        }
        Map<String, Color> colors = new LinkedHashMap<>();
        Fields values = new Fields(o, JsonPath.key(path, key), null);
        for (String name : o.members().keySet()) {
            colors.put(name, values.colorOf(name));
        }
        return colors;
    }

    FrameRate frameRate(String key) {
        Node n = value(key, FRAME_RATE);
        String text = n instanceof Node.Str s ? s.value() : n instanceof Node.Num num ? num.text() : null;
        if (text != null) {
            try {
                return FrameRate.parse(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                // reported below
            }
        }
        throw mismatch(n, JsonPath.key(path, key), FRAME_RATE);
    }

    /**
     * The {@code type} of an object whose kind depends on it, read before the kind is known.
     *
     * @param types the values it may have
     */
    static String type(Item item, List<String> types) {
        if (!(item.node() instanceof Node.Obj obj)) {
            throw mismatch(item.node(), item.path(), "an object");
        }
        String expected = oneOf(types);
        String path = JsonPath.key(item.path(), "type");
        Node n = obj.get("type");
        if (n == null) {
            throw new Problem(obj.at(), path, "required field is missing; expected " + expected);
        }
        if (n instanceof Node.Str s && types.contains(s.value())) {
            return s.value();
        }
        throw mismatch(n, path, expected);
    }

    /** One of {@code values}, written as its {@link #jsonName}. */
    <E extends Enum<E>> E choice(String key, E[] values) {
        String expected = oneOf(Arrays.stream(values).map(Fields::jsonName).toList());
        Node n = value(key, expected);
        if (n instanceof Node.Str s) {
            for (E v : values) {
                if (jsonName(v).equals(s.value())) {
                    return v;
                }
            }
        }
        throw mismatch(n, JsonPath.key(path, key), expected);
    }

    /** {@code DIP_TO_BLACK} is written {@code "dip-to-black"}. */
    static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String oneOf(List<String> values) {
        return "one of " + values.stream().map(JsonText::quote).collect(Collectors.joining(", "));
    }

    private BigDecimal wholeNumber(String key) {
        Node n = value(key, "a whole number");
        if (n == null) {
            return null;
        }
        BigDecimal d = n instanceof Node.Num num ? decimal(num) : null;
        if (d == null || d.stripTrailingZeros().scale() > 0) {
            throw mismatch(n, JsonPath.key(path, key), "a whole number");
        }
        return d;
    }

    private static BigDecimal decimal(Node.Num num) {
        try {
            return num.decimal();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value written for {@code key}, else its default, else null; a problem when required and absent. */
    private Node value(String key, String expected) {
        Kind.Field field = kind.field(key)
                .orElseThrow(() -> new IllegalArgumentException(kind + " has no field '" + key + "'"));
        Node.Member m = obj.members().get(key);
        if (m != null) {
            return m.value();
        }
        if (field.required()) {
            throw new Problem(obj.at(), JsonPath.key(path, key), "required field is missing; expected " + expected);
        }
        return field.fallback();
    }

    private static Problem mismatch(Node n, String path, String expected) {
        return new Problem(n.at(), path, "expected " + expected + ", got " + Node.describe(n));
    }

    private static String suggest(String key, Kind kind) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : kind.keys()) {
            int d = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null
                ? "did you mean '" + best + "'?"
                : "expected one of " + kind.keys().stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
