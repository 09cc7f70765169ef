package io.cutroom.ui.timeline;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static io.cutroom.testing.Projects.slate;
import static io.cutroom.testing.Projects.take;
import static io.cutroom.testing.Projects.withDialogue;
import static io.cutroom.testing.Projects.withSubtitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Shot;
import io.cutroom.model.Transition;
import io.cutroom.render.SubtitleChecks;
import io.cutroom.subtitles.ReadingChecks;
import io.cutroom.testing.Projects;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.ui.Selection;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Layout, hit-testing, zoom, scroll and snapping, in frames, without drawing anything. */
class TimelineViewModelTest {

    /** 600 pixels of frames; the three shots below last 120 frames, so the fitted zoom is 5 px a frame. */
    private static final double WIDTH = TimelineViewModel.GUTTER + 600;

    private final SimpleObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final SimpleLongProperty playhead = new SimpleLongProperty();
    private final TimelineViewModel vm = new TimelineViewModel(selection, playhead);

    @BeforeEach
    void showThreeShots() throws Exception {
        Shot a = withSubtitle(withSubtitle(take("a", "a.mp4", "0", "2"), "First", "0", "0.5"), "Second", "1", "0.5");
        a = withDialogue(a, "line.wav", "0.5", "1");
        Project p = project(scene("s1", a, card("b", "Title", "1")), scene("s2", slate("c", "To do", "2")));
        show(p);
    }

    private void show(Project p) throws Exception {
        Cut cut = Resolver.resolve(p, "ep1", Path.of("/project"), SourceDurations.unknown());
        vm.setWidth(WIDTH);
        vm.setCut(cut, p.episodes().get(0), "");
    }

    private static double y(Lane lane) {
        return lane.top() + lane.height() / 2;
    }

    @Test
    void aNewCutIsFittedToTheWidth() {
        assertThat(vm.duration()).isEqualTo(120);
        assertThat(vm.pixelsPerFrame()).isEqualTo(5.0);
        assertThat(vm.isFitted()).isTrue();
        assertThat(vm.xOf(48)).isEqualTo(TimelineViewModel.GUTTER + 240);
        assertThat(vm.frameAt(TimelineViewModel.GUTTER + 242)).isEqualTo(48.4, within(1e-9));
        assertThat(vm.visibleFrames().start()).isZero();
        assertThat(vm.visibleFrames().end()).isEqualTo(120);
    }

    @Test
    void everyLaneHoldsItsItemsAtTheirFrames() {
        assertThat(vm.items(Lane.VIDEO)).extracting(i -> i.range().start() + "+" + i.range().duration() + " " + i.label())
                .containsExactly("0+48 a · t1", "48+24 Title", "72+48 SLATE To do");
        assertThat(vm.items(Lane.SCENES)).extracting(TimelineItem::label)
                .containsExactly("INT. S1 - DAY", "INT. S2 - DAY");
        assertThat(vm.items(Lane.SUBTITLES)).extracting(TimelineItem::selection)
                .containsExactly(Selection.subtitle("a", 0), Selection.subtitle("a", 1));
        assertThat(vm.items(Lane.DIALOGUE)).singleElement().satisfies(d -> {
            assertThat(d.selection()).isEqualTo(Selection.dialogue("a", 0));
            assertThat(d.range()).isEqualTo(new io.cutroom.model.FrameRange(12, 24)); // 0.5 s in, 1 s long
            assertThat(d.label()).isEqualTo("line.wav");
        });
        assertThat(vm.cutPoints()).containsExactly(0, 48, 72, 120);
    }

    @Test
    void hitFindsTheItemUnderAPointInItsLane() {
        double inCard = vm.xOf(60);
        assertThat(vm.hit(inCard, y(Lane.VIDEO))).get().extracting(TimelineItem::selection)
                .isEqualTo(Selection.shot("b"));
        assertThat(vm.hit(inCard, y(Lane.SCENES))).get().extracting(TimelineItem::selection)
                .isEqualTo(Selection.scene("s1"));
        assertThat(vm.hit(vm.xOf(30), y(Lane.SUBTITLES))).get().extracting(TimelineItem::selection)
                .isEqualTo(Selection.subtitle("a", 1));
        assertThat(vm.hit(inCard, y(Lane.SUBTITLES))).isEmpty();
        assertThat(vm.hit(inCard, y(Lane.RULER))).isEmpty();
        assertThat(vm.hit(TimelineViewModel.GUTTER - 10, y(Lane.VIDEO))).isEmpty();
        assertThat(vm.hit(inCard, Lane.totalHeight() + 5)).isEmpty();
    }

    @Test
    void clickingAShotSelectsItAndLeavesThePlayhead() {
        playhead.set(7);
        vm.click(vm.xOf(100), y(Lane.VIDEO), false);
        assertThat(selection.get()).isEqualTo(Selection.shot("c"));
        assertThat(playhead.get()).isEqualTo(7);
    }

    @Test
    void clickingAnEmptyPlaceClearsTheSelectionAndMovesThePlayhead() {
        selection.set(Selection.shot("a"));
        vm.click(vm.xOf(100.5), y(Lane.MUSIC), false);
        assertThat(selection.get()).isNull();
        assertThat(playhead.get()).isEqualTo(100);
    }

