package io.cutroom.interchange;

import io.cutroom.interchange.FountainScript.TitleField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a screenplay written in Fountain (fountain.io): the title page, scene headings (also forced
 * with {@code .}, with scene numbers {@code #12#}), action (also forced with {@code !}), character
 * cues (also forced with {@code @}, with extensions such as {@code (V.O.)} and dual dialogue
 * {@code ^}), dialogue, parentheticals, lyrics {@code ~}, transitions (also forced with {@code >}),
 * centered text {@code >…<}, sections {@code #}, synopses {@code =}, notes {@code [[…]]}, boneyard
 * {@code /*…*}{@code /}, page breaks {@code ===} and emphasis. The text is UTF-8 (or UTF-16/32 with
 * a byte order mark), with any line ends.
 *
 * <p>Choices where the syntax leaves room: a scene heading needs a blank line before it (not after
 * it, so action may follow at once); a character cue is a line with a letter and no lower-case
 * letter, after a blank line and before a non-blank one — scripts without upper and lower case
 * (Chinese, Japanese, Hebrew …) force their cues with {@code @}; a line of two spaces keeps a
 * paragraph or a block of dialogue going.
 */
public final class FountainParser {

    private static final Pattern HEADING = Pattern.compile("^(?:INT\\.?/EXT|I\\.?/E|INT|EXT|EST)[.\\s]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCENE_NUMBER = Pattern.compile("\\s*#([\\p{L}\\p{N}.\\-]+)#$");
    private static final Pattern TITLE_KEY = Pattern.compile("^([^\\s:][^:]*):(.*)$");
    private static final Set<String> FIRST_KEYS = Set.of("title", "credit", "author", "authors", "source",
            "draft date", "date", "contact", "copyright", "notes", "revision", "episode", "series");
    private static final Pattern PAGE_BREAK = Pattern.compile("^={3,}$");
    private static final Pattern[] EMPHASIS = {
        Pattern.compile("\\*{3}(?=\\S)(.+?)(?<=\\S)\\*{3}"),
        Pattern.compile("\\*{2}(?=\\S)(.+?)(?<=\\S)\\*{2}"),
        Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*"),
        Pattern.compile("_(?=\\S)(.+?)(?<=\\S)_"),
    };
    /** Notes are replaced by one character each from this private-use range while the lines are read. */
    private static final char FIRST_NOTE = '\uE000';
    private static final char LAST_NOTE = '\uF8FC';
    /** Stands where boneyard was left out of a line, so that the words around it keep one space. */
    private static final char BONEYARD = '\uF8FD';
    private static final char ESCAPED_STAR = '\uF8FE';
    private static final char ESCAPED_UNDERSCORE = '\uF8FF';

    private final String name;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> sourceLines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<TitleField> titlePage = new ArrayList<>();
    private final List<ScriptElement> elements = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private FountainParser(String name) {
        this.name = name;
    }

    /**
     * Reads a Fountain file.
     *
     * @throws ScriptException naming the file when it cannot be read or is not UTF-8 text
     */
    public static FountainScript read(Path file) throws ScriptException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScriptException(file + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ScriptException(file + ": cannot read the script: permission denied");
        } catch (IOException e) {
            throw new ScriptException(file + ": cannot read the script: " + (Files.isDirectory(file) ? "it is a folder"
                    : e.getMessage()));
        }
        return parse(bytes, file.getFileName().toString());
    }

    /**
     * Reads a Fountain script from its bytes: UTF-8, or what its byte order mark says.
     *
     * @param name the file's name, for messages
     * @throws ScriptException when the bytes are not text in that encoding
     */
    public static FountainScript parse(byte[] bytes, String name) throws ScriptException {
        String text;
        try (BOMInputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE,
                        ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE)
                .get()) {
            Charset charset = in.hasBOM() ? Charset.forName(in.getBOMCharsetName()) : StandardCharsets.UTF_8;
            text = decode(in, charset, name);
        } catch (IOException e) {
            throw new ScriptException(name + ": cannot read the script: " + e.getMessage());
        }
        return parse(text, name);
    }

    /** Reads a Fountain script from its text; {@code name} names it in problems. */
    public static FountainScript parse(String text, String name) {
        FountainParser p = new FountainParser(name);
        p.strip(text.startsWith("\uFEFF") ? text.substring(1) : text);
        p.elements(p.titlePage());
        return new FountainScript(p.titlePage, p.elements, p.problems);
    }

    private static String decode(InputStream in, Charset charset, String name) throws IOException, ScriptException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptException(name + ": is not " + charset.name() + " text; save the script as UTF-8");
        }
    }

    // ---------------------------------------------------------------- boneyard and notes

    /**
     * Splits the text into lines, leaving out the boneyard and putting one private-use character in
     * place of each note, and remembers the line of the script each line starts on.
     */
    private void strip(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace("\\*", String.valueOf(ESCAPED_STAR)).replace("\\_", String.valueOf(ESCAPED_UNDERSCORE));
        StringBuilder line = new StringBuilder();
        int lineNo = 1;
        int startLine = 1;
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) {
                    problems.add(where(lineNo) + "'/*' is never closed with '*/', so the rest of the script is boneyard,"
                            + " left out");
                    break;
                }
                lineNo += count(s, i, end);
                line.append(BONEYARD);
                i = end + 2;
                continue;
            }
            if (s.startsWith("[[", i)) {
                int end = s.indexOf("]]", i + 2);
                if (end >= 0 && !s.substring(i, end).matches("(?s).*\\n[ \\t]*\\n.*")
                        && FIRST_NOTE + notes.size() <= LAST_NOTE) {
                    line.append((char) (FIRST_NOTE + notes.size()));
                    notes.add(String.join("\n", s.substring(i + 2, end).strip().lines().map(String::strip).toList()));
                    lineNo += count(s, i, end);
                    i = end + 2;
                    continue;
                }
                if (end < 0) {
                    problems.add(where(lineNo) + "'[[' is never closed with ']]', so it is read as text");
                }
            }
            char c = s.charAt(i++);
            if (c == '\n') {
                addLine(line, startLine);
                line.setLength(0);
                startLine = ++lineNo;
            } else {
                line.append(c);
            }
        }
        addLine(line, startLine);
    }

    /** Adds a line; one that held only boneyard becomes empty. */
    private void addLine(StringBuilder line, int sourceLine) {
        String l = line.toString();
        lines.add(l.indexOf(BONEYARD) >= 0 && l.replace(String.valueOf(BONEYARD), "").isBlank() ? "" : l);
        sourceLines.add(sourceLine);
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += s.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    private String where(int line) {
        return name + ":" + line + ": ";
    }

    // ---------------------------------------------------------------- title page

    /** Reads the title page, if the script starts with one; returns the index of the first line after it. */
    private int titlePage() {
        Matcher first = TITLE_KEY.matcher(lines.get(0));
        if (!first.matches() || !FIRST_KEYS.contains(first.group(1).strip().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        int i = 0;
        String key = null;
        List<String> value = new ArrayList<>();
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String l = lines.get(i);
            Matcher m = TITLE_KEY.matcher(l);
            if (!Character.isWhitespace(l.charAt(0)) && m.matches()) {
                addTitleField(key, value);
                key = m.group(1).strip();
                value.clear();
                if (!m.group(2).isBlank()) {
                    value.add(clean(m.group(2)));
                }
            } else {
                value.add(clean(l));
            }
        }
        addTitleField(key, value);
        return i;
    }

    private void addTitleField(String key, List<String> value) {
        if (key != null) {
            titlePage.add(new TitleField(key, String.join("\n", value)));
        }
    }

    // ---------------------------------------------------------------- the body

    private void elements(int from) {
        int i = from;
        while (i < lines.size()) {
            String raw = lines.get(i);
            String t = raw.strip();
            int line = sourceLines.get(i);
            boolean after = blank(i - 1);
            if (t.isEmpty()) {
                i++;
            } else if (isNotesOnly(t)) {
                t.chars().filter(FountainParser::isNote).forEach(c -> elements.add(new ScriptElement.Note(line, notes.get(c - FIRST_NOTE))));
                i++;
            } else if (PAGE_BREAK.matcher(t).matches()) {
                elements.add(new ScriptElement.PageBreak(line));
                i++;
            } else if (t.startsWith("!")) {
                i = action(i, t.substring(1));
            } else if (t.startsWith("@")) {
                i = dialogue(i, t.substring(1));
            } else if (t.startsWith("~")) {
                i = lyrics(i);
            } else if (t.startsWith("#")) {
                int depth = t.length() - t.replaceFirst("^#+", "").length();
                elements.add(new ScriptElement.Section(line, depth, clean(t.substring(depth))));
                i++;
            } else if (t.startsWith("=")) {
                elements.add(new ScriptElement.Synopsis(line, clean(t.substring(1))));
                i++;
            } else if (t.length() > 1 && t.charAt(0) == '.' && Character.isLetterOrDigit(t.codePointAt(1))) {
                heading(line, t.substring(1));
                i++;
            } else if (t.startsWith(">") && t.endsWith("<") && t.length() > 1) {
                elements.add(new ScriptElement.Centered(line, clean(t.substring(1, t.length() - 1))));
                i++;
            } else if (t.startsWith(">")) {
                elements.add(new ScriptElement.Transition(line, clean(t.substring(1))));
                i++;
            } else if (after && HEADING.matcher(t).find()) {
                heading(line, t);
                i++;
            } else if (after && blank(i + 1) && raw.endsWith(" TO:") && isUpperCase(t)) {
                elements.add(new ScriptElement.Transition(line, clean(t)));
                i++;
            } else if (after && !blank(i + 1) && isCue(t)) {
                i = dialogue(i, t);
            } else {
                i = action(i, t);
            }
        }
    }

    private void heading(int line, String text) {
        Matcher m = SCENE_NUMBER.matcher(text);
        String number = m.find() ? m.group(1) : null;
        elements.add(new ScriptElement.Heading(line, clean(number == null ? text : text.substring(0, m.start())), number));
    }

    /** A paragraph of action from line {@code i} (whose text is {@code first}) to the next blank line. */
    private int action(int i, String first) {
        List<String> text = new ArrayList<>();
        text.add(clean(first));
        int j = i + 1;
        for (; !endsBlock(j); j++) {
            if (!isNotesOnly(lines.get(j).strip())) {
                text.add(clean(lines.get(j)));
            }
        }
        elements.add(new ScriptElement.Action(sourceLines.get(i), String.join("\n", text).strip()));
        return j;
    }

    /** Consecutive lyric lines from line {@code i}. */
    private int lyrics(int i) {
        List<String> text = new ArrayList<>();
        int j = i;
        for (; j < lines.size() && lines.get(j).strip().startsWith("~"); j++) {
            text.add(clean(lines.get(j).strip().substring(1)));
        }
        elements.add(new ScriptElement.Lyrics(sourceLines.get(i), String.join("\n", text)));
        return j;
    }

    /** A character cue on line {@code i} (its text {@code cue}, without a forcing {@code @}) and its block of dialogue. */
    private int dialogue(int i, String cue) {
        String c = cue.strip();
        boolean dual = c.endsWith("^");
        if (dual) {
            c = c.substring(0, c.length() - 1).strip();
        }
        int paren = c.indexOf('(');
        String nameText = paren < 0 ? c : c.substring(0, paren);
        String extension = paren < 0 ? null : clean(c.substring(paren).replaceAll("[()]", " ").replaceAll("\\s+", " "));
        elements.add(new ScriptElement.Character(sourceLines.get(i), clean(nameText), extension, dual));
        int j = i + 1;
        List<String> spoken = new ArrayList<>();
        int spokenLine = 0;
        while (!endsBlock(j)) {
            String t = lines.get(j).strip();
            if (isNotesOnly(t)) {
                j++;
                continue;
            }
            boolean parenthetical = t.startsWith("(") && t.endsWith(")");
            if (parenthetical || t.startsWith("~")) {
                flushDialogue(spoken, spokenLine);
                if (parenthetical) {
                    elements.add(new ScriptElement.Parenthetical(sourceLines.get(j), clean(t)));
                    j++;
                } else {
                    j = lyrics(j);
                }
                continue;
            }
            if (spoken.isEmpty()) {
                spokenLine = sourceLines.get(j);
            }
            spoken.add(clean(t));
            j++;
        }
        flushDialogue(spoken, spokenLine);
        return j;
    }

    private void flushDialogue(List<String> spoken, int line) {
        if (!spoken.isEmpty()) {
            elements.add(new ScriptElement.Dialogue(line, String.join("\n", spoken).strip()));
            spoken.clear();
        }
    }

    /** Whether line {@code i} is blank or outside the script (a line of two spaces is not blank). */
    private boolean blank(int i) {
        return i < 0 || i >= lines.size() || lines.get(i).isBlank();
    }

    /** Whether a paragraph or block ends before line {@code i}: at a blank line that is not two spaces. */
    private boolean endsBlock(int i) {
        return blank(i) && (i >= lines.size() || !lines.get(i).matches(" {2,}"));
    }

    /** Whether {@code t} holds a note and nothing else but boneyard and spaces. */
    private static boolean isNotesOnly(String t) {
        return t.chars().anyMatch(FountainParser::isNote)
                && t.chars().allMatch(c -> isNote(c) || c == BONEYARD || Character.isWhitespace(c));
    }

    private static boolean isNote(int c) {
        return c >= FIRST_NOTE && c <= LAST_NOTE;
    }

    /** Whether {@code t} is a character cue: a name with a letter and no lower-case letter, then extensions. */
    private static boolean isCue(String t) {
        String c = t.endsWith("^") ? t.substring(0, t.length() - 1) : t;
        int paren = c.indexOf('(');
        String name = (paren < 0 ? c : c.substring(0, paren)).strip();
        return !name.isEmpty() && isUpperCase(name) && (paren < 0 || c.strip().endsWith(")"));
    }

    /** Whether {@code t} has an upper-case letter and no lower-case one. */
    private static boolean isUpperCase(String t) {
        return t.codePoints().anyMatch(Character::isUpperCase) && t.codePoints().noneMatch(Character::isLowerCase);
    }

    /** The text without notes and emphasis marks, escapes resolved, trimmed. */
    private static String clean(String text) {
        String s = text.replaceAll(" *[" + FIRST_NOTE + "-" + BONEYARD + "]+ *", " ");
        for (Pattern p : EMPHASIS) {
            s = p.matcher(s).replaceAll("$1");
        }
        return s.replace(ESCAPED_STAR, '*').replace(ESCAPED_UNDERSCORE, '_').strip();
    }
}
