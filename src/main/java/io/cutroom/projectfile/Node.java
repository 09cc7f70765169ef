package io.cutroom.projectfile;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value that remembers where it was written. Project files are parsed into this tree (so
 * that every error can name a line and column), migrated on it, and mapped from it; the writer
 * builds the same tree and renders it with {@link JsonText}.
 */
sealed interface Node {

    /** Where the value starts in the source text. */
    Location at();

    /** Line and column, both from 1; {@link #NONE} for values made by code. */
    record Location(int line, int column) {
        static final Location NONE = new Location(0, 0);

        boolean known() {
            return line > 0;
        }
    }

    /** An object; members keep the order they were written in. Mutable, for migrations. */
    final class Obj implements Node {
        private final Location at;
        private final Map<String, Member> members = new LinkedHashMap<>();

        Obj(Location at) {
            this.at = at;
        }

        @Override
        public Location at() {
            return at;
        }

        Map<String, Member> members() {
            return members;
        }

        Node get(String key) {
            Member m = members.get(key);
            return m == null ? null : m.value();
        }

        /** Sets a member, keeping the position and key location of one already there. */
        Obj put(String key, Node value) {
            Member old = members.get(key);
            members.put(key, new Member(old == null ? value.at() : old.keyAt(), value));
            return this;
        }

        Node remove(String key) {
            Member m = members.remove(key);
            return m == null ? null : m.value();
        }
    }

    /** An object member: where its key was written, and its value. */
    record Member(Location keyAt, Node value) {
    }

    record Arr(Location at, List<Node> items) implements Node {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(Location at, String value) implements Node {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number, kept as its text so that nothing is lost to binary floating point. */
    record Num(Location at, String text) implements Node {
        /** The exact value; throws NumberFormatException when the exponent is out of range. */
        BigDecimal decimal() {
            return new BigDecimal(text);
        }
    }

    record Bool(Location at, boolean value) implements Node {
    }

    record Null(Location at) implements Node {
    }

    /** True when both are the same JSON value, wherever they were written. */
    static boolean sameValue(Node a, Node b) {
        if (a instanceof Obj x && b instanceof Obj y) {
            if (!x.members.keySet().equals(y.members.keySet())) {
                return false;
            }
            return x.members.entrySet().stream()
                    .allMatch(e -> sameValue(e.getValue().value(), y.get(e.getKey())));
        }
        if (a instanceof Arr x && b instanceof Arr y) {
            if (x.items.size() != y.items.size()) {
                return false;
            }
            for (int i = 0; i < x.items.size(); i++) {
                if (!sameValue(x.items.get(i), y.items.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Num x && b instanceof Num y) {
            return x.decimal().compareTo(y.decimal()) == 0;
        }
        if (a instanceof Str x && b instanceof Str y) {
            return x.value.equals(y.value);
        }
        if (a instanceof Bool x && b instanceof Bool y) {
            return x.value == y.value;
        }
        return a instanceof Null && b instanceof Null;
    }

    /** How a value is shown after "got" in an error message. */
    static String describe(Node node) {
        if (node instanceof Obj) {
            return "an object";
        }
        if (node instanceof Arr) {
            return "an array";
        }
        if (node instanceof Str s) {
            String v = s.value.codePointCount(0, s.value.length()) <= 40
                    ? s.value
                    : s.value.substring(0, s.value.offsetByCodePoints(0, 39)) + "…";
            return JsonText.quote(v);
        }
        if (node instanceof Num n) {
            return n.text;
        }
        if (node instanceof Bool b) {
            return Boolean.toString(b.value);
        }
        return "null";
    }
}
