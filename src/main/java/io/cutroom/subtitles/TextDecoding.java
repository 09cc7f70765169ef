package io.cutroom.subtitles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a subtitle file's bytes into text. The encoding is, in this order: the one a byte-order
 * mark says (UTF-8, UTF-16 or UTF-32); the one the caller gives; UTF-16 or UTF-32 without a mark
 * when the zero bytes fall where those encodings put them (timestamps are ASCII, so every file has
 * some); UTF-8 when the bytes are valid UTF-8; else the legacy encoding Mozilla's detector judges
 * from the text's byte statistics (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, Windows-1251, KOI8-R,
 * Windows-1253, Windows-1255 …); else Windows-1252, the usual legacy encoding of subtitles in
 * Western languages. Bytes that are not valid in the encoding and NUL characters become U+FFFD,
 * reported by line.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final int SAMPLE = 64 * 1024;
    private static final int LEGACY_SAMPLE = 1024 * 1024;
    private static final int MIN_BEYOND_ASCII = 8;
    /** The Windows code pages that extend an ISO-8859 part with printable characters in 0x80–0x9F. */
    private static final Map<String, String> WINDOWS_OF_ISO = Map.of("ISO-8859-2", "windows-1250", "ISO-8859-5",
            "windows-1251", "ISO-8859-7", "windows-1253", "ISO-8859-8", "windows-1255", "ISO-8859-9", "windows-1254");

    /** The text, the encoding used, and what could not be decoded. */
    record Decoded(String text, SubtitleFile.Encoding encoding, List<ReadProblem> problems) {
    }

    private TextDecoding() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param given the encoding the user names, or null to detect it
     */
    static Decoded decode(byte[] bytes, Charset given) {
        List<ReadProblem> problems = new ArrayList<>();
        Optional<ByteOrderMark> bom = bom(bytes);
        SubtitleFile.Encoding encoding;
        int skip = 0;
        if (bom.isPresent()) {
            Charset charset = Charset.forName(bom.get().getCharsetName());
            encoding = new SubtitleFile.Encoding(charset, SubtitleFile.Source.BYTE_ORDER_MARK);
            skip = bom.get().length();
            if (given != null && !given.equals(charset)) {
                problems.add(new ReadProblem(1, "the file starts with a " + charset.name()
                        + " byte-order mark; read as " + charset.name() + ", not " + given.name()));
            }
        } else if (given != null) {
            encoding = new SubtitleFile.Encoding(given, SubtitleFile.Source.GIVEN);
        } else {
            encoding = new SubtitleFile.Encoding(detect(bytes), SubtitleFile.Source.DETECTED);
        }
        String text = replaceNuls(decode(bytes, skip, encoding.charset(), problems), problems);
        if (encoding.source() == SubtitleFile.Source.DETECTED && encoding.charset().equals(WINDOWS_1252)) {
            implausible(text).ifPresent(sample -> problems.add(new ReadProblem(lineAt(text, text.indexOf(sample)),
                    "the file is not UTF-8 and was read as Windows-1252, but text such as '" + sample
                            + "' suggests another encoding; if it reads wrong, name the encoding (such as"
                            + " windows-1251, GB18030, Big5, Shift_JIS or EUC-KR)")));
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Decoded(text, encoding, problems);
    }

    private static Optional<ByteOrderMark> bom(byte[] bytes) {
        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(bytes))
                .setByteOrderMarks(ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE, ByteOrderMark.UTF_8,
                        ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .get()) {
            return Optional.ofNullable(in.getBOM());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to read
        }
    }

    /** The encoding of text without a byte-order mark. */
    static Charset detect(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~3;
        int[] zeros = new int[4];
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                zeros[i & 3]++;
            }
        }
        int units = n / 4;
        if (units > 0) {
            if (zeros[2] + zeros[3] >= 1.8 * units && zeros[0] < 0.1 * units && valid(bytes, UTF_32LE)) {
                return UTF_32LE;
            }
            if (zeros[0] + zeros[1] >= 1.8 * units && zeros[3] < 0.1 * units && valid(bytes, UTF_32BE)) {
                return UTF_32BE;
            }
            int pairs = n / 2;
            int odd = zeros[1] + zeros[3];
            int even = zeros[0] + zeros[2];
            if (odd >= 0.3 * pairs && even < 0.05 * pairs && valid(bytes, StandardCharsets.UTF_16LE)) {
                return StandardCharsets.UTF_16LE;
            }
            if (even >= 0.3 * pairs && odd < 0.05 * pairs && valid(bytes, StandardCharsets.UTF_16BE)) {
                return StandardCharsets.UTF_16BE;
            }
        }
        return valid(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : legacy(bytes);
    }

    /**
     * The legacy encoding of text that is not UTF-8, as the detector judges it; Windows-1252 when it
     * cannot tell, or when there are too few bytes beyond ASCII for its judgement to mean anything
     * (it takes two Chinese characters for Thai).
     */
    private static Charset legacy(byte[] bytes) {
        int beyondAscii = 0;
        for (byte b : bytes) {
            beyondAscii += b < 0 ? 1 : 0;
        }
        if (beyondAscii < MIN_BEYOND_ASCII) {
            return WINDOWS_1252;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, LEGACY_SAMPLE));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return WINDOWS_1252;
        }
        Charset charset = Charset.forName(name);
        boolean western = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.UTF_8);
        if (western) {
            return WINDOWS_1252;
        }
        if (charset.name().equals("x-MacCyrillic") && !hasC1(bytes)) {
            // the two share the lower case; Mac puts its capitals at 0x80–0x9F, where Windows-1251 has none
            return Charset.forName("windows-1251");
        }
        String windows = WINDOWS_OF_ISO.get(charset.name());
        return windows != null && looksWindows(bytes) ? Charset.forName(windows) : charset;
    }

    private static boolean hasC1(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text the detector judged ISO-8859 was written in the Windows code page of its script:
     * it has bytes 0x80–0x9F (control codes in ISO-8859, quotes, dashes and € in Windows), or 0xA2
     * starting a word (Windows-1253's Ά; ISO-8859-7 puts a closing quote there).
     */
    private static boolean looksWindows(byte[] bytes) {
        if (hasC1(bytes)) {
            return true;
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0xA2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) >= 0xC1
                    && (i == 0 || bytes[i - 1] == ' ' || bytes[i - 1] == '\n' || bytes[i - 1] == '>')) {
                return true;
            }
        }
        return false;
    }

    private static boolean valid(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Decodes, replacing bad bytes with U+FFFD and reporting the lines where that happened. */
    private static String decode(byte[] bytes, int skip, Charset charset, List<ReadProblem> problems) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        List<Integer> bad = new ArrayList<>();
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                r = decoder.flush(out);
                if (r.isUnderflow()) {
                    break;
                }
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            } else if (r.isError()) {
                bad.add(out.position());
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            }
        }
        out.flip();
        String text = out.toString();
        for (int line : linesOf(text, bad)) {
            problems.add(new ReadProblem(line, "bytes that are not valid " + charset.name()
                    + " were replaced by \uFFFD"));
        }
        return text;
    }

    private static String replaceNuls(String text, List<ReadProblem> problems) {
        if (text.indexOf('\0') < 0) {
            return text;
        }
        List<Integer> nuls = new ArrayList<>();
        for (int i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) {
            nuls.add(i);
        }
        for (int line : linesOf(text, nuls)) {
            problems.add(new ReadProblem(line, "NUL characters were replaced by \uFFFD"));
        }
        return text.replace('\0', '\uFFFD');
    }

    /**
     * A run of three or more non-ASCII letters in a row, which Western text in Windows-1252 seldom
     * has and CJK or Cyrillic text misread as Windows-1252 has everywhere; empty when the text has
     * few of them.
     */
    private static Optional<String> implausible(String text) {
        int nonAscii = 0;
        int inRuns = 0;
        String first = null;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && text.charAt(j) >= 0x80) {
                j++;
            }
            nonAscii += j - i;
            if (j - i >= 3) {
                inRuns += j - i;
                if (first == null) {
                    first = text.substring(i, Math.min(j, i + 12));
                }
            }
            i = j;
        }
        return nonAscii >= 6 && inRuns * 2 >= nonAscii ? Optional.of(first) : Optional.empty();
    }

    /** The line (from 1) of character {@code pos}; LF, CRLF and a lone CR each end a line. */
    static int lineAt(String text, int pos) {
        return linesOf(text, List.of(pos)).first();
    }

    /** The lines of the characters at {@code positions} (ascending), in one pass over the text. */
    private static TreeSet<Integer> linesOf(String text, List<Integer> positions) {
        TreeSet<Integer> lines = new TreeSet<>();
        int line = 1;
        int i = 0;
        for (int pos : positions) {
            for (; i < pos && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                }
            }
            lines.add(line);
        }
        return lines;
    }
}
