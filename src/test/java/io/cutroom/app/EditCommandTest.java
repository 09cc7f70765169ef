package io.cutroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.ui.Editor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditCommandTest {

    record Result(int exit, String out, String err) {
    }

    static Result cutroom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsEditAmongTheCommandsAndHelpStaysLast() {
        Result r = cutroom("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("\\n  edit +Open the editor on a project").contains("render").contains("doctor");
        assertThat(r.out().indexOf("  edit ")).isLessThan(r.out().indexOf("  help "));
    }

    @Test
    void aProjectThatIsNotThereIsNamedInOneLine() {
        Result r = cutroom("edit", "nowhere/p.cutroom.json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("cutroom: nowhere/p.cutroom.json: no such project file" + System.lineSeparator());
    }

    @Test
    void withoutADisplayTheEditorSaysSoInOneLine() {
        assertThat(Editor.missingDisplay(Map.of(), "Linux", null)).hasValue(
                "cannot open the editor: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set);"
                        + " run it in a desktop session, or over ssh -X");
        assertThat(Editor.missingDisplay(Map.of("DISPLAY", ":0"), "Linux", null)).isEmpty();
        assertThat(Editor.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isEmpty();
        assertThat(Editor.missingDisplay(Map.of(), "Mac OS X", null)).isEmpty();
        assertThat(Editor.missingDisplay(Map.of(), "Windows 11", null)).isEmpty();
    }
}
