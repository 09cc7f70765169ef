package io.cutroom.bench;

import io.cutroom.render.Preset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference: the benchmark episode rendered by FFmpeg commands written by hand, the way an
 * expert would script it, with the same encoder settings and the same work as Cutroom — every
 * shot conformed to 1280x720 at 24 fps with fit (scale, pad), trimmed to its frames; clip audio,
 * dialogue and the music bed ducked under the dialogue with {@code sidechaincompress}, measured
 * measured with {@code ebur128} and normalised by gain (and a true-peak limiter when the gain needs one), encoded once; a soft subtitle track and chapters.
 *
 * <p>Each variant is written as a folder of shell scripts ({@code run.sh} starts it), so that the
 * commands can be read and rerun by hand:
 * <ul>
 *   <li>{@link Variant#SEGMENTS}: one command per scene (its shots conformed and joined with
 *       {@code concat}, encoded), run in parallel together with one command that mixes the whole
 *       episode's audio and measures its loudness in the same pass; then the segments are joined
 *       with the concat demuxer by stream copy while the audio is normalised and encoded;
 *   <li>{@link Variant#SINGLE}: one command with every input that encodes the whole picture and
 *       mixes and measures the audio, then the same final mux.
 * </ul>
 */
final class ReferenceRender {

    enum Variant {
        SEGMENTS("segments", "per-scene segments in parallel + one audio pass, joined by concat demuxer stream copy"),
        SINGLE("single", "one command with all inputs (picture and audio mix), then the mux");

        final String id;
        final String description;

        Variant(String id, String description) {
            this.id = id;
            this.description = description;
        }
    }

    /** Source time read past a shot's end, so the frame-rate conversion always has its last frame. */
    private static final int VIDEO_MARGIN_Q = 1;

    private final SyntheticEpisode episode;
    private final Path mediaRoot;
    private final Preset preset;
    private final Path ffmpeg;
    private final Map<String, String> environment;
    private final int parallel;

    /**
     * @param environment variables the ffmpeg executable needs (its library path)
     * @param parallel how many scene commands run at once in the segments variant
     */
    ReferenceRender(SyntheticEpisode episode, Path mediaRoot, Preset preset, Path ffmpeg,
            Map<String, String> environment, int parallel) {
        this.episode = episode;
        this.mediaRoot = mediaRoot.toAbsolutePath();
        this.preset = preset;
        this.ffmpeg = ffmpeg;
        this.environment = environment;
        this.parallel = parallel;
    }

    /** Writes the variant's scripts into {@code dir} and returns its {@code run.sh}, which renders {@code output}. */
    Path write(Variant variant, Path dir, Path output) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("subtitles.srt"), srt());
        write(dir.resolve("chapters.txt"), chapters());
        List<String> run = new ArrayList<>(List.of("#!/usr/bin/env bash",
                "# Reference render of the benchmark episode: " + variant.description + ".",
                "set -euo pipefail", "cd \"$(dirname \"$0\")\""));
        environment.forEach((k, v) -> run.add("export " + k + "=" + q(v)));
        run.add("export FF=" + q(ffmpeg.toString()));
        if (variant == Variant.SEGMENTS) {
            List<String> jobs = new ArrayList<>(List.of("audio.sh"));
            StringBuilder list = new StringBuilder();
            for (int s = 0; s < episode.scenes().size(); s++) {
                String name = String.format(Locale.ROOT, "scene-%02d", s + 1);
                writeScript(dir.resolve(name + ".sh"), sceneCommand(dir, name, episode.scenes().get(s)));
                jobs.add(name + ".sh");
                list.append("file '").append(name).append(".mp4'\n");
            }
            write(dir.resolve("segments.txt"), list.toString());
            writeScript(dir.resolve("audio.sh"), audioCommand(dir));
            writeScript(dir.resolve("mux.sh"),
                    muxCommand(List.of("-f", "concat", "-safe", "0", "-i", "segments.txt"), output));
            run.add("# the audio pass first, so that it runs alongside the scenes");
            run.add("printf '%s\\n' " + String.join(" ", jobs) + " | xargs -P " + parallel + " -n 1 bash");
        } else {
            writeScript(dir.resolve("all.sh"), singleCommand(dir));
            writeScript(dir.resolve("mux.sh"), muxCommand(List.of("-i", "video.mp4"), output));
            run.add("bash all.sh");
        }
        run.add("bash mux.sh");
        Path script = dir.resolve("run.sh");
        write(script, String.join("\n", run) + "\n");
        return script;
    }

    /** One scene: its shots conformed and trimmed, joined, encoded. */
    private List<List<String>> sceneCommand(Path dir, String name, SyntheticEpisode.Scene scene) throws IOException {
        List<List<String>> args = ffmpegStart("error");
        StringBuilder graph = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < scene.shots().size(); i++) {
            SyntheticEpisode.Shot shot = scene.shots().get(i);
            args.add(videoInput(shot));
            graph.append(conform(i, shot, "v" + i)).append(";\n");
            joined.append("[v").append(i).append(']');
        }
        graph.append(joined).append("concat=n=").append(scene.shots().size()).append(":v=1:a=0[v]\n");
        write(dir.resolve(name + ".graph"), graph.toString());
        args.add(List.of("-/filter_complex", name + ".graph"));
        args.add(videoOutput(name + ".mp4"));
        return args;
    }

    /** Everything at once: the picture of all shots, and the audio mix with its loudness measurement. */
    private List<List<String>> singleCommand(Path dir) throws IOException {
        List<List<String>> args = ffmpegStart("info");
        StringBuilder graph = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        int input = 0;
        for (SyntheticEpisode.Scene scene : episode.scenes()) {
            for (SyntheticEpisode.Shot shot : scene.shots()) {
                args.add(videoInput(shot));
                graph.append(conform(input, shot, "v" + input)).append(";\n");
                joined.append("[v").append(input).append(']');
                input++;
            }
        }
        graph.append(joined).append("concat=n=").append(input).append(":v=1:a=0[v]\n");
        write(dir.resolve("video.graph"), graph.toString());
        // the audio inputs are numbered after the video inputs
        AudioPlan audio = audioPlan(input);
        args.addAll(audio.inputs);
        write(dir.resolve("audio.graph"), audio.graph);
        args.add(List.of("-/filter_complex", "video.graph"));
        args.add(List.of("-/filter_complex", "audio.graph"));
        args.add(videoOutput("video.mp4"));
        args.addAll(audioOutputs());
        args.add(List.of("2>", "audio.log"));
        return args;
    }

    /** The episode's audio: mixed to PCM and measured by {@code ebur128}, in one run. */
    private List<List<String>> audioCommand(Path dir) throws IOException {
        List<List<String>> args = ffmpegStart("info");
        AudioPlan audio = audioPlan(0);
        args.addAll(audio.inputs);
        write(dir.resolve("audio.graph"), audio.graph);
        args.add(List.of("-/filter_complex", "audio.graph"));
        args.addAll(audioOutputs());
        args.add(List.of("2>", "audio.log"));
        return args;
    }

    private static List<List<String>> audioOutputs() {
        return List.of(List.of("-map", "[mix]", "-c:a", "pcm_f32le", "mix.wav"),
                List.of("-map", "[measure]", "-f", "null", "-"));
    }

    /** @param inputs one line of input options and {@code -i FILE} per input */
    private record AudioPlan(List<List<String>> inputs, String graph) {
    }

    /**
     * Inputs from {@code first} on: the audio of every shot whose clip has sound, each line of
     * dialogue, the music; the graph places each at its sample, ducks the music under the
     * dialogue and sums everything to exactly the episode's length.
     */
    private AudioPlan audioPlan(int first) {
        List<List<String>> inputs = new ArrayList<>();
        StringBuilder g = new StringBuilder();
        List<String> clipLabels = new ArrayList<>();
        List<String> lineLabels = new ArrayList<>();
        int input = first;
        long frame = 0;
        for (SyntheticEpisode.Scene scene : episode.scenes()) {
            for (SyntheticEpisode.Shot shot : scene.shots()) {
                long start = frame * SyntheticEpisode.SAMPLE_RATE / SyntheticEpisode.FPS;
                if (shot.clip().hasAudio()) {
                    inputs.add(List.of("-vn", "-ss", sec(shot.inQ()), "-t", sec(shot.lengthQ()),
                            "-i", media(shot.clip().file())));
                    String label = "c" + input;
                    g.append(place(input, (long) shot.lengthQ() * SyntheticEpisode.SAMPLES_PER_QUARTER, start, label));
                    clipLabels.add(label);
                    input++;
                }
                if (shot.dialogue() != null) {
                    SyntheticEpisode.Line line = shot.dialogue();
                    inputs.add(List.of("-i", media(line.file())));
                    String label = "d" + input;
                    g.append(place(input, (long) line.lengthQ() * SyntheticEpisode.SAMPLES_PER_QUARTER,
                            start + (long) line.offsetQ() * SyntheticEpisode.SAMPLES_PER_QUARTER, label));
                    lineLabels.add(label);
                    input++;
                }
                frame += shot.frames();
            }
        }
        long total = episode.samples();
        SyntheticEpisode.Music m = episode.music();
        inputs.add(List.of("-i", media(m.file())));
        long fadeOut = (long) m.fadeOutQ() * SyntheticEpisode.SAMPLES_PER_QUARTER;
        g.append(String.format(Locale.ROOT, "[%d:a]%s,volume=%ddB,atrim=end_sample=%d,afade=t=in:ss=0:ns=%d,"
                        + "afade=t=out:ss=%d:ns=%d[music];\n", input, CONFORM, m.gainDb(), total,
                (long) m.fadeInQ() * SyntheticEpisode.SAMPLES_PER_QUARTER, total - fadeOut, fadeOut));
        g.append(sum(clipLabels, total)).append("[clip];\n");
        g.append(sum(lineLabels, total)).append(",asplit[dialogue][key];\n");
        g.append("[music][key]sidechaincompress=threshold=0.02:ratio=8:attack=20:release=400[ducked];\n");
        g.append(String.format(Locale.ROOT, "[clip][ducked][dialogue]amix=inputs=3:normalize=0:duration=longest,"
                        + "atrim=end_sample=%d,asplit[mix][m];\n[m]ebur128=peak=true:framelog=quiet[measure]\n",
                total));
        return new AudioPlan(inputs, g.toString());
    }

    private static final String CONFORM = "aresample=" + SyntheticEpisode.SAMPLE_RATE
            + ",aformat=sample_fmts=fltp:channel_layouts=stereo";

    private static String place(int input, long length, long start, String label) {
        return String.format(Locale.ROOT, "[%d:a]%s,atrim=end_sample=%d,adelay=%dS:all=1[%s];\n",
                input, CONFORM, length, start, label);
    }

    private static String sum(List<String> labels, long total) {
        String pad = "apad=whole_len=" + total + ",atrim=end_sample=" + total;
        if (labels.size() == 1) {
            return "[" + labels.get(0) + "]" + pad;
        }
        return labels.stream().map(l -> "[" + l + "]").collect(Collectors.joining()) + "amix=inputs=" + labels.size()
                + ":normalize=0:duration=longest," + pad;
    }

    /** The final file: picture copied, audio normalised with the measured values and encoded, subtitles and chapters. */
    private List<List<String>> muxCommand(List<String> videoInput, Path output) {
        List<List<String>> args = ffmpegStart("error");
        args.add(videoInput);
        args.add(List.of("-i", "mix.wav"));
        args.add(List.of("-i", "subtitles.srt"));
        args.add(List.of("-f", "ffmetadata", "-i", "chapters.txt"));
        args.add(List.of("-map", "0:v", "-map", "1:a", "-map", "2:s", "-map_metadata", "3", "-map_chapters", "3"));
        args.add(List.of("-c:v", "copy"));
        List<String> audio = new ArrayList<>(List.of("-af", "$NORMALISE", "-c:a", preset.audio().codec()));
        if (preset.audio().bitrate() != null) {
            audio.addAll(List.of("-b:a", preset.audio().bitrate()));
        }
        args.add(audio);
        args.add(List.of("-c:s", "mov_text"));
        args.add(List.of("-movflags", "+faststart", output.toAbsolutePath().toString()));
        return args;
    }

    private static List<List<String>> ffmpegStart(String logLevel) {
        return new ArrayList<>(List.of(List.of("$FF", "-hide_banner", "-nostdin", "-nostats", "-loglevel", logLevel, "-y")));
    }

    private List<String> videoInput(SyntheticEpisode.Shot shot) {
        return List.of("-an", "-ss", sec(shot.inQ()), "-t", sec(shot.lengthQ() + VIDEO_MARGIN_Q),
                "-i", media(shot.clip().file()));
    }

    /**
     * A shot's picture at the output's rate and size (fit: scaled inside, padded), in limited
     * range (full-range sources are converted, so every segment is encoded alike), its exact frames.
     */
    private static String conform(int input, SyntheticEpisode.Shot shot, String label) {
        int w = SyntheticEpisode.WIDTH;
        int h = SyntheticEpisode.HEIGHT;
        return String.format(Locale.ROOT, "[%d:v]setpts=PTS-STARTPTS,fps=%d,scale=%d:%d:force_original_aspect_ratio=decrease"
                        + ":force_divisible_by=2:out_range=tv,pad=%d:%d:(ow-iw)/2:(oh-ih)/2,setsar=1,format=yuv420p,"
                        + "trim=end_frame=%d[%s]",
                input, SyntheticEpisode.FPS, w, h, w, h, shot.frames(), label);
    }

    /** The joined picture encoded with the preset's settings into {@code file}. */
    private List<String> videoOutput(String file) {
        Preset.Video v = preset.video();
        List<String> args = new ArrayList<>(List.of("-map", "[v]", "-c:v", v.codec()));
        v.options().forEach((k, value) -> args.addAll(List.of("-" + k, value)));
        args.addAll(List.of("-pix_fmt", v.pixelFormat(), file));
        return args;
    }

    private String srt() {
        StringBuilder sb = new StringBuilder();
        long frame = 0;
        int n = 0;
        for (SyntheticEpisode.Scene scene : episode.scenes()) {
            for (SyntheticEpisode.Shot shot : scene.shots()) {
                SyntheticEpisode.Subtitle sub = shot.subtitle();
                if (sub != null) {
                    long start = frame + (long) sub.offsetQ() * SyntheticEpisode.FRAMES_PER_QUARTER;
                    long end = start + (long) sub.durationQ() * SyntheticEpisode.FRAMES_PER_QUARTER;
                    sb.append(++n).append('\n').append(srtTime(start)).append(" --> ").append(srtTime(end)).append('\n')
                            .append(sub.text()).append("\n\n");
                }
                frame += shot.frames();
            }
        }
        return sb.toString();
    }

    private static String srtTime(long frame) {
        long ms = Math.round(frame * 1000.0 / SyntheticEpisode.FPS);
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private String chapters() {
        StringBuilder sb = new StringBuilder(";FFMETADATA1\ntitle=Render benchmark\n");
        long frame = 0;
        for (SyntheticEpisode.Scene scene : episode.scenes()) {
            sb.append("[CHAPTER]\nTIMEBASE=1/").append(SyntheticEpisode.FPS).append("\nSTART=").append(frame)
                    .append("\nEND=").append(frame + scene.frames()).append("\ntitle=").append(scene.heading()).append('\n');
            frame += scene.frames();
        }
        return sb.toString();
    }

    private String media(String relative) {
        return mediaRoot.resolve(relative).toString();
    }

    private static String sec(int quarters) {
        return ProjectFile.seconds(quarters).toPlainString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A script running {@code command}: one line of words per element, continued with backslashes. */
    private void writeScript(Path file, List<List<String>> command) throws IOException {
        List<String> lines = new ArrayList<>(List.of("#!/usr/bin/env bash", "set -euo pipefail"));
        if (file.getFileName().toString().equals("mux.sh")) {
            lines.add("# the gain that puts the measured loudness (audio.log) on the target; a true-peak limiter"
                    + " (at 192 kHz) only when the gain takes the peak over the ceiling");
            lines.add("I=$(sed -n 's/^ *I: *\\(-*[0-9.]*\\) LUFS$/\\1/p' audio.log | tail -n 1)");
            lines.add("TP=$(sed -n 's/^ *Peak: *\\(-*[0-9.inf]*\\) dBFS$/\\1/p' audio.log | tail -n 1)");
            Preset.Loudness l = preset.loudness();
            lines.add(String.format(Locale.ROOT, "NORMALISE=$(awk -v i=\"$I\" -v tp=\"$TP\" 'BEGIN { g = %s - i;"
                            + " f = sprintf(\"volume=%%.2fdB\", g); if (tp + g > %s) f = f \",aresample=192000,"
                            + "alimiter=limit=%.6f:attack=5:release=50:level=0:latency=1\"; print f \",aresample=%d\" }')",
                    num(l.integrated()), num(l.truePeak()), Math.pow(10, l.truePeak() / 20), SyntheticEpisode.SAMPLE_RATE));
        }
        lines.add(command.stream().map(words -> words.stream().map(ReferenceRender::shellWord)
                .collect(Collectors.joining(" "))).collect(Collectors.joining(" \\\n    ")));
        write(file, String.join("\n", lines) + "\n");
    }

    /** A word of a command line: variables and redirections as they are, everything else single-quoted. */
    private static String shellWord(String word) {
        if (word.equals("$FF") || word.equals("$NORMALISE")) {
            return "\"" + word + "\"";
        }
        if (word.equals("2>")) {
            return word;
        }
        return word.matches("[A-Za-z0-9_@%+=:,./-]+") ? word : q(word);
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
