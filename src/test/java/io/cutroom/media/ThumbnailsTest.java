package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cutroom.model.Rational;
import io.cutroom.testing.TestMedia;

class ThumbnailsTest {

    static final Path CLIPS = ClipReaderFormatsTest.CLIPS;

    @TempDir
    Path dir;
    Path cache;
    MediaProbe probe;

    @BeforeEach
    void setUp() {
        cache = dir.resolve("thumbnails");
        probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.inMemory());
    }

    Thumbnails thumbnails() {
        return new Thumbnails(probe, cache, Runnable::run);
    }

    @Test
    void aRotatedClipIsTurnedUpright() throws Exception {
        // stored 640x360 with a 90° display matrix: shown 360x640
        Picture picture = thumbnails().thumbnail(CLIPS.resolve("s2c_t1.mp4"), Rational.of(1), 90).get();
        assertThat(picture.width()).isEqualTo(51);
        assertThat(picture.height()).isEqualTo(90);
        Picture reference = ClipReaderFormatsTest.ffmpegFrame(dir, CLIPS.resolve("s2c_t1.mp4"), Rational.of(1), 51, 90);
        assertThat(ClipReaderFormatsTest.meanDifference(picture, reference)).isLessThan(4.0);
    }

    @Test
    void anAnamorphicClipIsStretchedToItsDisplayAspect() throws Exception {
        // stored 480x360 with pixels 4:3 wide: shown 640x360
        Picture picture = thumbnails().thumbnail(CLIPS.resolve("s2b_t1.mov"), Rational.of(2), 90).get();
        assertThat(picture.width()).isEqualTo(160);
        assertThat(picture.height()).isEqualTo(90);
    }

    @Test
    void aSecondRequestIsAnsweredFromMemoryAndALaterRunFromDisk() throws Exception {
        Path clip = CLIPS.resolve("s1a_t2.mp4");
        Thumbnails first = thumbnails();
        Picture decoded = first.thumbnail(clip, Rational.of(3, 2), 72).get();
        CompletableFuture<Picture> again = first.thumbnail(clip, Rational.of(3, 2), 72);
        assertThat(again).isCompleted();
        assertThat(again.get()).isSameAs(decoded);
        assertThat(first.decodes()).isEqualTo(1);
        try (var files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".jpg");
        }

        Thumbnails later = thumbnails();
        Picture stored = later.thumbnail(clip, Rational.of(3, 2), 72).get();
        assertThat(later.decodes()).isZero();
        assertThat(stored.width()).isEqualTo(128);
        assertThat(ClipReaderFormatsTest.meanDifference(stored, decoded)).as("JPEG is close").isLessThan(3.0);

        later.thumbnail(clip, Rational.of(2), 72).get();
        later.thumbnail(clip, Rational.of(3, 2), 36).get();
        assertThat(later.decodes()).as("another time, another height").isEqualTo(2);
    }

    @Test
    void aChangedFileIsDecodedAgain() throws Exception {
        Path clip = Files.copy(CLIPS.resolve("s1a_t2.mp4"), dir.resolve("clip.mp4"));
        Thumbnails thumbnails = thumbnails();
        thumbnails.thumbnail(clip, Rational.ZERO, 36).get();
        Files.setLastModifiedTime(clip, FileTime.fromMillis(Files.getLastModifiedTime(clip).toMillis() + 5000));
        thumbnails.thumbnail(clip, Rational.ZERO, 36).get();
        assertThat(thumbnails.decodes()).isEqualTo(2);
    }

    @Test
    void runsOnTheExecutorGiven() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "thumbnail worker"));
        try {
            Thumbnails thumbnails = new Thumbnails(probe, cache, executor);
            String[] thread = new String[1];
            Picture picture = thumbnails.thumbnail(CLIPS.resolve("s4a_t1.webm"), Rational.of(1), 45)
                    .whenComplete((p, e) -> thread[0] = Thread.currentThread().getName())
                    .get(30, TimeUnit.SECONDS);
            assertThat(picture.width()).isEqualTo(80);
            assertThat(thread[0]).isEqualTo("thumbnail worker");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aMissingFileFailsNamingIt() {
        Path missing = dir.resolve("nowhere.mp4");
        assertThatThrownBy(() -> thumbnails().thumbnail(missing, Rational.ZERO, 90).get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(MediaException.class)
                .hasMessage(missing + ": file not found");
    }

    @Test
    void aBrokenFileFailsNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("notes.mp4"), "these are my notes, not a video\n");
        assertThatThrownBy(() -> thumbnails().thumbnail(broken, Rational.ZERO, 90).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(MediaException.class)
                .hasMessageStartingWith(broken + ": not a media file ffprobe can read");
    }

    @Test
    void soundWithoutPictureFailsNamingIt() throws Exception {
        Path line = CLIPS.resolveSibling("dialogue").resolve("01_mara_light.m4a");
        assertThatThrownBy(() -> thumbnails().thumbnail(line, Rational.ZERO, 90).get())
                .cause().isInstanceOf(MediaException.class)
                .hasMessage(line + ": has no picture to show");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTime() throws Exception {
        cache = Files.writeString(dir.resolve("a file, not a folder"), "");
        Picture picture = thumbnails().thumbnail(CLIPS.resolve("s1a_t2.mp4"), Rational.ZERO, 18).get();
        assertThat(picture.width()).isEqualTo(32);
    }

    @Test
    void theMemoryKeepsTheMostRecentlyUsedWithinItsBudget() throws Exception {
        List<Runnable> queue = new ArrayList<>();
        // 32x18 pixels are 2304 bytes: room for two
        Thumbnails small = new Thumbnails(probe, cache, queue::add, 5000);
        Path clip = CLIPS.resolve("s1a_t2.mp4");
        for (int second : List.of(0, 1, 2)) {
            CompletableFuture<Picture> future = small.thumbnail(clip, Rational.of(second), 18);
            assertThat(future).isNotCompleted();
            queue.remove(0).run();
            assertThat(future).isCompleted();
        }
        assertThat(small.thumbnail(clip, Rational.of(2), 18)).as("in memory").isCompleted();
        assertThat(small.thumbnail(clip, Rational.of(1), 18)).as("in memory").isCompleted();
        CompletableFuture<Picture> evicted = small.thumbnail(clip, Rational.of(0), 18);
        assertThat(evicted).as("left memory: read again in the background").isNotCompleted();
        assertThat(small.thumbnail(clip, Rational.of(0), 18)).as("the same request shares its work").isSameAs(evicted);
        queue.remove(0).run();
        assertThat(queue).isEmpty();
        assertThat(evicted.get().width()).isEqualTo(32);
        assertThat(small.decodes()).as("from disk, not decoded").isEqualTo(3);
    }
}
