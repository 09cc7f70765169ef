package io.cutroom.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a render does, decided before anything runs: the files to write into the work
 * folder, the FFmpeg jobs and the finished outputs. Made by {@link Planner}, a pure function.
 *
 * <ol>
 *   <li>{@link #segments}: one job per scene, in parallel: its picture encoded with the preset, and
 *       its clip audio and dialogue as exact-length PCM stems;
 *   <li>{@link #mix}: stems joined, music laid and ducked under dialogue, one PCM mix;
 *   <li>{@link #measure}: the first {@code loudnorm} pass over the mix;
 *   <li>{@link #mux}: segments joined by stream copy, the mix normalised with the measured values
 *       and encoded once, subtitles and chapters added, written to {@link #partialOutput}.
 * </ol>
 *
 * @param files text files the jobs read (drawtext text, concat lists, subtitles, chapters), by path
 * @param sidecars subtitle files written beside the output, by final path
 */
public record RenderPlan(
        Path output,
        Path partialOutput,
        Path workDir,
        Map<Path, String> files,
        List<Job> segments,
        Job mix,
        Job measure,
        Job mux,
        Map<Path, String> sidecars,
        Loudnorm loudnorm) {

    /** Stands in the mux job's arguments for the second-pass loudnorm filter until pass one has measured. */
    public static final String MEASURED_LOUDNORM = "@LOUDNORM@";

    public RenderPlan {
        files = Map.copyOf(files);
        segments = List.copyOf(segments);
        sidecars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sidecars));
    }

    /** Every job in the order they must finish (segments among themselves in any order). */
    public List<Job> jobs() {
        var all = new java.util.ArrayList<>(segments);
        all.add(mix);
        all.add(measure);
        all.add(mux);
        return all;
    }

    /** The mux job's arguments with the second loudnorm pass filled in. */
    public List<String> muxArgs(Loudnorm.Measurement measured) {
        String filter = loudnorm.secondPass(measured);
        return mux.args().stream().map(a -> a.equals(MEASURED_LOUDNORM) ? filter : a).toList();
    }
}
