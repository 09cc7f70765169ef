package io.cutroom.app;

import java.io.PrintWriter;
import java.util.List;

/**
 * The {@code cutroom} executable: the command line of {@code io.cutroom.cli} plus {@code edit},
 * which starts the editor of {@code io.cutroom.ui}. This package exists because neither of those
 * two may import the other.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with {@code edit} and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return io.cutroom.cli.Main.run(List.of(new EditCommand()), out, err, args);
    }
}
