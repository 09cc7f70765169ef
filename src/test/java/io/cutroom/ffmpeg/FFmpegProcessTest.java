package io.cutroom.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.testing.TestMedia;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Runs the bundled ffmpeg on tiny generated inputs. */
class FFmpegProcessTest {

    private static final List<String> TINY = List.of("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=0.5");
    /** A source that runs for a minute in real time: for canceling. */
    private static final List<String> ENDLESS = List.of("-re", "-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=60",
            "-stats_period", "0.1", "-f", "null", "-");

    private final FFmpeg ffmpeg = TestMedia.ffmpeg();

    @Test
    void reportsProgressUntilTheEnd() throws Exception {
        List<Progress> seen = new CopyOnWriteArrayList<>();
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, concat(TINY, List.of("-f", "null", "-")), seen::add);
        process.waitForSuccess();
        assertThat(seen).isNotEmpty();
        Progress last = seen.get(seen.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(last.frame()).isEqualTo(12);
        assertThat(last.outTimeMicros()).isEqualTo(500_000);
        assertThat(seen.subList(0, seen.size() - 1)).noneMatch(Progress::finished);
    }

    @Test
    void aBackgroundProcessRunsAtALowerPriority() throws Exception {
        // ten seconds of picture to nowhere: long enough to look at the running process, cancelled after
        FFmpegProcess process = FFmpegProcess.startInBackground(ffmpeg, List.of("-f", "lavfi", "-i",
                "testsrc2=size=320x180:rate=25:duration=10", "-f", "null", "-"), p -> { });
        try {
            java.nio.file.Path stat = java.nio.file.Path.of("/proc/" + process.pid() + "/stat");
            if (java.nio.file.Files.exists(stat) && java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/nice"))) {
                // until nice has lowered its priority and replaced itself with ffmpeg, the process is still nice
                String line = java.nio.file.Files.readString(stat);
                for (long until = System.nanoTime() + 5_000_000_000L; !line.contains("(ffmpeg)") && System.nanoTime() < until; ) {
                    Thread.sleep(10);
                    line = java.nio.file.Files.readString(stat);
                }
                assertThat(line).contains("(ffmpeg)");
                String[] fields = line.replaceFirst("^.*\\) ", "").split(" ");
                assertThat(fields[16]).as("nice value").isEqualTo("10");
            }
        } finally {
            process.cancel();
        }
        FFmpegProcess quick = FFmpegProcess.startInBackground(ffmpeg, concat(TINY, List.of("-f", "null", "-")), p -> { });
        quick.waitForSuccess();
    }

    @Test
    void buildsTheCommandFromTheArgumentList() throws Exception {
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, concat(TINY, List.of("-f", "null", "-")), p -> { });
        process.waitForSuccess();
        assertThat(process.command()).containsExactly(ffmpeg.ffmpeg().toString(),
                "-hide_banner", "-nostdin", "-nostats", "-progress", "pipe:1",
                "-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=0.5", "-f", "null", "-");
        FFmpegProcess quiet = FFmpegProcess.start(ffmpeg, List.of("-version"), null);
        assertThat(quiet.command()).containsExactly(ffmpeg.ffmpeg().toString(),
                "-hide_banner", "-nostdin", "-nostats", "-version");
        assertThat(quiet.waitFor()).isZero();
    }

    @Test
    void drainsChattyStdoutAndStderr() throws Exception {
        // ~80 KB of raw video on stdout and a debug log on stderr: more than a pipe holds
        FFmpegProcess process = FFmpegProcess.start(ffmpeg,
                concat(List.of("-v", "debug"), TINY, List.of("-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1")), null);
        assertThat(process.waitFor()).isZero();
        assertThat(process.stderrTail().lines().count()).isEqualTo(FFmpegProcess.KEPT_LINES);
    }

    @Test
    void failsWithTheLastLineAndTheTailOfStderr() throws Exception {
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, List.of("-i", "/nonexistent/clip.mp4", "-f", "null", "-"), null);
        assertThatThrownBy(process::waitForSuccess)
                .isInstanceOf(FFmpegException.class)
                .hasMessageStartingWith("ffmpeg failed with exit code 254: Error opening input files: No such file or directory\n"
                        + "last lines of its output:\n")
                .hasMessageContaining("\n  Error opening input file /nonexistent/clip.mp4.\n")
                .hasMessageEndingWith("\n  Error opening input files: No such file or directory");
    }

    @Test
    void cancelStopsTheProcess() throws Exception {
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, ENDLESS, null);
        process.cancel();
        process.cancel();
        assertThat(process.waitFor()).isNotZero();
        assertThat(process.isAlive()).isFalse();
        assertThat(ProcessHandle.of(process.pid())).isEmpty();
        assertThatThrownBy(process::waitForSuccess).isInstanceOf(FFmpegException.class).hasMessage("ffmpeg was canceled");
    }

    @Test
    void interruptingTheWaiterCancelsTheProcess() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, ENDLESS, p -> running.countDown());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                process.waitForSuccess();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiter.start();
        running.await();
        waiter.interrupt();
        waiter.join();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void aFailingProgressListenerStopsTheRun() throws Exception {
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, ENDLESS, p -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(process::waitForSuccess)
                .isInstanceOf(FFmpegException.class)
                .hasMessage("ffmpeg was stopped because its progress listener failed: disk full");
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void runsFfprobeAndKeepsItsOutput() throws Exception {
        String json = ffmpeg.runProbe(List.of("-v", "error", "-print_format", "json", "-show_entries", "stream=codec_name",
                "-f", "lavfi", "color=s=64x36:d=0.1"));
        assertThat(json).contains("\"codec_name\": \"wrapped_avframe\"");
        assertThatThrownBy(() -> ffmpeg.runProbe(List.of("-v", "error", "/nonexistent/clip.mp4")))
                .isInstanceOf(FFmpegException.class)
                .hasMessage("ffprobe failed with exit code 1: /nonexistent/clip.mp4: No such file or directory");
    }

    @Test
    void stdoutIsKeptOnlyForProbes() throws Exception {
        FFmpegProcess process = FFmpegProcess.start(ffmpeg, List.of("-version"), null);
        process.waitFor();
        assertThatThrownBy(process::stdout).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void printsCommandsAsAShellWouldReadThem() {
        assertThat(FFmpegProcess.toShellString(List.of("/opt/ff mpeg/ffmpeg", "-i", "it's a.mp4",
                "-vf", "scale=w=1:h=2", "-metadata", "title=$HOME `x`", "")))
                .isEqualTo("'/opt/ff mpeg/ffmpeg' -i 'it'\\''s a.mp4' -vf scale=w=1:h=2 -metadata 'title=$HOME `x`' ''");
    }

    @Test
    void findsArgumentsTheCharacterSetCannotHold() {
        assertThat(FFmpegProcess.unencodable(List.of("-i", "镜头.mp4"), List.of(StandardCharsets.US_ASCII)))
                .contains("镜头.mp4");
        assertThat(FFmpegProcess.unencodable(List.of("-i", "镜头.mp4"), List.of(StandardCharsets.UTF_8))).isEmpty();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.stream.Stream.of(parts).flatMap(List::stream).toList();
    }
}
