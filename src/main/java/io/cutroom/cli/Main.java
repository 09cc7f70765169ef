package io.cutroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cutroom}: the headless face of the engine. */
@Command(name = "cutroom", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Assemble AI-generated clips into finished episodes.",
        subcommands = {RenderCommand.class, CheckCommand.class, SubtitlesCommand.class, ProbeCommand.class, PresetsCommand.class, CacheCommand.class,
                ImportMediaCommand.class,
                DoctorCommand.class, ImportScriptCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code for a finished command that found problems or failed. */
    static final int FAILED = 1;
    /** Exit code for a render stopped by the user (as shells report SIGINT). */
    static final int CANCELLED = 130;

    @Option(names = "--ffmpeg", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "ffmpeg executable to use instead of the bundled one (also: CUTROOM_FFMPEG)")
    Path ffmpeg;

    /** The {@code --ffmpeg} option, for commands defined outside this package (see {@link #run(List, PrintWriter, PrintWriter, String...)}). */
    public Optional<Path> ffmpegOverride() {
        return Optional.ofNullable(ffmpeg);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; errors are printed as messages, never traces. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, printing to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(List.of(), out, err, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, String...)}, with more subcommands: picocli
     * {@code @Command} objects defined by a package this one may not import (the editor's
     * {@code edit}). They are listed before {@code help}; a {@code @ParentCommand Main} field in
     * them receives this command, and with it {@link #ffmpegOverride()}.
     */
    public static int run(List<Object> moreCommands, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (!moreCommands.isEmpty()) {
            cl.getCommandSpec().removeSubcommand("help");
            moreCommands.forEach(cl::addSubcommand);
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("cutroom: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"cutroom " + (v == null ? "(development build)" : v)};
        }
    }
}
