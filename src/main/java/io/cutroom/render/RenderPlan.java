package io.cutroom.render;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a render does, decided before anything runs: the files to write into the work
 * folder, the FFmpeg jobs and the finished outputs. Made by {@link Planner}, a pure function.
 *
 * <ol>
 *   <li>{@link #pictures}: a job per picture segment (about a shot: {@link Planner#segments}), in
 *       episode order, run in parallel: its picture encoded with the preset;
 *   <li>{@link #sounds}: a job per scene: its clip audio and dialogue as exact-length PCM stems;
 *   <li>{@link #mix}: stems joined, music laid and ducked under dialogue, one PCM mix, its
 *       loudness measured on the way ({@link Normalisation}) into {@link #MEASUREMENT_FILE};
 *   <li>{@link #audio}: the mix normalised with the measured values and encoded once — AAC in
 *       parallel parts ({@link #chunkedAudio}, null for other codecs);
 *   <li>{@link #mux}: segments and audio joined by stream copy, subtitles and chapters added,
 *       written to {@link #partialOutput}.
 * </ol>
 * The sound chain (sounds, mix, audio) needs no picture and runs alongside the pictures.
 * All but the mux are cached by fingerprint when the plan has a cache: a changed shot re-encodes
 * its scene, and the audio chain only when the sound changed.
 *
 * @param files text files the jobs read (drawtext text, concat lists, subtitles, chapters), by path
 * @param sidecars subtitle files written beside the output, by final path
 */
public record RenderPlan(
        Path output,
        Path partialOutput,
        Path workDir,
        Map<Path, String> files,
        List<Job> pictures,
        List<Job> sounds,
        Job mix,
        Job audio,
        ChunkedAudio chunkedAudio,
        Job mux,
        Map<Path, String> sidecars,
        Normalisation normalisation) {

    /**
     * AAC encoded in parallel parts ({@link AacChunks}): each part normalises its own chunk of the
     * mix and encodes it, and their own frames are joined into the audio job's output, which runs no
     * command of its own. When the normalisation limits peaks, the parts also meter what they encode,
     * so that a mix that came out too quiet is encoded again.
     *
     * @param offsets for each part, the sample of the sound its normalised samples are counted from
     */
    public record ChunkedAudio(AacChunks layout, List<Job> parts, List<Long> offsets) {
        public ChunkedAudio {
            parts = List.copyOf(parts);
            offsets = List.copyOf(offsets);
        }
    }

    /** Stands in the audio job's arguments for the normalising filter until the loudness has been measured. */
    public static final String NORMALISE = "@NORMALISE@";

    /** Stands for the encoder threads of a segment job, chosen when it runs (it does not change the result's meaning). */
    public static final String THREADS = "@THREADS@";

    /** The file beside the mix that keeps what {@code ebur128} measured of it. */
    public static final String MEASUREMENT_FILE = "loudness.txt";

    public RenderPlan {
        files = Map.copyOf(files);
        pictures = List.copyOf(pictures);
        sounds = List.copyOf(sounds);
        sidecars = Collections.unmodifiableMap(new LinkedHashMap<>(sidecars));
    }

    /** Every job: pictures and sounds (each in any order), then mix, audio and mux. */
    public List<Job> jobs() {
        var all = new java.util.ArrayList<>(pictures);
        all.addAll(sounds);
        all.add(mix);
        all.add(audio);
        all.add(mux);
        return all;
    }

    /** The audio job's arguments with the normalising filter filled in. */
    public List<String> audioArgs(Normalisation.Measurement measured) {
        return audioArgs(measured, 0);
    }

    /** A job's arguments with every {@link #NORMALISE} (alone or within a chain) filled in. */
    public List<String> normalised(Job job, Normalisation.Measurement measured, double correction) {
        String filter = normalisation.normaliseFilter(measured, correction);
        return job.args().stream().map(a -> a.contains(NORMALISE) ? a.replace(NORMALISE, filter) : a).toList();
    }

    /**
     * The audio job's arguments with the normalising filter and {@code correction} dB more gain. A
     * limited mix is measured as it is encoded: its filter becomes a graph with a measuring branch.
     */
    public List<String> audioArgs(Normalisation.Measurement measured, double correction) {
        List<String> args = new java.util.ArrayList<>();
        for (int i = 0; i < audio.args().size(); i++) {
            String a = audio.args().get(i);
            if (i + 1 < audio.args().size() && a.equals("-af") && audio.args().get(i + 1).equals(NORMALISE)) {
                if (normalisation.limits(measured)) {
                    args.addAll(List.of("-filter_complex", normalisation.measuredGraph(measured, correction),
                            "-map", "[out]"));
                } else {
                    args.addAll(List.of("-af", normalisation.normaliseFilter(measured, correction)));
                }
                i++;
            } else {
                args.add(a);
            }
        }
        return args;
    }
}
