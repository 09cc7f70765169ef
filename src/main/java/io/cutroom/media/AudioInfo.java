package io.cutroom.media;

import java.util.Objects;

import io.cutroom.model.Rational;

/**
 * An audio stream as ffprobe reports it.
 *
 * @param codec      codec name, e.g. {@code aac}, {@code pcm_s16le}, {@code mp3}
 * @param sampleRate samples per second
 * @param channels   number of channels
 * @param duration   the stream's duration (the container's when the stream has none)
 */
public record AudioInfo(String codec, int sampleRate, int channels, Rational duration) {

    public AudioInfo {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(duration, "duration");
    }
}