    @Test
    void clickingTheRulerPlacesThePlayheadSnappingToANearbyCut() {
        // 8 px reach at 5 px a frame: 1.6 frames
        vm.click(vm.xOf(49.5), y(Lane.RULER), false);
        assertThat(playhead.get()).isEqualTo(48);
        vm.click(vm.xOf(50.2), y(Lane.RULER), false);
        assertThat(playhead.get()).isEqualTo(50);
        vm.click(vm.xOf(49.5), y(Lane.RULER), true);
        assertThat(playhead.get()).as("no snapping with Shift").isEqualTo(49);
        vm.click(vm.xOf(119.2), y(Lane.RULER), false);
        assertThat(playhead.get()).as("the end of the episode is a cut too").isEqualTo(120);
    }

    @Test
    void zoomKeepsTheFrameUnderThePointerInPlace() {
        double x = vm.xOf(60);
        vm.zoomAt(4, x);
        assertThat(vm.pixelsPerFrame()).isEqualTo(20.0);
        assertThat(vm.isFitted()).isFalse();
        assertThat(vm.frameAt(x)).isEqualTo(60.0, within(1e-9));
        assertThat(vm.visibleFrames().duration()).isEqualTo(30);
    }

    @Test
    void zoomStopsAtSingleFramesAndAtTheWholeEpisode() {
        vm.zoomAt(1000, vm.xOf(10));
        assertThat(vm.pixelsPerFrame()).isEqualTo(TimelineViewModel.MAX_PIXELS_PER_FRAME);
        vm.zoomOut();
        assertThat(vm.pixelsPerFrame()).isEqualTo(TimelineViewModel.MAX_PIXELS_PER_FRAME / TimelineViewModel.ZOOM_STEP,
                within(1e-9));
        vm.zoomAt(0.0001, vm.xOf(10));
        assertThat(vm.pixelsPerFrame()).isEqualTo(5.0);
        assertThat(vm.isFitted()).isTrue();
        assertThat(vm.firstFrame()).isZero();
    }

    @Test
    void zoomingInCentresOnThePlayheadWhenItIsInView() {
        playhead.set(90);
        double before = vm.xOf(90);
        vm.zoomIn();
        assertThat(vm.xOf(90)).isEqualTo(before, within(1e-9));
    }

    @Test
    void scrollingStaysWithinTheEpisode() {
        vm.zoomAt(4, TimelineViewModel.GUTTER); // 30 frames in view
        vm.scrollBy(200); // 10 frames
        assertThat(vm.firstFrame()).isEqualTo(10.0, within(1e-9));
        vm.scrollBy(100_000);
        assertThat(vm.firstFrame()).isEqualTo(90.0);
        assertThat(vm.maxFirstFrame()).isEqualTo(90.0);
        vm.scrollBy(-100_000);
        assertThat(vm.firstFrame()).isZero();
    }

    @Test
    void onlyWhatIsInViewIsListedForDrawing() {
        vm.zoomAt(4, TimelineViewModel.GUTTER);
        vm.scrollTo(50); // frames 50..80
        assertThat(vm.visibleItems(Lane.VIDEO)).extracting(TimelineItem::label)
                .containsExactly("Title", "SLATE To do");
        assertThat(vm.visibleItems(Lane.SUBTITLES)).isEmpty();
        assertThat(vm.visibleItems(Lane.SCENES)).hasSize(2);
    }

    @Test
    void keysStepFramesAndJumpBetweenCutsKeepingThePlayheadInView() {
        vm.zoomAt(4, TimelineViewModel.GUTTER); // frames 0..30 in view
        vm.nextCut();
        assertThat(playhead.get()).isEqualTo(48);
        assertThat(vm.visibleFrames().contains(48)).isTrue();
        vm.nextCut();
        vm.step(-1);
        assertThat(playhead.get()).isEqualTo(71);
        vm.previousCut();
        assertThat(playhead.get()).isEqualTo(48);
        vm.step(-1000);
        assertThat(playhead.get()).isZero();
        assertThat(vm.firstFrame()).isZero();
        vm.movePlayhead(10_000);
        assertThat(playhead.get()).isEqualTo(120);
    }

    @Test
    void aCrossfadeOverlapsTheShotsAndTheLaterOneIsHit() throws Exception {
        Shot b = take("b", "b.mp4", "0", "2").withTransition(new Transition(Transition.Type.CROSSFADE, Rational.of(1, 2)));
        show(project(scene("s1", take("a", "a.mp4", "0", "2"), b)));
        assertThat(vm.items(Lane.VIDEO)).extracting(i -> i.range().start()).containsExactly(0L, 36L);
        double inOverlap = vm.xOf(40);
        assertThat(vm.hit(inOverlap, y(Lane.VIDEO))).get().extracting(TimelineItem::selection)
                .isEqualTo(Selection.shot("b"));
    }

