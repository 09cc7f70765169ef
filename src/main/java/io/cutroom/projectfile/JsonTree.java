package io.cutroom.projectfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Parses strict JSON text into a {@link Node} tree that knows the line and column of every value. */
final class JsonTree {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonTree() {
    }

    /** The single value in {@code text}; a {@link Problem} for malformed JSON or duplicate keys. */
    static Node parse(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() == null) {
                throw new Problem(new Node.Location(1, 1), "", "the file is empty; expected a JSON object");
            }
            Node root = value(p, "");
            if (p.nextToken() != null) {
                throw new Problem(at(p), "", "unexpected text after the end of the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Node.Location at = l == null ? Node.Location.NONE : new Node.Location(l.getLineNr(), l.getColumnNr());
            throw new Problem(at, "", "malformed JSON: " + explain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node value(JsonParser p, String path) throws IOException {
        Node.Location at = at(p);
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_OBJECT -> object(p, at, path);
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, JsonPath.index(path, items.size())));
                }
                yield new Node.Arr(at, items);
            }
            case VALUE_STRING -> new Node.Str(at, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Num(at, p.getText());
            case VALUE_TRUE -> new Node.Bool(at, true);
            case VALUE_FALSE -> new Node.Bool(at, false);
            case VALUE_NULL -> new Node.Null(at);
            default -> throw new IllegalStateException("unexpected token " + t);
        };
    }

    private static Node.Obj object(JsonParser p, Node.Location at, String path) throws IOException {
        Node.Obj obj = new Node.Obj(at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Node.Location keyAt = at(p);
            String keyPath = JsonPath.key(path, key);
            if (obj.members().containsKey(key)) {
                throw new Problem(keyAt, keyPath, "this field is written twice");
            }
            p.nextToken();
            obj.members().put(key, new Node.Member(keyAt, value(p, keyPath)));
        }
        return obj;
    }

    /** Jackson's message, without the parts that speak to programmers rather than to the file's author. */
    static String explain(String message) {
        if (message.contains("ALLOW_COMMENTS")) {
            return "comments are not allowed in JSON";
        }
        String m = message.strip()
                .replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll(": enable `[^`]*` to allow", " is not allowed in JSON");
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static Node.Location at(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Node.Location(l.getLineNr(), l.getColumnNr());
    }
}
