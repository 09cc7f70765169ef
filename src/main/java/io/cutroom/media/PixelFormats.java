package io.cutroom.media;

import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.global.avutil;

/** Bits per component of a pixel format, from libavutil's own descriptors (via JavaCV). */
final class PixelFormats {

    private PixelFormats() {
    }

    /**
     * The largest component depth of {@code name} ({@code yuv420p} → 8, {@code yuv420p10le} → 10,
     * {@code rgb48le} → 16), or {@code fallback} when libavutil does not know the name.
     */
    static int bitDepth(String name, int fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        try {
            int format = avutil.av_get_pix_fmt(name);
            if (format < 0) {
                return fallback;
            }
            AVPixFmtDescriptor descriptor = avutil.av_pix_fmt_desc_get(format);
            int depth = 0;
            for (int i = 0; i < descriptor.nb_components(); i++) {
                depth = Math.max(depth, descriptor.comp(i).depth());
            }
            return depth;
        } catch (LinkageError e) {
            return fallback; // JavaCV's natives are missing on this platform
        }
    }
}
