package io.cutroom.bench;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.ffmpeg.FFmpegProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;

/**
 * Makes the episode's media with FFmpeg (not timed): the source clips encoded as generators
 * deliver them (H.264 in MP4 or MOV, AAC where there is sound), a speech-like burst per scene as
 * AAC dialogue, and a chord pad as the music bed, a little longer than the episode.
 */
final class MediaGenerator {

    private final FFmpeg ffmpeg;
    private final Path mediaRoot;

    MediaGenerator(FFmpeg ffmpeg, Path mediaRoot) {
        this.ffmpeg = ffmpeg;
        this.mediaRoot = mediaRoot;
    }

    /**
     * Generates the media, unless the folder already holds what these exact commands made (a
     * previous benchmark run left it, with a stamp of the commands).
     *
     * @return whether anything was generated
     */
    boolean generate(SyntheticEpisode episode) throws IOException, InterruptedException {
        List<List<String>> commands = commands(episode);
        Path stamp = mediaRoot.resolve(".generated-by");
        String recipe = commands.stream().map(c -> String.join(" ", c)).collect(Collectors.joining("\n")) + "\n";
        if (Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(recipe)) {
            return false;
        }
        FileUtils.deleteDirectory(mediaRoot.toFile());
        Files.createDirectories(mediaRoot.resolve("clips"));
        Files.createDirectories(mediaRoot.resolve("dialogue"));
        Files.createDirectories(mediaRoot.resolve("music"));
        runAll(commands);
        Files.writeString(stamp, recipe, StandardCharsets.UTF_8);
        return true;
    }

    private List<List<String>> commands(SyntheticEpisode episode) {
        List<List<String>> commands = new ArrayList<>();
        episode.clips().forEach(c -> commands.add(clip(c)));
        for (int s = 0; s < episode.scenes().size(); s++) {
            for (SyntheticEpisode.Shot shot : episode.scenes().get(s).shots()) {
                if (shot.dialogue() != null) {
                    commands.add(dialogue(shot.dialogue(), s));
                }
            }
        }
        commands.add(music(episode.music(), (int) Math.ceil(episode.seconds()) + 10));
        return commands;
    }

    private List<String> clip(SyntheticEpisode.Clip c) {
        List<String> args = new ArrayList<>(List.of("-y", "-f", "lavfi", "-i", c.picture()));
        if (c.hasAudio()) {
            args.addAll(List.of("-f", "lavfi", "-i", c.audio().graph()));
        }
        args.addAll(List.of("-t", Integer.toString(c.seconds()), "-map", "0:v"));
        if (c.hasAudio()) {
            args.addAll(List.of("-map", "1:a", "-c:a", "aac", "-b:a", c.audio().channels() == 1 ? "64k" : "128k"));
        }
        // about what generators deliver: high quality, capped near 0.1 bit per pixel
        long maxrate = Math.round(c.width() * c.height() * fps(c.rate()) * 0.1 / 1000);
        args.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-maxrate", maxrate + "k",
                "-bufsize", 2 * maxrate + "k", "-profile:v", "high", "-pix_fmt", "yuv420p", "-map_metadata", "-1",
                path(c.file())));
        return args;
    }

    /** A voice-like burst: a gliding tone with syllable-rate amplitude, mono AAC. */
    private List<String> dialogue(SyntheticEpisode.Line line, int seed) {
        int pitch = 140 + seed * 10 % 120;
        String voice = String.format(Locale.ROOT, "aevalsrc=exprs='0.4*sin(2*PI*(%d+30*sin(2*PI*1.5*t))*t)"
                + "*(0.55+0.45*sin(2*PI*4*t))':s=48000:d=%d", pitch, line.lengthQ() / 4 + 1);
        return List.of("-y", "-f", "lavfi", "-i", voice, "-ac", "1", "-c:a", "aac", "-b:a", "64k",
                "-map_metadata", "-1", path(line.file()));
    }

    /** A slow chord pad (A minor, F, C, G), stereo AAC. */
    private List<String> music(SyntheticEpisode.Music m, int seconds) {
        String chord = "if(lt(mod(t,16),4),220,if(lt(mod(t,16),8),174.61,if(lt(mod(t,16),12),261.63,196)))";
        String pad = "0.15*sin(2*PI*" + chord + "*t)+0.1*sin(2*PI*1.5*" + chord + "*t)+0.08*sin(2*PI*0.5*" + chord + "*t)";
        String graph = "aevalsrc=exprs='" + pad + "|" + pad.replace("*t)", "*1.003*t)") + "':s=48000:d=" + seconds
                + ",lowpass=f=2500";
        return List.of("-y", "-f", "lavfi", "-i", graph, "-c:a", "aac", "-b:a", "128k", "-map_metadata", "-1",
                path(m.file()));
    }

    private static double fps(String rate) {
        String[] r = rate.split("/");
        return r.length == 1 ? Double.parseDouble(r[0]) : Double.parseDouble(r[0]) / Double.parseDouble(r[1]);
    }

    private String path(String relative) {
        return mediaRoot.resolve(relative).toString();
    }

    /** Runs the commands two at a time (most are single-threaded lavfi sources). */
    private void runAll(List<List<String>> commands) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (List<String> args : commands) {
                done.add(pool.submit(() -> {
                    FFmpegProcess p = FFmpegProcess.start(ffmpeg, args, null);
                    p.waitForSuccess();
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof FFmpegException fe) {
                        throw new IOException("generating the benchmark media failed: " + fe.getMessage(), fe);
                    }
                    throw new IOException("generating the benchmark media failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
