package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.media.AudioInfo;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaInfo;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.VideoInfo;
import io.cutroom.model.Rational;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "probe", description = "Show what Cutroom sees in media files: duration, picture, sound.")
final class ProbeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "media files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FFmpeg ffmpeg = Engine.ffmpeg(main.ffmpegOverride());
        MediaProbe probe = Engine.probe(ffmpeg);
        int failed = 0;
        for (Path file : files) {
            try {
                out.println(describe(file, probe.probe(file.toAbsolutePath())));
            } catch (MediaException e) {
                err.println(file + ": " + e.reason());
                failed++;
            }
        }
        return failed > 0 ? Main.FAILED : 0;
    }

    static String describe(Path file, MediaInfo info) {
        StringBuilder sb = new StringBuilder(file.toString()).append(": ").append(info.container())
                .append(", ").append(seconds(info.duration())).append(" s");
        info.video().ifPresent(v -> sb.append("\n  video: ").append(video(v)));
        info.audio().ifPresent(a -> sb.append("\n  audio: ").append(audio(a)));
        if (info.audio().isEmpty()) {
            sb.append("\n  audio: none");
        }
        return sb.toString();
    }

    private static String video(VideoInfo v) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %dx%d", v.codec(), v.width(), v.height()));
        if (!v.sampleAspect().equals(Rational.of(1))) {
            sb.append(" SAR ").append(v.sampleAspect().num()).append(':').append(v.sampleAspect().den());
        }
        if (v.rotation() != 0) {
            sb.append(" rotated ").append(v.rotation()).append('°');
        }
        if (v.displayWidth() != v.width() || v.displayHeight() != v.height()) {
            sb.append(" (shows as ").append(v.displayWidth()).append('x').append(v.displayHeight()).append(')');
        }
        sb.append(", ").append(fps(v.frameRate())).append(" fps");
        if (v.variableFrameRate()) {
            sb.append(" variable (average ").append(fps(v.averageFrameRate())).append(')');
        }
        sb.append(", ").append(v.pixelFormat()).append(' ').append(v.bitDepth()).append("-bit");
        return sb.toString();
    }

    private static String audio(AudioInfo a) {
        return String.format(Locale.ROOT, "%s %d Hz, %d channel%s", a.codec(), a.sampleRate(), a.channels(),
                a.channels() == 1 ? "" : "s");
    }

    private static String fps(Rational r) {
        return r.den() == 1 ? Long.toString(r.num()) : r.toDecimal(3).stripTrailingZeros().toPlainString();
    }

    private static String seconds(Rational r) {
        return r.toDecimal(3).toPlainString();
    }
}
