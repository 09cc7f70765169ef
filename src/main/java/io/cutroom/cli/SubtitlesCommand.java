package io.cutroom.cli;

import io.cutroom.subtitles.ReadProblem;
import io.cutroom.subtitles.SubtitleFile;
import io.cutroom.subtitles.SubtitleReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code cutroom subtitles}: subtitle files in and out of projects. */
@Command(name = "subtitles", description = "Convert subtitle files (SRT, WebVTT, ASS/SSA) and import them into a project.",
        subcommands = {SubtitlesConvertCommand.class, SubtitlesImportCommand.class})
final class SubtitlesCommand {

    @ParentCommand
    Main main;

    /** The charset named by {@code --encoding}, or null when none is named. */
    static Charset charset(String name) throws CliException {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CliException("--encoding: '" + name + "' is not an encoding Java knows"
                    + " (such as UTF-8, UTF-16LE, windows-1252, windows-1251, GB18030, Big5, Shift_JIS)");
        }
    }

    /**
     * Reads a subtitle file and prints what was read: format, encoding and count, then every problem
     * as {@code FILE:LINE: message}.
     */
    static SubtitleFile read(Path file, Charset encoding, PrintWriter out) throws CliException {
        if (!Files.isRegularFile(file)) {
            throw new CliException(file + ": no such subtitle file");
        }
        SubtitleFile read;
        try {
            read = SubtitleReader.read(file, encoding);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such subtitle file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read it (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString();
        out.println(name + ": " + read.format().displayName() + ", " + read.encoding() + ", "
                + Engine.plural(read.cues().size(), "cue"));
        for (ReadProblem p : read.problems()) {
            out.println(name + ":" + p.line() + ": " + p.message());
        }
        if (read.cues().isEmpty()) {
            throw new CliException(name + ": no cues could be read" + (read.problems().isEmpty() ? "" : " (see above)"));
        }
        return read;
    }
}
