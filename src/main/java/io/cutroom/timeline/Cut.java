package io.cutroom.timeline;

import io.cutroom.model.Format;
import io.cutroom.model.FrameRange;
import io.cutroom.model.SubtitleStyle;
import java.nio.file.Path;
import java.util.List;

/**
 * An episode resolved to flat, absolute events: the input of render planning. Video and
 * subtitles are in frames at the format's rate; audio and music in samples at its sample rate,
 * where frame {@code f} starts at sample {@code format.frameRate().sampleAt(f, sampleRate)}.
 *
 * @param lut absolute path of the style's {@code .cube} LUT, applied to every clip, or null
 * @param subtitleFont absolute path of the style's subtitle font, or null to find one
 */
public record Cut(
        String episodeId,
        String title,
        Format format,
        long durationFrames,
        List<SceneSpan> scenes,
        List<VideoEvent> video,
        List<AudioEvent> audio,
        List<MusicEvent> music,
        List<SubtitleEvent> subtitles,
        Path lut,
        SubtitleStyle subtitleStyle,
        Path subtitleFont) {

    public Cut {
        scenes = List.copyOf(scenes);
        video = List.copyOf(video);
        audio = List.copyOf(audio);
        music = List.copyOf(music);
        subtitles = List.copyOf(subtitles);
    }

    /** The sample at which frame {@code frame} starts. */
    public long sampleAt(long frame) {
        return format.frameRate().sampleAt(frame, format.sampleRate());
    }

    public long durationSamples() {
        return sampleAt(durationFrames);
    }

    public FrameRange range() {
        return new FrameRange(0, durationFrames);
    }
}
