package io.cutroom.cli;

import io.cutroom.model.Project;
import io.cutroom.subtitles.Cue;
import io.cutroom.subtitles.SubtitleFile;
import io.cutroom.subtitles.SubtitleFormat;
import io.cutroom.subtitles.SubtitleWriter;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = {
        "Convert a subtitle file between SRT, WebVTT and ASS (formats by extension: .srt, .vtt, .ass; .ssa is read too).",
        "Prints what could not be read, by line, and how many cues were read and written."})
final class SubtitlesConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "the subtitle file to read")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write: .srt, .vtt or .ass")
    Path out;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "the text encoding of IN (such as windows-1252, GB18030); default: detected")
    String encoding;

    @Option(names = "--style", paramLabel = "PROJECT",
            description = "for ASS: take the subtitle style (font, size, colours, outline, margin) and frame size from this project")
    Path style;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        SubtitleFormat to = SubtitleFormat.ofFileName(out.getFileName().toString()).orElseThrow(() -> new CliException(
                out + ": name the format to write with the extension .srt, .vtt or .ass"));
        SubtitleWriter.AssLook look = style == null ? SubtitleWriter.AssLook.DEFAULT : look(style);
        SubtitleFile read = SubtitlesCommand.read(in, SubtitlesCommand.charset(encoding), o);
        List<Cue> cues = new ArrayList<>(read.cues());
        cues.sort(Comparator.comparingLong(Cue::startMillis));
        boolean reordered = !cues.equals(read.cues());
        String text = to == SubtitleFormat.ASS ? SubtitleWriter.ass(cues, look) : SubtitleWriter.write(cues, to);
        int written = SubtitleWriter.writable(cues).size();
        write(out, text);
        int blank = cues.size() - written;
        o.println("read " + Engine.plural(read.cues().size(), "cue") + ", wrote " + written + " to " + out.getFileName()
                + " (" + to.displayName() + ")"
                + (blank > 0 ? "; left out " + Engine.plural(blank, "cue") + " without text" : "")
                + (reordered ? "; put in order of start time" : ""));
        return 0;
    }

    /** The ASS look from a project: its subtitle style, its frame size, and the family of its subtitle font. */
    private static SubtitleWriter.AssLook look(Path projectFile) throws CliException {
        Project p = Engine.read(projectFile);
        var s = p.style().subtitles();
        String family = SubtitleWriter.AssLook.DEFAULT.fontName();
        if (s.font() != null) {
            Path font = Engine.dirOf(projectFile).resolve(s.font()).normalize();
            try {
                family = Font.createFont(Font.TRUETYPE_FONT, font.toFile()).getFamily().replace(",", " ");
            } catch (FontFormatException | IOException e) {
                throw new CliException(projectFile.getFileName() + ": style.subtitles.font: " + s.font()
                        + ": not a font file Java can read (" + e.getMessage() + ")");
            }
        }
        return new SubtitleWriter.AssLook(s, family, p.format().width(), p.format().height());
    }

    /** Writes under a temporary name and moves into place, so OUT is never half written. */
    private static void write(Path file, String text) throws CliException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException(file + ": cannot write it (" + e.getMessage() + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move took it, or there is nothing more to do
                }
            }
        }
    }
}
