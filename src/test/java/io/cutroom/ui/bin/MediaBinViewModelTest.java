package io.cutroom.ui.bin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Episode;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.ui.SourceState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MediaBinViewModelTest {

    static final Path EXAMPLE = Path.of("test-media/example/pilot.cutroom.json").toAbsolutePath();
    static final Path MEDIA = EXAMPLE.getParent().resolve("media");
    static Episode episode;

    private final MediaBinViewModel vm = new MediaBinViewModel();

    @BeforeAll
    static void read() throws Exception {
        episode = ProjectFile.read(EXAMPLE).episodes().get(0);
    }

    private List<String> shown() {
        return vm.scenesProperty().get().stream()
                .flatMap(sc -> sc.children().stream().flatMap(sh -> sh.children().isEmpty()
                        ? java.util.stream.Stream.of(sh.selection().id())
                        : sh.children().stream().map(t -> sh.selection().id() + "/" + t.selection().takeId())))
                .toList();
    }

    @Test
    void takesShowTheirProvenance() {
        vm.show(episode, MEDIA, Map.of());
        BinNode t2 = vm.scenesProperty().get().get(0).children().get(1).children().get(1);
        assertThat(t2.detail()).isEqualTo("Veo 3 · seed 1837463 · “Wide establishing shot of a small fishing harbour at"
                + " dawn, a white lighthouse on the far headland, mist on the water, slow push-in, 35mm film look, warm low"
                + " sun” · Better light; the boats no longer drift through each other");
        assertThat(vm.scenesProperty().get().get(0).children()).extracting(BinNode::title).containsExactly(
                "s1-title · card · The Last Signal Episode 1: Pilot", "s1-a · 2 takes", "s1-b · 1 take", "s1-c · 2 takes");
    }

    @Test
    void theFilterFindsTakesByModelSeedAndPromptWordsInAnyCase() {
        vm.show(episode, MEDIA, Map.of());
        vm.filterProperty().set("veo");
        assertThat(shown()).contains("s1-a/t1", "s1-a/t2").doesNotContain("s1-b/t1");
        vm.filterProperty().set("1837463");
        assertThat(shown()).containsExactly("s1-a/t2");
        vm.filterProperty().set("HARBOUR  warm");
        assertThat(shown()).containsExactly("s1-a/t2");
        vm.filterProperty().set("no such thing");
        assertThat(vm.scenesProperty().get()).isEmpty();
        vm.filterProperty().set("");
        assertThat(shown()).as("21 takes, 2 cards, a slate").hasSize(24);
    }

    @Test
    void aMatchingSceneOrShotShowsEverythingInIt() {
        vm.show(episode, MEDIA, Map.of());
        vm.filterProperty().set("stairwell");
        assertThat(vm.scenesProperty().get()).singleElement().extracting(n -> n.children().size()).isEqualTo(5);
        vm.filterProperty().set("s2-a");
        assertThat(shown()).containsExactly("s2-a/t1", "s2-a/t2", "s2-a/t3");
    }

    @Test
    void offlineTakesAreMarkedAndCountedWhateverTheFilter() {
        Path gone = MEDIA.resolve("clips/s1a_t1.mp4");
        vm.show(episode, MEDIA, Map.of(gone, SourceState.missing(gone),
                MEDIA.resolve("clips/s1b_t1.mp4"), SourceState.unreadable(MEDIA.resolve("clips/s1b_t1.mp4"), "truncated")));
        vm.filterProperty().set("s4");
        assertThat(vm.offlineProperty().get()).isEqualTo(2);
        vm.filterProperty().set("");
        BinNode t1 = vm.scenesProperty().get().get(0).children().get(1).children().get(0);
        assertThat(t1.isOffline()).isTrue();
        assertThat(t1.status()).isEqualTo("source missing on disk");
        assertThat(vm.scenesProperty().get().get(0).children().get(2).children().get(0).status())
                .isEqualTo("unreadable: truncated");
    }
}
