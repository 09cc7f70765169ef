package io.cutroom.ffmpeg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One filter with its options, e.g. {@code Filter.of("scale").set("w", 1280).set("h", 720)} prints
 * {@code scale=w=1280:h=720}. Values given to {@link #set(String, String)} are escaped with
 * {@link Escaping#filterValue}, so any text is safe there. A builder: {@code set} and {@code flag}
 * change this filter and return it.
 */
public final class Filter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private final String name;
    private final List<String> options = new ArrayList<>();
    private boolean named;

    private Filter(String name) {
        this.name = name;
    }

    /**
     * A filter by name, optionally with an instance label ({@code drawtext@title}).
     *
     * @throws IllegalArgumentException when the name has other characters than letters, digits and _
     */
    public static Filter of(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a filter name");
        }
        return new Filter(name);
    }

    /** Adds {@code key=value}, the value escaped so that it reaches the filter exactly. */
    public Filter set(String key, String value) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("'" + key + "' is not an option name (filter " + name + ")");
        }
        options.add(key + "=" + Escaping.filterValue(value));
        named = true;
        return this;
    }

    public Filter set(String key, long value) {
        return set(key, Long.toString(value));
    }

    /**
     * Adds a positional value as it is, e.g. {@code Filter.of("format").flag("yuv420p")}. The caller
     * escapes it; positional values come before named ones.
     *
     * @throws IllegalStateException after a named option
     */
    public Filter flag(String rawPositionalValue) {
        if (named) {
            throw new IllegalStateException(
                    "positional value '" + rawPositionalValue + "' after named options (filter " + name + ")");
        }
        options.add(rawPositionalValue);
        return this;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return options.isEmpty() ? name : name + "=" + String.join(":", options);
    }
}
