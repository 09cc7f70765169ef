package io.cutroom.timeline;

import java.util.List;
import java.util.stream.Collectors;

/** A project that cannot be resolved into a cut; carries every problem found, not just the first. */
public final class TimelineException extends Exception {

    private final List<Problem> problems;

    public TimelineException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
