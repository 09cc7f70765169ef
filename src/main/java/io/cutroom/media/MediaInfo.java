package io.cutroom.media;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import io.cutroom.model.Rational;

/**
 * What ffprobe says about a media file.
 *
 * @param path           the file as it was asked for
 * @param sizeBytes      its size when probed
 * @param modifiedMillis its modification time when probed
 * @param container      ffprobe's format name, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2} or {@code wav}
 * @param duration       the container's duration, exact as ffprobe prints it ({@code 4.504000} is 563/125)
 * @param video          the first video stream that is not cover art
 * @param audio          the first audio stream
 */
public record MediaInfo(Path path, long sizeBytes, long modifiedMillis, String container, Rational duration,
                        Optional<VideoInfo> video, Optional<AudioInfo> audio) {

    public MediaInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
    }

    public boolean hasAudio() {
        return audio.isPresent();
    }

    public boolean hasVideo() {
        return video.isPresent();
    }

    /** The same facts about the same file reached by another path. */
    MediaInfo withPath(Path other) {
        return new MediaInfo(other, sizeBytes, modifiedMillis, container, duration, video, audio);
    }
}
