package io.cutroom.projectfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON document against the subset of JSON Schema 2020-12 that the project file schema
 * uses: $ref to $defs, type, const, enum, properties, required, additionalProperties (false or a schema), items,
 * minItems, minLength, pattern, minimum, maximum, exclusiveMinimum, multipleOf, anyOf, oneOf, not,
 * if/then/else. Refuses schemas using any other keyword, so that it cannot silently ignore one.
 */
final class MiniSchemaValidator {

    private static final Set<String> KNOWN = Set.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "default", "type", "const", "enum", "properties", "required", "additionalProperties", "items", "minItems",
            "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "multipleOf", "anyOf", "oneOf", "not",
            "if", "then", "else");

    private final JsonNode root;

    MiniSchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** The problems of {@code doc}, each as "path: what"; empty when it is valid. */
    List<String> validate(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        check(root, doc, "$", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode doc, String path, List<String> out) {
        schema.fieldNames().forEachRemaining(k -> {
            if (!KNOWN.contains(k)) {
                throw new IllegalArgumentException("unsupported schema keyword " + k + " at " + path);
            }
        });
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), doc, path, out);
        }
        if (schema.has("type") && !hasType(doc, schema.get("type").asText())) {
            out.add(path + ": not of type " + schema.get("type").asText());
            return;
        }
        if (schema.has("const") && !same(schema.get("const"), doc)) {
            out.add(path + ": not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode v : schema.get("enum")) {
                found |= same(v, doc);
            }
            if (!found) {
                out.add(path + ": not one of " + schema.get("enum"));
            }
        }
        if (doc.isObject()) {
            JsonNode props = schema.get("properties");
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!doc.has(r.asText())) {
                        out.add(path + ": missing " + r.asText());
                    }
                }
            }
            doc.fieldNames().forEachRemaining(k -> {
                if (props != null && props.has(k)) {
                    check(props.get(k), doc.get(k), path + "." + k, out);
                } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    check(schema.get("additionalProperties"), doc.get(k), path + "." + k, out);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
                    out.add(path + ": unknown property " + k);
                }
            });
        }
        if (doc.isArray()) {
            if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
                out.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < doc.size(); i++) {
                    check(schema.get("items"), doc.get(i), path + "[" + i + "]", out);
                }
            }
        }
        if (doc.isTextual()) {
            if (schema.has("minLength") && doc.asText().length() < schema.get("minLength").asInt()) {
                out.add(path + ": too short");
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(doc.asText()).find()) {
                out.add(path + ": does not match " + schema.get("pattern").asText());
            }
        }
        if (doc.isNumber()) {
            BigDecimal v = doc.decimalValue();
            if (schema.has("minimum") && v.compareTo(schema.get("minimum").decimalValue()) < 0) {
                out.add(path + ": below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && v.compareTo(schema.get("maximum").decimalValue()) > 0) {
                out.add(path + ": above " + schema.get("maximum"));
            }
            if (schema.has("exclusiveMinimum") && v.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
                out.add(path + ": not above " + schema.get("exclusiveMinimum"));
            }
            if (schema.has("multipleOf")
                    && v.remainder(schema.get("multipleOf").decimalValue()).compareTo(BigDecimal.ZERO) != 0) {
                out.add(path + ": not a multiple of " + schema.get("multipleOf"));
            }
        }
        if (schema.has("anyOf") && count(schema.get("anyOf"), doc, path) == 0) {
            out.add(path + ": matches none of anyOf");
        }
        if (schema.has("oneOf")) {
            int n = count(schema.get("oneOf"), doc, path);
            if (n != 1) {
                out.add(path + ": matches " + n + " of oneOf");
            }
        }
        if (schema.has("not") && ok(schema.get("not"), doc, path)) {
            out.add(path + ": matches not");
        }
        if (schema.has("if")) {
            JsonNode branch = ok(schema.get("if"), doc, path) ? schema.get("then") : schema.get("else");
            if (branch != null) {
                check(branch, doc, path, out);
            }
        }
    }

    private int count(JsonNode schemas, JsonNode doc, String path) {
        int n = 0;
        for (JsonNode s : schemas) {
            n += ok(s, doc, path) ? 1 : 0;
        }
        return n;
    }

    private boolean ok(JsonNode schema, JsonNode doc, String path) {
        List<String> problems = new ArrayList<>();
        check(schema, doc, path, problems);
        return problems.isEmpty();
    }

    private static boolean hasType(JsonNode doc, String type) {
        return switch (type) {
            case "object" -> doc.isObject();
            case "array" -> doc.isArray();
            case "string" -> doc.isTextual();
            case "boolean" -> doc.isBoolean();
            case "number" -> doc.isNumber();
            case "integer" -> doc.isNumber() && doc.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
