package io.cutroom.media;

import static io.cutroom.testing.TestMedia.make;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cutroom.model.Rational;

/** Probes tiny files made by the bundled ffmpeg (64x36 to 320x180, at most two seconds). */
class MediaProbeTest {

    @TempDir
    static Path dir;

    static Path clip;
    static Path silent;

    private final MediaProbe probe = new MediaProbe(TestMedia.ffmpeg(), ProbeCache.none());

    @BeforeAll
    static void makeClips() throws Exception {
        clip = make("-f", "lavfi", "-i", "testsrc2=s=320x180:r=24:d=0.5", "-f", "lavfi", "-i", "sine=r=48000:d=0.5",
                "-c:v", "libx264", "-c:a", "aac", "-ac", "2", dir.resolve("clip.mp4").toString());
        silent = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=25:d=0.4", "-c:v", "libx264",
                dir.resolve("silent.mp4").toString());
    }

    @Test
    void probesAClipWithPictureAndSound() throws Exception {
        MediaInfo info = probe.probe(clip);
        assertThat(info.path()).isEqualTo(clip);
        assertThat(info.sizeBytes()).isEqualTo(Files.size(clip));
        assertThat(info.modifiedMillis()).isEqualTo(Files.getLastModifiedTime(clip).toMillis());
        assertThat(info.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(info.hasVideo()).isTrue();
        assertThat(info.hasAudio()).isTrue();
        VideoInfo video = info.video().orElseThrow();
        assertThat(video).isEqualTo(new VideoInfo("h264", 320, 180, Rational.of(1), 0, "yuv420p", 8,
                Rational.of(24), Rational.of(24), false, Rational.of(1, 2)));
        assertThat(video.displayWidth()).isEqualTo(320);
        assertThat(video.displayHeight()).isEqualTo(180);
        AudioInfo audio = info.audio().orElseThrow();
        assertThat(audio.codec()).isEqualTo("aac");
        assertThat(audio.sampleRate()).isEqualTo(48000);
        assertThat(audio.channels()).isEqualTo(2);
    }

    @Test
    void probesAClipWithoutSound() throws Exception {
        MediaInfo info = probe.probe(silent);
        assertThat(info.hasAudio()).isFalse();
        assertThat(info.duration()).isEqualTo(Rational.of(2, 5));
        assertThat(info.video().orElseThrow().frameRate()).isEqualTo(Rational.of(25));
    }

    @Test
    void probesSoundWithoutPicture() throws Exception {
        Path wav = make("-f", "lavfi", "-i", "sine=r=48000:d=0.5", dir.resolve("line.wav").toString());
        Path m4a = make("-f", "lavfi", "-i", "sine=r=44100:d=0.5", "-c:a", "aac", dir.resolve("line.m4a").toString());
        Path mp3 = make("-f", "lavfi", "-i", "anullsrc=r=44100:cl=stereo", "-t", "0.5", "-c:a", "libmp3lame",
                dir.resolve("music.mp3").toString());

        MediaInfo wavInfo = probe.probe(wav);
        assertThat(wavInfo.hasVideo()).isFalse();
        assertThat(wavInfo.container()).isEqualTo("wav");
        assertThat(wavInfo.duration()).isEqualTo(Rational.of(1, 2));
        assertThat(wavInfo.audio()).contains(new AudioInfo("pcm_s16le", 48000, 1, Rational.of(1, 2)));
        assertThat(probe.probe(m4a).audio().orElseThrow().codec()).isEqualTo("aac");
        assertThat(probe.probe(m4a).hasVideo()).isFalse();
        MediaInfo mp3Info = probe.probe(mp3);
        assertThat(mp3Info.hasVideo()).isFalse();
        assertThat(mp3Info.audio().orElseThrow().codec()).isEqualTo("mp3");
        assertThat(mp3Info.audio().orElseThrow().channels()).isEqualTo(2);
    }

    @Test
    void ignoresCoverArt() throws Exception {
        Path cover = make("-f", "lavfi", "-i", "color=c=red:s=64x64:d=0.04", "-frames:v", "1",
                dir.resolve("cover.png").toString());
        Path song = make("-f", "lavfi", "-i", "sine=d=0.5", "-i", cover.toString(), "-map", "0", "-map", "1",
                "-c:a", "libmp3lame", "-c:v", "png", "-disposition:v", "attached_pic", dir.resolve("song.mp3").toString());
        MediaInfo info = probe.probe(song);
        assertThat(info.hasVideo()).isFalse();
        assertThat(info.hasAudio()).isTrue();
    }

    @Test
    void readsRotationFromTheDisplayMatrix() throws Exception {
        // -display_rotation turns counter-clockwise: -90 is a phone held upright, shown turned 90° clockwise
        Path upright = make("-display_rotation", "-90", "-i", silent.toString(), "-c", "copy",
                dir.resolve("upright.mp4").toString());
        Path upsideDown = make("-display_rotation", "180", "-i", silent.toString(), "-c", "copy",
                dir.resolve("upside-down.mp4").toString());
        VideoInfo video = probe.probe(upright).video().orElseThrow();
        assertThat(video.rotation()).isEqualTo(90);
        assertThat(video.displayWidth()).isEqualTo(36);
        assertThat(video.displayHeight()).isEqualTo(64);
        assertThat(probe.probe(upsideDown).video().orElseThrow().rotation()).isEqualTo(180);
    }

    @Test
    void readsAnamorphicSampleAspect() throws Exception {
        Path anamorphic = make("-f", "lavfi", "-i", "testsrc2=s=48x36:r=24:d=0.2", "-vf", "setsar=4/3",
                "-c:v", "libx264", dir.resolve("anamorphic.mp4").toString());
        VideoInfo video = probe.probe(anamorphic).video().orElseThrow();
        assertThat(video.sampleAspect()).isEqualTo(Rational.of(4, 3));
        assertThat(video.width()).isEqualTo(48);
        assertThat(video.displayWidth()).isEqualTo(64);
        assertThat(video.displayHeight()).isEqualTo(36);
    }

    @Test
    void readsTheBitDepthOfTenBitVideo() throws Exception {
        Path tenBit = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=0.2", "-pix_fmt", "yuv420p10le",
                "-c:v", "libx264", dir.resolve("ten-bit.mp4").toString());
        VideoInfo video = probe.probe(tenBit).video().orElseThrow();
        assertThat(video.pixelFormat()).isEqualTo("yuv420p10le");
        assertThat(video.bitDepth()).isEqualTo(10);
    }

    @Test
    void detectsVariableFrameRate() throws Exception {
        // 15 frames at 1/30 s, then 15 at 1/10 s
        Path vfr = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=30:d=1",
                "-vf", "setpts='if(lt(N,15),N/30,0.5+(N-15)/10)/TB'", "-fps_mode", "passthrough", "-c:v", "libx264",
                dir.resolve("vfr.mp4").toString());
        // NTSC rate in Matroska: millisecond timestamps alternate 33 and 34 ms, still constant
        Path ntsc = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=30000/1001:d=0.5", "-c:v", "libx264",
                dir.resolve("ntsc.mkv").toString());
        VideoInfo variable = probe.probe(vfr).video().orElseThrow();
        assertThat(variable.variableFrameRate()).isTrue();
        assertThat(variable.frameRate()).isEqualTo(Rational.of(30));
        VideoInfo constant = probe.probe(ntsc).video().orElseThrow();
        assertThat(constant.variableFrameRate()).isFalse();
        assertThat(constant.frameRate()).isEqualTo(Rational.of(30000, 1001));
        assertThat(probe.probe(clip).video().orElseThrow().variableFrameRate()).isFalse();
    }

    @Test
    void verifiesACompleteFile() throws Exception {
        assertThat(probe.verify(clip)).isEqualTo(probe.probe(clip));
    }

    @Test
    void namesAnMp4CutBeforeItsIndex() throws Exception {
        Path whole = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=2", "-c:v", "libx264",
                dir.resolve("whole.mp4").toString());
        Path cut = TestMedia.cut(whole, Files.size(whole) / 2, dir.resolve("cut.mp4"));
        assertThatThrownBy(() -> probe.probe(cut))
                .isInstanceOf(MediaException.class)
                .hasMessage(cut + ": truncated: moov atom not found, the MP4 is incomplete");
    }

    @Test
    void namesAFaststartMp4CutShort() throws Exception {
        Path whole = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=2", "-f", "lavfi", "-i", "sine=d=2",
                "-c:v", "libx264", "-c:a", "aac", "-shortest", "-movflags", "+faststart",
                dir.resolve("faststart.mp4").toString());
        Path cut = TestMedia.cut(whole, Files.size(whole) / 2, dir.resolve("faststart-cut.mp4"));
        assertThat(probe.probe(cut).duration()).isEqualTo(Rational.of(2)); // the index still promises 2 s
        assertThatThrownBy(() -> probe.verify(cut))
                .isInstanceOf(MediaException.class)
                .hasMessageMatching(Pattern.quote(cut.toString())
                        + ": truncated: its data ends at [01]\\.\\d\\d s but its header promises 2\\.00 s");
    }

    @Test
    void namesAMatroskaFileCutShort() throws Exception {
        Path whole = make("-f", "lavfi", "-i", "testsrc2=s=64x36:r=24:d=2", "-c:v", "libx264",
                dir.resolve("whole.mkv").toString());
        Path cut = TestMedia.cut(whole, Files.size(whole) / 2, dir.resolve("cut.mkv"));
        assertThatThrownBy(() -> probe.verify(cut))
                .isInstanceOf(MediaException.class)
                .hasMessage(cut + ": truncated: it cannot be read past 1.00 s but its header promises 2.00 s"
                        + " (Could not read packets in interval id:0 start:1 end:N/A)");
    }

    @Test
    void namesATextFileCalledMp4() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "INT. KITCHEN - NIGHT\nAnna opens the door.\n");
        assertThatThrownBy(() -> probe.probe(text))
                .isInstanceOf(MediaException.class)
                .hasMessage(text + ": not a media file ffprobe can read (Invalid data found when processing input)");
    }

    @Test
    void namesEmptyMissingAndFolder() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        Path missing = dir.resolve("missing.mp4");
        assertThatThrownBy(() -> probe.probe(empty))
                .isInstanceOf(MediaException.class)
                .hasMessage(empty + ": empty file (0 bytes)");
        assertThatThrownBy(() -> probe.verify(missing))
                .isInstanceOf(MediaException.class)
                .hasMessage(missing + ": file not found");
        assertThatThrownBy(() -> probe.probe(dir))
                .isInstanceOf(MediaException.class)
                .hasMessage(dir + ": is a folder, not a media file");
    }

    @Test
    void handlesNamesThatLookLikeOptionsOrProtocols() throws Exception {
        Path odd = Files.copy(silent, dir.resolve("-i http:clip's [1].mp4"));
        assertThat(probe.probe(odd).hasVideo()).isTrue();
    }
}
