package io.cutroom.cli;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.ProbeCache;
import io.cutroom.render.Fonts;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "doctor", description = "Say which FFmpeg is used, what it can do, and which font draws text.")
final class DoctorCommand implements Callable<Integer> {

    static final List<String> ENCODERS = List.of("libx264", "libx265", "prores_ks", "libsvtav1", "aac", "libopus",
            "pcm_s24le", "mov_text", "srt");
    static final List<String> FILTERS = List.of("drawtext", "loudnorm", "sidechaincompress", "xfade", "amix",
            "lut3d", "tpad", "adelay");

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        FFmpeg ffmpeg = Engine.ffmpeg(main.ffmpegOverride());
        boolean ok = true;
        out.println("java      " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.println("ffmpeg    " + ffmpeg.ffmpeg() + " (" + ffmpeg.origin() + ")");
        out.println("ffprobe   " + ffmpeg.ffprobe());
        try {
            out.println("version   " + ffmpeg.version());
            Set<String> encoders = ffmpeg.encoders();
            Set<String> filters = ffmpeg.filters();
            ok &= list(out, "encoders", ENCODERS, encoders);
            ok &= list(out, "filters", FILTERS, filters);
        } catch (FFmpegException e) {
            out.println("problem   " + e.getMessage());
            ok = false;
        }
        try {
            out.println("font      " + Fonts.choose(Optional.empty(), List.of("Aa 中文字幕")).fontFile()
                    + " (draws Latin and Chinese; used for burned-in subtitles, cards and slates)");
        } catch (RenderException e) {
            out.println("font      " + e.getMessage());
            ok = false;
        }
        out.println("probes    " + ProbeCache.defaultFolder());
        out.println("presets   " + Presets.standard().userFolder() + " (your own), plus " + Presets.BUNDLED.size()
                + " bundled");
        return ok ? 0 : Main.FAILED;
    }

    private static boolean list(PrintWriter out, String title, List<String> wanted, Set<String> have) {
        StringBuilder sb = new StringBuilder();
        boolean all = true;
        for (String w : wanted) {
            boolean present = have.contains(w);
            all &= present;
            sb.append(' ').append(w).append(present ? "" : " (MISSING)");
        }
        out.printf("%-9s%s%n", title, sb);
        return all;
    }
}
