package io.cutroom.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cutroom.model.Rational;

/** Reading ffprobe's JSON, by value: the cases that tiny generated media cannot easily show. */
class ProbeJsonTest {

    private static final Path FILE = Path.of("clips/a.mp4");

    @Test
    void takesDurationsExactlyAsPrinted() throws Exception {
        MediaInfo info = read("""
                {"format": {"format_name": "mov,mp4", "duration": "4.504000"},
                 "streams": [{"index": 0, "codec_type": "video", "codec_name": "h264", "width": 1280, "height": 720,
                              "r_frame_rate": "30000/1001", "avg_frame_rate": "30000/1001", "pix_fmt": "yuv420p",
                              "duration": "4.471133"}]}""");
        assertThat(info.duration()).isEqualTo(Rational.of(563, 125));
        assertThat(info.video().orElseThrow().duration()).isEqualTo(Rational.of(4471133, 1000000));
        assertThat(info.video().orElseThrow().frameRate()).isEqualTo(Rational.of(30000, 1001));
    }

    @Test
    void fallsBackToMatroskaDurationTagsAndStreamDurations() throws Exception {
        MediaInfo info = read("""
                {"format": {"format_name": "matroska,webm"},
                 "streams": [{"index": 0, "codec_type": "audio", "codec_name": "opus", "sample_rate": "48000",
                              "channels": 2, "tags": {"DURATION": "00:00:04.504000000"}}]}""");
        assertThat(info.duration()).isEqualTo(Rational.of(563, 125));
        assertThat(info.audio()).contains(new AudioInfo("opus", 48000, 2, Rational.of(563, 125)));
    }

    @ParameterizedTest(name = "ffprobe rotation {0} -> {1} clockwise")
    @CsvSource({"-90, 90", "90, 270", "180, 180", "-180, 180", "0, 0", "-89.98, 90", "270, 90"})
    void turnsTheDisplayMatrixIntoClockwiseQuarterTurns(String ffprobeRotation, int clockwise) throws Exception {
        MediaInfo info = read("""
                {"format": {"duration": "1.0"},
                 "streams": [{"index": 0, "codec_type": "video", "width": 64, "height": 36, "r_frame_rate": "24/1",
                              "side_data_list": [{"side_data_type": "Display Matrix", "rotation": %s}]}]}"""
                .formatted(ffprobeRotation));
        assertThat(info.video().orElseThrow().rotation()).isEqualTo(clockwise);
    }

    @Test
    void readsTheOldRotateTag() throws Exception {
        MediaInfo info = read("""
                {"format": {"duration": "1.0"},
                 "streams": [{"index": 0, "codec_type": "video", "width": 64, "height": 36, "r_frame_rate": "24/1",
                              "tags": {"rotate": "270"}}]}""");
        assertThat(info.video().orElseThrow().rotation()).isEqualTo(270);
    }

    @Test
    void treatsUnknownAspectAndAverageRateAsPlain() throws Exception {
        VideoInfo video = read("""
                {"format": {"duration": "1.0"},
                 "streams": [{"index": 0, "codec_type": "video", "codec_name": "prores", "width": 1440, "height": 1080,
                              "sample_aspect_ratio": "0:1", "r_frame_rate": "25/1", "avg_frame_rate": "0/0",
                              "pix_fmt": "yuv422p10le"}]}""").video().orElseThrow();
        assertThat(video.sampleAspect()).isEqualTo(Rational.of(1));
        assertThat(video.averageFrameRate()).isEqualTo(Rational.of(25));
        assertThat(video.bitDepth()).isEqualTo(10);
        assertThat(video.displayWidth()).isEqualTo(1440);
    }

    @Test
    void combinesSampleAspectWithRotation() {
        VideoInfo anamorphicUpright = new VideoInfo("h264", 1440, 1080, Rational.of(4, 3), 270, "yuv420p", 8,
                Rational.of(24), Rational.of(24), false, Rational.of(1));
        assertThat(anamorphicUpright.displayWidth()).isEqualTo(1080);
        assertThat(anamorphicUpright.displayHeight()).isEqualTo(1920);
    }

    @ParameterizedTest(name = "{0} -> {1} bits")
    @CsvSource({"yuv420p, 8", "yuv420p10le, 10", "p010le, 10", "yuv444p12le, 12", "rgb48le, 16", "gbrpf32le, 32",
            "nv12, 8", "bgra, 8"})
    void knowsBitDepthsOfPixelFormats(String pixelFormat, int bits) {
        assertThat(PixelFormats.bitDepth(pixelFormat, 0)).isEqualTo(bits);
    }

    @Test
    void usesTheFallbackForUnknownPixelFormats() {
        assertThat(PixelFormats.bitDepth("not_a_format", 10)).isEqualTo(10);
        assertThat(PixelFormats.bitDepth("", 0)).isZero();
    }

    @Test
    void detectsVariableFrameRateFromSortedTimestamps() throws Exception {
        // B-frame order (0, 1024, 512 …) is fine; 1 ms jitter of 30000/1001 in Matroska is fine
        assertThat(vfr("0, 1024, 512, 1536, 2048, 3072, 2560")).isFalse();
        assertThat(vfr("0, 33, 67, 100, 133, 167, 200")).isFalse();
        assertThat(vfr("0, 512, 1024, 1536, 3072, 4608")).isTrue();
        assertThat(vfr("0, 1000, 2001")).isFalse();
        assertThat(vfr("0")).isFalse();
    }

    @Test
    void skipsCoverArtAndNamesFilesWithoutStreamsOrDuration() {
        assertThatThrownBy(() -> read("""
                {"format": {"duration": "1.0"},
                 "streams": [{"index": 0, "codec_type": "video", "disposition": {"attached_pic": 1}},
                             {"index": 1, "codec_type": "subtitle"}]}"""))
                .isInstanceOf(MediaException.class)
                .hasMessage("clips/a.mp4: has no audio or video stream");
        assertThatThrownBy(() -> read("""
                {"format": {"format_name": "png_pipe"},
                 "streams": [{"index": 0, "codec_type": "video", "width": 64, "height": 36, "r_frame_rate": "25/1"}]}"""))
                .isInstanceOf(MediaException.class)
                .hasMessage("clips/a.mp4: ffprobe reports no duration (a still image?)");
    }

    private static boolean vfr(String pts) throws Exception {
        StringBuilder packets = new StringBuilder("[");
        for (String p : pts.split(",\\s*")) {
            packets.append(packets.length() > 1 ? "," : "")
                    .append("{\"stream_index\": 0, \"pts\": ").append(p).append("},")
                    .append("{\"stream_index\": 1, \"pts\": ").append(Long.parseLong(p) * 7).append('}');
        }
        return ProbeJson.variableFrameRate(0, new ObjectMapper().readTree(packets.append(']').toString()));
    }

    private static MediaInfo read(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        return ProbeJson.read(FILE, 1000, 2000, root);
    }
}
