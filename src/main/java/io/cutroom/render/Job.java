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
 */
public record Job(String name, List<String> args, long durationMicros, double weight, List<Path> outputs) {

    public Job {
        args = List.copyOf(args);
        outputs = List.copyOf(outputs);
    }
}
