package io.cutroom.projectfile;

import io.cutroom.model.Project;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads and writes Cutroom project files ({@code NAME.cutroom.json}, format version 1): JSON with
 * exact times, stable key order and defaults left out, so that a {@code git diff} of two saves
 * shows the edit and nothing else. See {@code docs/project-file.md} and the JSON Schema
 * {@code cutroom-project-1.schema.json} next to this class.
 */
public final class ProjectFile {

    private ProjectFile() {
    }

    /**
     * Reads a project file, upgrading it from an older version if needed.
     *
     * @throws ProjectFileException naming the file, and the line, column and field of the problem
     */
    public static Project read(Path file) throws ProjectFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(name + ": no such file", e);
        } catch (IOException e) {
            throw new ProjectFileException(name + ": cannot read: " + reason(e), e);
        }
        String text;
        try {
            text = text(bytes);
        } catch (Problem p) {
            throw new ProjectFileException(p.message(name));
        }
        return parse(text, name);
    }

    /**
     * Reads the text of a project file.
     *
     * @param sourceName what to call the text in messages, usually its file name
     */
    public static Project parse(String json, String sourceName) throws ProjectFileException {
        return parse(json, sourceName, Migrator.STANDARD);
    }

    static Project parse(String json, String sourceName, Migrator migrator) throws ProjectFileException {
        try {
            Node root = JsonTree.parse(json);
            migrator.upgrade(root, sourceName);
            return ProjectReader.project(root);
        } catch (Problem p) {
            throw new ProjectFileException(p.message(sourceName));
        }
    }

    /** The canonical text of a project file for {@code project}: the same project always gives the same text. */
    public static String toJson(Project project) {
        return JsonText.render(ProjectWriter.project(project, Migrator.STANDARD.latest()));
    }

    /**
     * Saves {@code project} to {@code file} atomically: the file holds either its old content or
     * the whole new content, whatever happens.
     */
    public static void write(Project project, Path file) throws ProjectFileException {
        write(project, file, AtomicFiles.REAL);
    }

    static void write(Project project, Path file, AtomicFiles.Disk disk) throws ProjectFileException {
        byte[] bytes = toJson(project).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, bytes, disk);
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot save: " + reason(e), e);
        }
    }

    /** The bytes as UTF-8 text without a byte order mark; a problem for other encodings or bad bytes. */
    private static String text(byte[] bytes) {
        byte[] body;
        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(bytes))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE,
                        ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE)
                .get()) {
            ByteOrderMark bom = in.getBOM();
            if (bom != null && !bom.equals(ByteOrderMark.UTF_8)) {
                throw new Problem(new Node.Location(1, 1), "", "the file is " + bom.getCharsetName()
                        + " text; project files are UTF-8");
            }
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = new String(body, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new Problem(new Node.Location(line, column), "", String.format(
                    "the file is not UTF-8 text: byte 0x%02X is not part of a UTF-8 character", body[in.position()]));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** What went wrong, without repeating the (possibly temporary) file name. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