    @Test
    void withoutACutTheLanesAreEmptyAndTheNoticeSaysWhy() {
        vm.setCut(null, null, "The episode has no shots yet.");
        assertThat(vm.noticeProperty().get()).isEqualTo("The episode has no shots yet.");
        for (Lane lane : Lane.values()) {
            assertThat(vm.items(lane)).isEmpty();
        }
        vm.click(vm.xOf(10), y(Lane.VIDEO), false);
        assertThat(playhead.get()).isZero();
    }

    @Test
    void aNewCutOfTheSameEpisodeKeepsTheZoomAndScroll() throws Exception {
        vm.zoomAt(4, TimelineViewModel.GUTTER);
        vm.scrollTo(40);
        show(project(scene("s1", take("a", "a.mp4", "0", "3"), card("b", "Title", "1"))));
        assertThat(vm.pixelsPerFrame()).isEqualTo(20.0);
        assertThat(vm.firstFrame()).isEqualTo(40.0);
    }

    @Test
    void resizingAFittedTimelineKeepsItFitted() {
        vm.setWidth(TimelineViewModel.GUTTER + 1200);
        assertThat(vm.pixelsPerFrame()).isEqualTo(10.0);
    }

    @Test
    void theRulerLabelsRoundTimesFarEnoughApart() {
        List<Ruler.Tick> ticks = vm.ticks(); // 5 px a frame: a second is 120 px
        assertThat(ticks.stream().filter(t -> t.label() != null))
                .extracting(Ruler.Tick::frame).containsExactly(0L, 24L, 48L, 72L, 96L, 120L);
        assertThat(ticks.stream().filter(t -> t.label() != null).map(Ruler.Tick::label))
                .startsWith("0:00", "0:01");
        assertThat(ticks.stream().filter(t -> t.label() == null)).extracting(Ruler.Tick::frame)
                .as("unlabelled ticks every 2 frames (10 px)").contains(2L, 4L, 22L).doesNotContain(1L, 24L);

        vm.zoomAt(1000, TimelineViewModel.GUTTER); // 48 px a frame
        assertThat(vm.ticks().stream().filter(t -> t.label() != null).map(Ruler.Tick::label))
                .startsWith("00:00:00:00", "00:00:00:02", "00:00:00:04");
    }

    @Test
    void aThousandShotsDrawOnlyTheFewInView() {
        Project p = Projects.generated(1000);
        Cut cut;
        try {
            cut = Resolver.resolve(p, "ep1", Path.of("/project"), SourceDurations.unknown());
        } catch (io.cutroom.timeline.TimelineException e) {
            throw new AssertionError(e.getMessage());
        }
        vm.setCut(cut, p.episodes().get(0), "");
        assertThat(vm.items(Lane.VIDEO)).hasSize(1000);
        assertThat(vm.items(Lane.SCENES)).hasSize(50);
        assertThat(vm.visibleItems(Lane.VIDEO)).hasSize(1000);
        vm.zoomAt(1000, TimelineViewModel.GUTTER);
        vm.scrollTo(cut.durationFrames() / 2.0);
        assertThat(vm.visibleItems(Lane.VIDEO)).hasSizeBetween(1, 3);
        assertThat(vm.visibleItems(Lane.SUBTITLES)).hasSizeLessThanOrEqualTo(2);
        assertThat(vm.visibleItems(Lane.SCENES)).hasSizeBetween(1, 2);
        assertThat(vm.visibleItems(Lane.MUSIC)).hasSize(1);
    }

    @Test
    void subtitlesTheReadingChecksWarnAboutAreMarkedAndVisitedInTurn() throws Exception {
        Shot a = withSubtitle(take("a", "a.mp4", "0", "6"), "Easy to read.", "0", "2");
        a = withSubtitle(a, "A subtitle far too long to be read in so short a time", "2.5", "1");
        a = withSubtitle(a, "Fine again.", "4", "1.5");
        show(project(scene("s1", a)));
        List<TimelineItem> cues = vm.items(Lane.SUBTITLES);

        assertThat(vm.warnings(cues.get(0))).isEmpty();
        assertThat(vm.warnings(cues.get(1))).extracting(SubtitleChecks.Finding::kind)
                .containsExactly(ReadingChecks.Kind.LINE_WIDTH, ReadingChecks.Kind.READING_SPEED);
        assertThat(vm.warnings(cues.get(2))).isEmpty();
        assertThat(vm.warnings(vm.items(Lane.VIDEO).get(0))).as("only subtitles are checked").isEmpty();
        assertThat(vm.warnedSubtitles()).isEqualTo(1);

        List<SubtitleChecks.Finding> found = vm.nextWarning();
        assertThat(found.get(0).number()).isEqualTo(2);
        assertThat(selection.get()).isEqualTo(Selection.subtitle("a", 1));
        assertThat(playhead.get()).isEqualTo(60);
        vm.nextWarning();
        assertThat(playhead.get()).as("past the last one, from the start again").isEqualTo(60);

        show(project(scene("s1", withSubtitle(take("a", "a.mp4", "0", "6"), "Easy to read.", "0", "2"))));
        assertThat(vm.nextWarning()).isEmpty();
        assertThat(vm.warnedSubtitles()).isZero();
    }
}
