package io.cutroom.ui.media;

import io.cutroom.media.ClipReader;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaInfo;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.Picture;
import io.cutroom.media.VideoFrame;
import io.cutroom.media.VideoInfo;
import io.cutroom.model.Rational;
import io.cutroom.ui.viewer.FrameProvider;
import io.cutroom.ui.viewer.SourceFrame;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The viewer's frames, decoded by {@link ClipReader} on one worker: the exact frame of the source
 * the render shows there (chosen as {@link SourceFrame} says), at the height the viewer shows it
 * (no larger than the source), with the source's display aspect.
 *
 * <p>Each source keeps an open reader positioned where it was last asked, so playing decodes
 * forward frame after frame instead of seeking; a jump of more than a second backwards or forwards
 * seeks. Only the latest request per source is decoded — when the worker falls behind playback,
 * the frames it missed are skipped — and {@link #prepare} opens the next shot's file before it is
 * needed. A handful of readers stay open, the least recently used closed first. A file that cannot
 * be read is {@link #unavailable}, and the viewer says so instead of waiting.
 */
public final class DecodedFrames implements FrameProvider {

    static final int OPEN_READERS = 4;
    static final int MAX_HEIGHT = 1080;
    private static final Rational FORWARD_REACH = Rational.of(1);

    /**
     * Frame times are exact multiples of a stream's time base, coarser than this by far, so the last
     * frame before a time is the last one at or before the time less this.
     */
    private static final Rational BEFORE = Rational.of(1, 1_000_000_000);

    /**
     * What the viewer can be given at once for a source: the frame at {@code time}, shown until
     * {@code until} (null: the end).
     *
     * @param first whether it is the source's first frame
     * @param previous the time of the frame before it, when known
     */
    private record Shown(boolean first, Rational previous, Rational time, Rational until, Image image) {

        /** Whether this frame is the one {@code which} chooses. */
        boolean holds(SourceFrame which) {
            Rational pick = which.before().subtract(BEFORE);
            if (until != null && pick.compareTo(until) >= 0) {
                return false;
            }
            if (pick.compareTo(time) >= 0) {
                return time.compareTo(which.notBefore()) >= 0;
            }
            // an earlier frame is the last before the time: this one stands in if that is before the in point
            return first || previous != null && previous.compareTo(which.notBefore()) < 0
                    && time.compareTo(which.notBefore()) >= 0;
        }
    }

    private record Request(SourceFrame which, Runnable ready) {
    }

    private final MediaProbe probe;
    private final Executor worker;
    private final Executor fx;
    private final Map<Path, Shown> shown = new ConcurrentHashMap<>();
    private final Map<Path, Request> wanted = new ConcurrentHashMap<>();
    private final Map<Path, SourceFrame> ahead = new ConcurrentHashMap<>();
    private final Set<Path> broken = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Map<Path, Cursor> cursors = new LinkedHashMap<>(8, 0.75f, true);
    private volatile int height = 360;

    /**
     * @param probe what each file holds (rotation, display size)
     * @param worker where decoding runs (one task at a time is given to it)
     * @param fx where {@code ready} callbacks run: the FX thread ({@code Platform::runLater})
     */
    public DecodedFrames(MediaProbe probe, Executor worker, Executor fx) {
        this.probe = probe;
        this.worker = worker;
        this.fx = fx;
    }

    @Override
    public Optional<Image> frame(Path source, SourceFrame which, Runnable ready) {
        Shown s = shown.get(source);
        if (s != null && s.holds(which)) {
            return Optional.of(s.image());
        }
        if (!broken.contains(source)) {
            wanted.put(source, new Request(which, ready));
            schedule();
        }
        return Optional.empty();
    }

    @Override
    public void prepare(Path source, SourceFrame which) {
        Shown s = shown.get(source);
        if ((s == null || !s.holds(which)) && !broken.contains(source)) {
            ahead.put(source, which);
            schedule();
        }
    }

    @Override
    public boolean unavailable(Path source) {
        return broken.contains(source);
    }

    @Override
    public void setPictureHeight(int pixels) {
        height = Math.max(16, Math.min(MAX_HEIGHT, pixels));
    }

    private void schedule() {
        if (busy.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** Decodes what is wanted, requests before preparations, until nothing is left. */
    private void drain() {
        while (true) {
            Map.Entry<Path, Request> request = take(wanted);
            if (request != null) {
                decode(request.getKey(), request.getValue().which(), request.getValue().ready());
                continue;
            }
            Map.Entry<Path, SourceFrame> preparation = take(ahead);
            if (preparation != null) {
                decode(preparation.getKey(), preparation.getValue(), null);
                continue;
            }
            busy.set(false);
            if ((wanted.isEmpty() && ahead.isEmpty()) || !busy.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private static <V> Map.Entry<Path, V> take(Map<Path, V> map) {
        Iterator<Map.Entry<Path, V>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Path, V> e = it.next();
            if (map.remove(e.getKey(), e.getValue())) {
                return e;
            }
        }
        return null;
    }

    private void decode(Path source, SourceFrame which, Runnable ready) {
        try {
            Cursor cursor = cursor(source);
            shown.put(source, cursor.moveTo(which, height));
        } catch (MediaException | RuntimeException e) {
            broken.add(source);
            Cursor c = cursors.remove(source);
            if (c != null) {
                c.close();
            }
        }
        if (ready != null) {
            fx.execute(ready);
        }
    }

    private Cursor cursor(Path source) throws MediaException {
        Cursor c = cursors.get(source);
        if (c == null) {
            MediaInfo info = probe.probe(source);
            VideoInfo video = info.video().orElseThrow(() -> new MediaException(source, "has no picture to show"));
            MediaInfo pictureOnly = new MediaInfo(info.path(), info.sizeBytes(), info.modifiedMillis(), info.container(),
                    info.duration(), info.video(), Optional.empty());
            int h = Math.min(height, video.displayHeight());
            c = new Cursor(ClipReader.open(pictureOnly, width(video, h), h), video, h);
            cursors.put(source, c);
            if (cursors.size() > OPEN_READERS) {
                Iterator<Map.Entry<Path, Cursor>> eldest = cursors.entrySet().iterator();
                Map.Entry<Path, Cursor> e = eldest.next();
                eldest.remove();
                e.getValue().close();
                shown.remove(e.getKey());
            }
        }
        return c;
    }

    private static int width(VideoInfo video, int h) {
        return (int) Math.max(1, Rational.of((long) h * video.displayWidth(), video.displayHeight()).round());
    }

    /** Converts a decoded picture for JavaFX (any thread may do it: the image is not shown yet). */
    static Image image(Picture p) {
        WritableImage image = new WritableImage(p.width(), p.height());
        image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbPreInstance(), p.argb(), 0,
                p.width());
        return image;
    }

    /** An open reader, the frame it last showed and the frame after it. Used by the worker only. */
    private static final class Cursor {

        private final ClipReader reader;
        private final VideoInfo video;
        private int height;
        private VideoFrame current;
        private VideoFrame next;
        private boolean first;
        private Rational previous;
        private Shown answer;

        Cursor(ClipReader reader, VideoInfo video, int height) {
            this.reader = reader;
            this.video = video;
            this.height = height;
        }

        /** Positions at the frame {@code which} chooses, decoding forward when it is close ahead, else seeking. */
        Shown moveTo(SourceFrame which, int wantedHeight) throws MediaException {
            int h = Math.min(wantedHeight, video.displayHeight());
            if (h != height) {
                height = h;
                reader.resize(width(video, h), h);
                current = null;
            }
            Rational pick = which.before().subtract(BEFORE);
            if (current != null && pick.compareTo(current.time()) >= 0
                    && pick.subtract(current.time()).compareTo(FORWARD_REACH) <= 0) {
                while (next != null && next.time().compareTo(pick) <= 0) {
                    advance();
                }
            } else if (current == null || !(first && pick.compareTo(current.time()) < 0)) {
                reader.seekVideo(pick);
                current = reader.nextFrame().orElseThrow(() -> new MediaException(reader.info().path(),
                        "has a video stream without a single frame"));
                next = reader.nextFrame().orElse(null);
                first = current.time().compareTo(pick) > 0; // nothing at or before the time: the first frame
                previous = null;
                answer = null;
            }
            if (current.time().compareTo(which.notBefore()) < 0 && next != null) {
                advance(); // the frame before the in point is never shown: the first one after it stands in
            }
            if (answer == null) {
                answer = new Shown(first, previous, current.time(), next == null ? null : next.time(),
                        image(current.picture()));
            }
            return answer;
        }

        private void advance() throws MediaException {
            previous = current.time();
            first = false;
            current = next;
            next = reader.nextFrame().orElse(null);
            answer = null;
        }

        void close() {
            reader.close();
        }
    }
}
