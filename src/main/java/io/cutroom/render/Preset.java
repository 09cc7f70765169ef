package io.cutroom.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An encoder recipe for one delivery target, read from a {@code presets/*.json} file: container,
 * codecs and their options, an optional size, the loudness target and how subtitles ship. What
 * the episode <em>is</em> (frame rate, shape) stays in the project's format.
 *
 * @param width output width, or 0 to derive it from the height and the project's aspect
 * @param height output height, or 0 to derive it from the width (both 0: the project's size)
 */
public record Preset(
        String name,
        String description,
        Container container,
        int width,
        int height,
        Video video,
        Audio audio,
        Loudness loudness,
        SubtitleMode subtitles) {

    private static final Pattern CODEC = Pattern.compile("[a-z0-9_]+");
    private static final Pattern OPTION = Pattern.compile("[a-z0-9_]+(:[a-z])?");

    public enum Container {
        MP4("mp4", "mp4"), MOV("mov", "mov"), MKV("mkv", "matroska");

        private final String extension;
        private final String muxer;

        Container(String extension, String muxer) {
            this.extension = extension;
            this.muxer = muxer;
        }

        public String extension() {
            return extension;
        }

        /** The name FFmpeg's {@code -f} takes. */
        public String muxer() {
            return muxer;
        }

        /** The codec of the soft subtitle track. */
        public String subtitleCodec() {
            return this == MKV ? "srt" : "mov_text";
        }
    }

    /** How subtitles ship: a soft track (plus sidecars), burned into the picture, or not at all. */
    public enum SubtitleMode { SOFT, BURN, NONE }

    /** @param options encoder options passed as {@code -key value}, in file order */
    public record Video(String codec, String pixelFormat, Map<String, String> options) {
        public Video {
            checkCodec(codec, "video.codec");
            checkCodec(pixelFormat, "video.pixelFormat");
            options = checkOptions(options, "video.options");
        }
    }

    /**
     * @param bitrate e.g. {@code 192k}, or null for codecs without one (PCM)
     * @param sampleRate output sample rate, or 0 for the project's
     */
    public record Audio(String codec, String bitrate, int sampleRate) {
        public Audio {
            checkCodec(codec, "audio.codec");
            if (bitrate != null && !bitrate.matches("[0-9]+[kM]?")) {
                throw new IllegalArgumentException("audio.bitrate: expected a bitrate such as 192k, got '" + bitrate + "'");
            }
            if (sampleRate != 0 && (sampleRate < 8000 || sampleRate > 192000)) {
                throw new IllegalArgumentException("audio.sampleRate: expected 8000..192000, got " + sampleRate);
            }
        }
    }

    /**
     * The loudness target ({@link Normalisation}): integrated loudness (LUFS) and the true-peak
     * ceiling (dBTP) the sound is normalised to, and the widest loudness range (LU) the mix is
     * expected to have; a wider one is kept (never compressed) and reported.
     */
    public record Loudness(double integrated, double truePeak, double range) {
        public Loudness {
            if (integrated < -70 || integrated > -5) {
                throw new IllegalArgumentException("loudness.integrated: expected -70..-5 LUFS, got " + integrated);
            }
            if (truePeak < -9 || truePeak > 0) {
                throw new IllegalArgumentException("loudness.truePeak: expected -9..0 dBTP, got " + truePeak);
            }
            if (range < 1 || range > 50) {
                throw new IllegalArgumentException("loudness.range: expected 1..50 LU, got " + range);
            }
        }
    }

    public Preset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(loudness, "loudness");
        Objects.requireNonNull(subtitles, "subtitles");
        if (width < 0 || height < 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even and not negative, got "
                    + width + "x" + height);
        }
    }

    /** The output size for a project of {@code projectWidth} x {@code projectHeight}. */
    public int[] size(int projectWidth, int projectHeight) {
        if (width > 0 && height > 0) {
            return new int[] {width, height};
        }
        if (height > 0) {
            return new int[] {even((double) height * projectWidth / projectHeight), height};
        }
        if (width > 0) {
            return new int[] {width, even((double) width * projectHeight / projectWidth)};
        }
        return new int[] {projectWidth, projectHeight};
    }

    public Preset withSubtitles(SubtitleMode mode) {
        return new Preset(name, description, container, width, height, video, audio, loudness, mode);
    }

    private static int even(double v) {
        return (int) Math.round(v / 2) * 2;
    }

    private static void checkCodec(String value, String field) {
        if (value == null || !CODEC.matcher(value).matches()) {
            throw new IllegalArgumentException(field + ": expected a name such as libx264, got '" + value + "'");
        }
    }

    private static Map<String, String> checkOptions(Map<String, String> options, String field) {
        Map<String, String> copy = new LinkedHashMap<>();
        options.forEach((k, v) -> {
            if (!OPTION.matcher(k).matches()) {
                throw new IllegalArgumentException(field + ": '" + k + "' is not an encoder option name");
            }
            if (v == null || v.isBlank() || v.startsWith("-") && !v.matches("-?[0-9.]+")) {
                throw new IllegalArgumentException(field + "." + k + ": '" + v + "' is not a valid value");
            }
            copy.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
