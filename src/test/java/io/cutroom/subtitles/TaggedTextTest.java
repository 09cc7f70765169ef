package io.cutroom.subtitles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A project subtitle keeps italic and bold as {@code <i>} and {@code <b>} tags in its text. */
class TaggedTextTest {

    @Test
    void tagsBecomeSpansAndSpansTagsAgain() {
        Cue cue = Cue.fromTagged(0, 1000, "<i>Who's <B>there</b>?</I>\nNobody.", "MARA");

        assertThat(cue.text()).isEqualTo("Who's there?\nNobody.");
        assertThat(cue.spans()).containsExactly(new Cue.Span(0, 12, Cue.Style.ITALIC), new Cue.Span(6, 11, Cue.Style.BOLD));
        assertThat(cue.tagged()).isEqualTo("<i>Who's <b>there</b>?</i>\nNobody.");
        assertThat(Cue.fromTagged(0, 1000, cue.tagged(), "MARA")).isEqualTo(cue);
    }

    @Test
    void otherTagsAndAnglesAreTextAndAnUnclosedTagRunsToTheEnd() {
        Cue cue = Cue.fromTagged(0, 1000, "a < b, <u>c</u> <i>d", null);

        assertThat(cue.text()).isEqualTo("a < b, <u>c</u> d");
        assertThat(cue.spans()).containsExactly(new Cue.Span(16, 17, Cue.Style.ITALIC));
        assertThat(Cue.plain("<i>Who's <b>there</b>?</i> a < b")).isEqualTo("Who's there? a < b");
        assertThat(Cue.fromTagged(0, 1000, "plain", null).spans()).isEqualTo(List.of());
    }
}
