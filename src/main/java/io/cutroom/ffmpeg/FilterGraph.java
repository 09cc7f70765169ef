package io.cutroom.ffmpeg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A filtergraph for {@code -filter_complex}: chains of filters between labelled pads, e.g.
 * {@code [0:v][logo]overlay=x=10,format=yuv420p[v]}. Chains are joined with {@code ;} in the
 * order they were added, without whitespace, so the same graph always prints the same text.
 * A builder: {@code chain} adds to this graph and returns it.
 */
public final class FilterGraph {

    /** Stream specifiers such as {@code 0:v:0} and link labels such as {@code v3} or {@code a_mix}. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.:@-]+");

    private final List<String> chains = new ArrayList<>();

    /**
     * Adds the chain {@code [in1][in2]f1,f2[out1]}. Inputs may be empty (a source filter such as
     * {@code color}); outputs may be empty (the chain's output goes to the first unlabelled
     * output stream).
     *
     * @throws IllegalArgumentException when there is no filter or a label is not a plain name
     */
    public FilterGraph chain(List<String> inputs, List<Filter> filters, List<String> outputs) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("a filter chain needs at least one filter (inputs " + inputs + ")");
        }
        StringBuilder text = new StringBuilder();
        appendLabels(text, inputs);
        for (int i = 0; i < filters.size(); i++) {
            text.append(i == 0 ? "" : ",").append(filters.get(i));
        }
        appendLabels(text, outputs);
        chains.add(text.toString());
        return this;
    }

    /** {@code [input]f1,f2[output]}. */
    public FilterGraph chain(String input, List<Filter> filters, String output) {
        return chain(List.of(input), filters, List.of(output));
    }

    public boolean isEmpty() {
        return chains.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(";", chains);
    }

    private static void appendLabels(StringBuilder text, List<String> labels) {
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException(
                        "'" + label + "' is not a pad label: use letters, digits and _ . : @ - (no brackets)");
            }
            text.append('[').append(label).append(']');
        }
    }
}
