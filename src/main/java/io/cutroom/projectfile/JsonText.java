package io.cutroom.projectfile;

import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Node} tree as canonical text: members in tree order, two-space indentation,
 * LF line endings, a final newline, and non-ASCII characters written as they are.
 */
final class JsonText {

    private static final String HEX = "0123456789abcdef";

    private JsonText() {
    }

    static String render(Node node) {
        StringBuilder b = new StringBuilder();
        write(node, b, "");
        return b.append('\n').toString();
    }

    private static void write(Node node, StringBuilder b, String indent) {
        String inner = indent + "  ";
        if (node instanceof Node.Obj obj) {
            Map<String, Node.Member> members = obj.members();
            if (members.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (var e : members.entrySet()) {
                b.append(inner).append(quote(e.getKey())).append(": ");
                write(e.getValue().value(), b, inner);
                b.append(++i < members.size() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (node instanceof Node.Arr arr) {
            List<Node> items = arr.items();
            if (items.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < items.size(); i++) {
                b.append(inner);
                write(items.get(i), b, inner);
                b.append(i + 1 < items.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else if (node instanceof Node.Str s) {
            b.append(quote(s.value()));
        } else if (node instanceof Node.Num n) {
            b.append(n.text());
        } else if (node instanceof Node.Bool bool) {
            b.append(bool.value());
        } else {
            b.append("null");
        }
    }

    /**
     * A JSON string literal: quotes, backslashes and control characters escaped, everything else
     * as is, except unpaired surrogates, which UTF-8 cannot carry and are written as {@code \\uXXXX}.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || unpairedSurrogate(s, i)) {
                        b.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 15))
                                .append(HEX.charAt((c >> 4) & 15)).append(HEX.charAt(c & 15));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
