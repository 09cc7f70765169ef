package io.cutroom.ui.bin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Card;
import io.cutroom.model.Episode;
import io.cutroom.model.Rational;
import io.cutroom.model.TakeShot;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.ui.SourceState;
import io.cutroom.timeline.Resolver;
import io.cutroom.ui.Selection;
import io.cutroom.ui.timeline.ThumbnailProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
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

    /** A thumbnailer that makes nothing until told to: it records what it was asked and who waits. */
    static final class SlowThumbnails implements ThumbnailProvider {
        record Ask(Path source, Rational time, int height) {
        }

        final List<Ask> asked = new ArrayList<>();
        final Map<Ask, Image> made = new HashMap<>();
        final Map<Ask, Runnable> waiting = new HashMap<>();

        @Override
        public Optional<Image> thumbnail(Path source, Rational time, int height, Runnable ready) {
            Ask ask = new Ask(source, time, height);
            asked.add(ask);
            if (made.containsKey(ask)) {
                return Optional.of(made.get(ask));
            }
            waiting.putIfAbsent(ask, ready);
            return Optional.empty();
        }

        /** Makes every picture asked for so far and tells whoever waited for it, as the background thumbnailer does. */
        void finish() {
            new ArrayList<>(waiting.keySet()).forEach(a -> {
                made.put(a, new WritableImage(64, a.height()));
                waiting.remove(a).run();
            });
        }
    }

    private Stream<BinNode> rows() {
        return vm.scenesProperty().get().stream().flatMap(sc -> Stream.concat(Stream.of(sc),
                sc.children().stream().flatMap(sh -> Stream.concat(Stream.of(sh), sh.children().stream()))));
    }

    private BinNode row(Selection s) {
        return rows().filter(n -> n.selection().equals(s)).findFirst().orElseThrow();
    }

    @Test
    void aTakeShowsItsFrameAtItsInPointOnceTheThumbnailerHasMadeIt() {
        SlowThumbnails thumbs = new SlowThumbnails();
        vm.setThumbnails(thumbs);
        vm.show(episode, MEDIA, Map.of());
        TakeShot shot = (TakeShot) episode.scenes().get(0).shots().get(1);
        var take = shot.takes().get(1);
        assertThat(take.in()).as("the example has a take that starts inside its clip").isNotEqualTo(Rational.ZERO);
        BinNode node = row(Selection.take(shot.id(), take.id()));

        int before = vm.picturesProperty().get();
        assertThat(vm.thumbnail(node, 36).look()).isEqualTo(MediaBinViewModel.Look.PENDING);
        assertThat(thumbs.asked).containsExactly(
                new SlowThumbnails.Ask(Resolver.source(MEDIA, take.source()), take.in(), 36));

        thumbs.finish();
        assertThat(vm.picturesProperty().get()).as("rows waiting are told").isGreaterThan(before);
        MediaBinViewModel.Thumbnail ready = vm.thumbnail(node, 36);
        assertThat(ready.look()).isEqualTo(MediaBinViewModel.Look.PICTURE);
        assertThat(ready.image().getHeight()).isEqualTo(36);
    }

    @Test
    void offlineTakesGetAMarkedPlaceholderAndAreNeverDecoded() {
        SlowThumbnails thumbs = new SlowThumbnails();
        vm.setThumbnails(thumbs);
        Path gone = MEDIA.resolve("clips/s1a_t1.mp4");
        vm.show(episode, MEDIA, Map.of(gone, SourceState.missing(gone)));
        BinNode t1 = row(Selection.take("s1-a", "t1"));
        assertThat(vm.thumbnail(t1, 36).look()).isEqualTo(MediaBinViewModel.Look.OFFLINE);
        assertThat(thumbs.asked).isEmpty();
        assertThat(vm.thumbnail(row(Selection.take("s1-a", "t2")), 36).look()).isEqualTo(MediaBinViewModel.Look.PENDING);
        assertThat(thumbs.asked).extracting(SlowThumbnails.Ask::source).containsExactly(MEDIA.resolve("clips/s1a_t2.mp4"));
    }

    @Test
    void cardsShowASwatchOfTheirColourSlatesAHatchAndScenesNothing() {
        SlowThumbnails thumbs = new SlowThumbnails();
        vm.setThumbnails(thumbs);
        vm.show(episode, MEDIA, Map.of());
        Card card = (Card) episode.scenes().get(0).shots().get(0);
        BinNode cardRow = row(Selection.shot(card.id()));
        assertThat(vm.thumbnail(cardRow, 36).look()).isEqualTo(MediaBinViewModel.Look.CARD);
        assertThat(cardRow.icon().swatch()).isEqualTo(card.background());
        BinNode slate = rows().filter(n -> n.title().contains(" · slate · ")).findFirst().orElseThrow();
        assertThat(vm.thumbnail(slate, 36).look()).isEqualTo(MediaBinViewModel.Look.SLATE);
        assertThat(vm.thumbnail(vm.scenesProperty().get().get(0), 36).look()).isEqualTo(MediaBinViewModel.Look.NONE);
        assertThat(vm.thumbnail(row(Selection.shot("s1-a")), 36).look()).isEqualTo(MediaBinViewModel.Look.NONE);
        assertThat(thumbs.asked).as("only takes are decoded").isEmpty();
    }

    @Test
    void withoutAThumbnailerTakesStayPlaceholders() {
        vm.show(episode, MEDIA, Map.of());
        assertThat(vm.thumbnail(row(Selection.take("s1-a", "t1")), 36).look()).isEqualTo(MediaBinViewModel.Look.PENDING);
    }

    /** An editor for the bin's edits: the project, edited in place, and the names of the edits made. */
    private static final class Editor implements io.cutroom.ui.Editing {
        io.cutroom.model.Project project;
        final List<String> made = new java.util.ArrayList<>();

        Editor(io.cutroom.model.Project project) {
            this.project = project;
        }

        @Override
        public java.util.Optional<String> apply(String label, Edit edit) {
            try {
                project = edit.apply(new io.cutroom.timeline.Edits(EXAMPLE.getParent(), source -> java.util.Optional
                        .of(io.cutroom.model.Rational.of(6))), project, "ep1");
            } catch (io.cutroom.timeline.EditException e) {
                return java.util.Optional.of(e.getMessage());
            }
            made.add(label);
            return java.util.Optional.empty();
        }

        @Override
        public void report(String message) {
        }

        List<String> shots(String sceneId) {
            return project.episodes().get(0).scene(sceneId).orElseThrow().shots().stream()
                    .map(io.cutroom.model.Shot::id).toList();
        }
    }

    private BinNode row(String id) {
        for (BinNode scene : vm.scenesProperty().get()) {
            if (scene.selection().id().equals(id)) {
                return scene;
            }
            for (BinNode shot : scene.children()) {
                if (shot.selection().id().equals(id)) {
                    return shot;
                }
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void aShotDroppedOnASceneGoesToItsEndAlsoIntoAnEmptySceneAndOnAShotBeforeIt() throws Exception {
        io.cutroom.model.Project project = ProjectFile.read(EXAMPLE);
        Editor editor = new Editor(new io.cutroom.timeline.Edits(EXAMPLE.getParent(), source -> java.util.Optional
                .of(io.cutroom.model.Rational.of(6))).addScene(project, "ep1", "s4", "EXT. BEACH - DAY"));
        String empty = editor.project.episodes().get(0).scenes().get(4).id();
        vm.setEditing(editor);
        vm.show(editor.project.episodes().get(0), MEDIA, Map.of());

        assertThat(vm.drop(row("s1-b"), row(empty))).isTrue();
        assertThat(editor.shots(empty)).containsExactly("s1-b");
        assertThat(editor.shots("s1")).doesNotContain("s1-b");

        vm.show(editor.project.episodes().get(0), MEDIA, Map.of());
        assertThat(vm.drop(row("s1-c"), row("s1-a"))).isTrue();
        assertThat(editor.shots("s1")).containsExactly("s1-title", "s1-c", "s1-a");
        assertThat(editor.made).containsExactly("Move s1-b", "Move s1-c");

        vm.show(editor.project.episodes().get(0), MEDIA, Map.of());
        assertThat(vm.canDrop(row("s1"), row(empty))).as("scenes are not dragged").isFalse();
        assertThat(vm.canDrop(row("s1-a"), row("s1-a"))).as("onto itself").isFalse();
        BinNode take = row("s1-a").children().get(0);
        assertThat(vm.canDrop(take, row("s2"))).as("takes are not dragged").isFalse();
        assertThat(vm.canDrop(row("s2-a"), take)).as("onto a take: before its shot").isTrue();
    }
}
