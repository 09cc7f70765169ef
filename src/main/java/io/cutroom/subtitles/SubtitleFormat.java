package io.cutroom.subtitles;

import java.util.Locale;
import java.util.Optional;

/** The subtitle file formats Cutroom reads and writes. */
public enum SubtitleFormat {

    /** SubRip ({@code .srt}). */
    SRT("srt", "SubRip"),
    /** WebVTT ({@code .vtt}). */
    VTT("vtt", "WebVTT"),
    /** Advanced SubStation Alpha ({@code .ass}); SubStation Alpha ({@code .ssa}) is read the same way. */
    ASS("ass", "ASS");

    private final String extension;
    private final String displayName;

    SubtitleFormat(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format's usual name: SubRip, WebVTT, ASS. */
    public String displayName() {
        return displayName;
    }

    /** The format a file name's extension names ({@code .srt}, {@code .vtt}, {@code .ass}, {@code .ssa}). */
    public static Optional<SubtitleFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "srt" -> Optional.of(SRT);
            case "vtt", "webvtt" -> Optional.of(VTT);
            case "ass", "ssa" -> Optional.of(ASS);
            default -> Optional.empty();
        };
    }

    /** The format the text looks like: a {@code WEBVTT} signature, an ASS section, else SubRip. */
    public static SubtitleFormat sniff(String text) {
        String head = text.stripLeading();
        if (head.startsWith("WEBVTT")) {
            return VTT;
        }
        String lower = head.substring(0, Math.min(head.length(), 4096)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("[script info]") || lower.contains("\n[events]") || lower.contains("\ndialogue:")) {
            return ASS;
        }
        return SRT;
    }
}
