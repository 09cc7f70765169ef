package io.cutroom.ui.player;

import static io.cutroom.testing.Projects.card;
import static io.cutroom.testing.Projects.project;
import static io.cutroom.testing.Projects.scene;
import static org.assertj.core.api.Assertions.assertThat;

import io.cutroom.model.Format;
import io.cutroom.model.FrameRate;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.timeline.TimelineException;
import io.cutroom.ui.timeline.Marks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Playback logic against a clock the test winds by hand: which frame when, pausing, shuttling, marks, the end. */
class PlayerViewModelTest {

    static final FrameRate NTSC = FrameRate.parse("30000/1001");

    /** A clock that stands still until the test moves it. */
    static final class FakeClock implements PlaybackClock {
        record Start(Cut cut, long from, int speed) {
        }

        final List<Start> starts = new ArrayList<>();
        long elapsed;
        int stopped;
        String notice = "";

        @Override
        public Run start(Cut cut, long fromSample, int speed) {
            starts.add(new Start(cut, fromSample, speed));
            elapsed = 0;
            return new Run() {
                @Override
                public long elapsed() {
                    return elapsed;
                }

                @Override
                public String notice() {
                    return notice;
                }

                @Override
                public void stop() {
                    stopped++;
                }
            };
        }

        Start last() {
            return starts.get(starts.size() - 1);
        }
    }

    private final FakeClock clock = new FakeClock();
    private final LongProperty playhead = new SimpleLongProperty();
    private final ObjectProperty<Cut> cut = new SimpleObjectProperty<>(cut(FrameRate.of(24), "10"));
    private final PlayerViewModel player = new PlayerViewModel(playhead, cut, clock);

    /** One card of {@code seconds}: 240 frames at 24 fps. */
    static Cut cut(FrameRate rate, String seconds) {
        try {
            return Resolver.resolve(project(new Format(320, 180, rate, 48000), List.of(), scene("s1", card("c1", "Hello", seconds))),
                    "ep1", Path.of("."), SourceDurations.unknown());
        } catch (TimelineException e) {
            throw new AssertionError(e);
        }
    }

    private void wind(long samples) {
        clock.elapsed += samples;
        player.tick();
    }

    @Test
    void samplesAndFramesMeetExactlyAt30000Over1001() {
        for (long f : new long[] {0, 1, 2, 29, 30, 1000, 107_892, 107_893, 3_000_001}) {
            long first = PlayerViewModel.sampleAt(f, NTSC);
            long next = PlayerViewModel.sampleAt(f + 1, NTSC);
            assertThat(PlayerViewModel.frameAt(first, NTSC)).as("first sample of frame %d", f).isEqualTo(f);
            assertThat(PlayerViewModel.frameAt(next - 1, NTSC)).as("last sample of frame %d", f).isEqualTo(f);
        }
        assertThat(PlayerViewModel.sampleAt(107_892, NTSC)).as("an hour less 3.6 s").isEqualTo(172_799_827);
        assertThat(PlayerViewModel.frameAt(-5, NTSC)).isZero();
    }

    @Test
    void theFrameShownIsTheOneTheClockHasReached() {
        playhead.set(10);

        player.togglePlay();

        assertThat(player.isPlaying()).isTrue();
        assertThat(clock.last().from()).as("frame 10 starts at sample 20000").isEqualTo(20_000);
        assertThat(clock.last().speed()).isEqualTo(1);
        wind(1999);
        assertThat(playhead.get()).isEqualTo(10);
        wind(1);
        assertThat(playhead.get()).isEqualTo(11);
        wind(2000 * 7 + 500);
        assertThat(playhead.get()).as("frames the clock passed are skipped").isEqualTo(18);
    }

    @Test
    void atFractionalRatesThePictureFollowsTheSoundSampleForSample() {
        cut.set(cut(NTSC, "4000"));
        playhead.set(0);
        player.togglePlay();

        wind(PlayerViewModel.sampleAt(107_892, NTSC) - 1);
        assertThat(playhead.get()).isEqualTo(107_891);
        wind(1);
        assertThat(playhead.get()).as("after an hour, on the sample the frame starts").isEqualTo(107_892);
    }

    @Test
    void pausingStopsTheClockAndKeepsTheFrame() {
        player.togglePlay();
        wind(2000 * 5);

        player.togglePlay();

        assertThat(player.isPlaying()).isFalse();
        assertThat(clock.stopped).isEqualTo(1);
        wind(2000 * 5);
        assertThat(playhead.get()).isEqualTo(5);
        player.togglePlay();
        assertThat(clock.last().from()).as("plays on from where it paused").isEqualTo(10_000);
    }

