package io.cutroom.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class FilterGraphTest {

    @Test
    void printsNamedOptionsInOrder() {
        assertThat(Filter.of("scale").set("w", 1280).set("h", 720)).hasToString("scale=w=1280:h=720");
    }

    @Test
    void printsANameAloneWithoutOptions() {
        assertThat(Filter.of("null")).hasToString("null");
    }

    @Test
    void escapesValues() {
        assertThat(Filter.of("drawtext").set("text", "It's 5:30, ok").set("expansion", "none"))
                .hasToString("drawtext=text=It\\\\\\'s 5\\\\:30\\, ok:expansion=none");
    }

    @Test
    void putsPositionalValuesFirstAsGiven() {
        assertThat(Filter.of("format").flag("yuv420p")).hasToString("format=yuv420p");
        assertThat(Filter.of("fade").flag("in").flag("0").set("d", 1)).hasToString("fade=in:0:d=1");
    }

    @Test
    void refusesPositionalValuesAfterNamedOnes() {
        assertThatThrownBy(() -> Filter.of("fade").set("d", 1).flag("in"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("positional value 'in' after named options (filter fade)");
    }

    @Test
    void acceptsInstanceLabels() {
        assertThat(Filter.of("drawtext@title").set("x", 0)).hasToString("drawtext@title=x=0");
    }

    @Test
    void refusesNamesAndKeysThatWouldChangeTheGraph() {
        assertThatThrownBy(() -> Filter.of("scale,crop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'scale,crop' is not a filter name");
        assertThatThrownBy(() -> Filter.of("scale").set("w=1:h", "2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'w=1:h' is not an option name (filter scale)");
    }

    @Test
    void joinsChainsWithLabelsDeterministically() {
        FilterGraph graph = new FilterGraph()
                .chain(List.of("0:v", "logo"), List.of(Filter.of("overlay").set("x", 10), Filter.of("format").flag("yuv420p")),
                        List.of("v"))
                .chain("1:a", List.of(Filter.of("volume").set("volume", "-3dB")), "a")
                .chain(List.of(), List.of(Filter.of("color").set("c", "black").set("s", "64x36")), List.of("bg"));
        assertThat(graph).hasToString(
                "[0:v][logo]overlay=x=10,format=yuv420p[v];[1:a]volume=volume=-3dB[a];color=c=black:s=64x36[bg]");
        assertThat(graph.isEmpty()).isFalse();
        assertThat(new FilterGraph().isEmpty()).isTrue();
        assertThat(new FilterGraph()).hasToString("");
    }

    @Test
    void refusesBadLabelsAndEmptyChains() {
        assertThatThrownBy(() -> new FilterGraph().chain("[0:v]", List.of(Filter.of("null")), "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'[0:v]' is not a pad label: use letters, digits and _ . : @ - (no brackets)");
        assertThatThrownBy(() -> new FilterGraph().chain("0:v", List.of(), "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a filter chain needs at least one filter (inputs [0:v])");
    }
}
