package io.cutroom.render;

import java.nio.file.Path;
import java.util.List;

/**
 * One FFmpeg run of a render plan.
 *
 * @param name what it does, for progress and messages ("scene s2", "audio mix", …)
 * @param args the arguments after the executable (never a shell string)
 * @param durationMicros how much media time the job produces, to turn FFmpeg's progress into a fraction
 * @param weight the job's share of the render's work, relative to the other jobs
 * @param outputs files the job writes
 * @param fingerprint a hash of everything the job reads and does; equal fingerprints, equal outputs
 * @param cacheEntry the cache folder holding the outputs, or null when the job is not cached: a job
 *     whose entry exists is skipped, and a job that runs writes its entry whole or not at all
 */
public record Job(String name, List<String> args, long durationMicros, double weight, List<Path> outputs,
        String fingerprint, Path cacheEntry) {

    public Job {
        args = List.copyOf(args);
        outputs = List.copyOf(outputs);
    }

    /** A job that is always run. */
    public Job(String name, List<String> args, long durationMicros, double weight, List<Path> outputs) {
        this(name, args, durationMicros, weight, outputs, null, null);
    }

    public boolean cached() {
        return cacheEntry != null;
    }
}