    @Test
    void playingForwardStopsOnTheLastFrameAndStartsAgainFromTheFirst() {
        playhead.set(230);
        player.togglePlay();

        wind(2000 * 100);

        assertThat(player.isPlaying()).isFalse();
        assertThat(playhead.get()).isEqualTo(239);
        player.togglePlay();
        assertThat(playhead.get()).isZero();
        assertThat(clock.last().from()).isZero();
    }

    @Test
    void lPlaysFasterEachTimeAndJPlaysBackward() {
        playhead.set(100);
        player.forward();
        assertThat(player.speedProperty().get()).isEqualTo(1);
        player.forward();
        player.forward();
        player.forward();
        assertThat(player.speedProperty().get()).isEqualTo(PlayerViewModel.MAX_SPEED);
        wind(2000 * 10);
        assertThat(playhead.get()).as("4x: 40 frames in 10 frames' time").isEqualTo(140);

        player.backward();
        assertThat(player.speedProperty().get()).isEqualTo(-1);
        assertThat(clock.last().from()).isEqualTo(280_000);
        wind(1);
        assertThat(playhead.get()).as("backward, the frame before").isEqualTo(139);
        wind(2000 * 10);
        assertThat(playhead.get()).isEqualTo(129);
        player.backward();
        assertThat(player.speedProperty().get()).isEqualTo(-2);
        wind(2000 * 100);
        assertThat(playhead.get()).isZero();
        assertThat(player.isPlaying()).as("stops at the start").isFalse();

        player.pause();
        assertThat(player.speedProperty().get()).isZero();
    }

    @Test
    void movingThePlayheadWhilePlayingPlaysOnFromThere() {
        player.togglePlay();
        wind(2000 * 3);

        playhead.set(200);

        assertThat(player.isPlaying()).isTrue();
        assertThat(clock.last().from()).isEqualTo(400_000);
        wind(2000);
        assertThat(playhead.get()).isEqualTo(201);
    }

    @Test
    void anEditWhilePlayingPlaysOnInTheNewCut() {
        player.togglePlay();
        wind(2000 * 3);
        Cut longer = cut(FrameRate.of(24), "20");

        cut.set(longer);

        assertThat(clock.last().cut()).isSameAs(longer);
        assertThat(clock.last().from()).isEqualTo(6000);
        assertThat(player.isPlaying()).isTrue();
        cut.set(null);
        assertThat(player.isPlaying()).isFalse();
    }

    @Test
    void marksInAndOutAndPlayingBetweenThem() {
        playhead.set(20);
        player.markIn();
        playhead.set(29);
        player.markOut();
        assertThat(player.marksProperty().get()).isEqualTo(new Marks(OptionalLong.of(20), OptionalLong.of(30)));

        player.playInToOut();

        assertThat(playhead.get()).isEqualTo(20);
        wind(2000 * 9);
        assertThat(playhead.get()).isEqualTo(29);
        wind(2000);
        assertThat(player.isPlaying()).isFalse();
        assertThat(playhead.get()).as("the last marked frame").isEqualTo(29);

        playhead.set(40);
        player.markIn();
        assertThat(player.marksProperty().get()).as("an in mark after the out mark clears it")
                .isEqualTo(new Marks(OptionalLong.of(40), OptionalLong.empty()));
        player.clearIn();
        assertThat(player.marksProperty().get()).isEqualTo(Marks.NONE);
        playhead.set(500);
        player.markOut();
        assertThat(player.marksProperty().get().out()).as("within the episode").hasValue(240);
        player.clearOut();
        assertThat(player.marksProperty().get().isEmpty()).isTrue();
    }

    @Test
    void marksBeyondAShorterCutGo() {
        playhead.set(200);
        player.markIn();
        cut.set(cut(FrameRate.of(24), "5"));
        assertThat(player.marksProperty().get()).isEqualTo(Marks.NONE);
    }

    @Test
    void aClockWithoutSoundSaysSoOnce() {
        List<String> said = new ArrayList<>();
        player.setStatus(said::add);
        clock.notice = "No sound device: playing without sound";

        player.togglePlay();
        wind(10);
        wind(10);
        player.togglePlay();
        player.togglePlay();
        wind(10);

        assertThat(said).containsExactly("No sound device: playing without sound");
    }

    @Test
    void nothingToPlayWithoutACut() {
        cut.set(null);
        player.togglePlay();
        player.tick();
        assertThat(player.isPlaying()).isFalse();
        assertThat(clock.starts).isEmpty();
    }
}
