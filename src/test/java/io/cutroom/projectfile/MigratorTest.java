package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigratorTest {

    /**
     * A made-up version 0, in which the format's frame rate was called {@code fps}: the test-only
     * step renames it.
     */
    private static final Migrator.Step FPS_TO_FRAME_RATE = new Migrator.Step(0, "format.fps became format.frameRate",
            root -> {
                if (root.get("format") instanceof Node.Obj format && format.get("fps") != null) {
                    format.put("frameRate", format.remove("fps"));
                }
            });

    private static final String MINIMAL = GoldenFilesTest.text("minimal.cutroom.json");

    @Test
    void theCurrentVersionIsOne() throws Exception {
        assertThat(Migrator.STANDARD.latest()).isEqualTo(1);
        assertThat(ProjectFile.toJson(ProjectFile.parse(MINIMAL, "f"))).startsWith("{\n  \"cutroom\": 1,");
    }

    @Test
    void anOlderFileIsUpgradedBeforeItIsMapped() throws Exception {
        String version0 = MINIMAL.replace("\"cutroom\": 1", "\"cutroom\": 0").replace("\"frameRate\"", "\"fps\"");
        Migrator migrator = new Migrator(0, List.of(FPS_TO_FRAME_RATE));

        assertThat(ProjectFile.parse(version0, "old.cutroom.json", migrator))
                .isEqualTo(ProjectFile.parse(MINIMAL, "minimal.cutroom.json"));
    }

    @Test
    void stepsRunInOrderFromTheFileVersionAndSetTheVersion() throws Exception {
        List<String> ran = new ArrayList<>();
        Migrator migrator = new Migrator(3, List.of(
                new Migrator.Step(3, "three", root -> ran.add("3→4 saw " + version(root))),
                new Migrator.Step(4, "four", root -> ran.add("4→5 saw " + version(root))),
                new Migrator.Step(5, "five", root -> ran.add("5→6 saw " + version(root)))));
        Node.Obj root = (Node.Obj) JsonTree.parse("{\"cutroom\": 4}");

        migrator.upgrade(root, "f");

        assertThat(ran).containsExactly("4→5 saw 4", "5→6 saw 5");
        assertThat(version(root)).isEqualTo("6");
        assertThat(migrator.latest()).isEqualTo(6);
    }

    @Test
    void aCurrentFileIsLeftAlone() throws Exception {
        Node.Obj root = (Node.Obj) JsonTree.parse("{\"cutroom\": 1, \"x\": [1]}");

        new Migrator(0, List.of(FPS_TO_FRAME_RATE)).upgrade(root, "f");

        assertThat(JsonText.render(root)).isEqualTo("{\n  \"cutroom\": 1,\n  \"x\": [\n    1\n  ]\n}\n");
    }

    @Test
    void aNewerFileIsRefused() {
        Node.Obj root = (Node.Obj) JsonTree.parse("{\"cutroom\": 2}");

        assertThatThrownBy(() -> new Migrator(0, List.of(FPS_TO_FRAME_RATE)).upgrade(root, "x.cutroom.json"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("x.cutroom.json was written by a newer Cutroom (file version 2); "
                        + "this version reads files up to version 1");
    }

    @Test
    void stepsMustFollowEachOther() {
        assertThatThrownBy(() -> new Migrator(1, List.of(FPS_TO_FRAME_RATE)))
                .hasMessage("step 0 upgrades version 0, expected version 1");
    }

    private static String version(Node.Obj root) {
        return ((Node.Num) root.get("cutroom")).text();
    }
}
