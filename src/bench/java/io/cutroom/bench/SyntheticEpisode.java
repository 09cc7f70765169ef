package io.cutroom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmark's episode, described once and independently of Cutroom: the source clips (in the
 * mixed shapes, rates and audio that generators hand out), 12 scenes of 5 shots with their trims,
 * one line of dialogue per scene, subtitles on most shots and one music bed. {@link ProjectFile}
 * writes it as a Cutroom project, {@link ReferenceRender} as plain FFmpeg commands.
 *
 * <p>Every time is a whole number of quarter seconds, which is a whole number of frames at the
 * output's 24 fps (6) and of samples at 48 kHz (12000), so both renders place everything exactly
 * and must produce the same number of frames.
 */
record SyntheticEpisode(List<Clip> clips, List<Scene> scenes, Music music) {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int FPS = 24;
    static final int SAMPLE_RATE = 48000;
    static final int FRAMES_PER_QUARTER = FPS / 4;
    static final int SAMPLES_PER_QUARTER = SAMPLE_RATE / 4;

    static final int SCENES = 12;
    static final int SHOTS_PER_SCENE = 5;

    /**
     * A generated source clip.
     *
     * @param picture the lavfi graph that draws it, at its own size and rate
     * @param fullRange whether the picture comes out full range ({@code yuvj420p}, as from some
     *     generators and phones) rather than the usual limited range
     * @param audio the lavfi graph of its sound, or null for a silent clip (as most generators give)
     */
    record Clip(String file, int width, int height, String rate, int seconds, String picture, boolean fullRange,
            Audio audio) {
        boolean hasAudio() {
            return audio != null;
        }

        String describe() {
            return String.format(Locale.ROOT, "%s %dx%d@%s %ds%s %s", file, width, height, rate, seconds,
                    fullRange ? " full range" : "",
                    audio == null ? "silent" : audio.sampleRate() + " Hz " + (audio.channels() == 1 ? "mono" : "stereo"));
        }
    }

    record Audio(String graph, int sampleRate, int channels) {
    }

    /** A subtitle anchored to its shot. */
    record Subtitle(String text, int offsetQ, int durationQ) {
    }

    /** A line of dialogue anchored to its shot: the first {@code lengthQ} of the file, {@code offsetQ} into the shot. */
    record Line(String file, int offsetQ, int lengthQ) {
    }

    /** A shot using {@code clip} from {@code inQ} to {@code outQ} (quarter seconds of source time). */
    record Shot(String id, Clip clip, int inQ, int outQ, Line dialogue, Subtitle subtitle) {
        int lengthQ() {
            return outQ - inQ;
        }

        int frames() {
            return lengthQ() * FRAMES_PER_QUARTER;
        }

        Shot withIn(int newInQ) {
            return new Shot(id, clip, newInQ, outQ, dialogue, subtitle);
        }
    }

    record Scene(String id, String heading, List<Shot> shots) {
        int frames() {
            return shots.stream().mapToInt(Shot::frames).sum();
        }
    }

    /** The music bed: from the first frame to the last, with gain and fades, ducked under dialogue. */
    record Music(String file, int gainDb, int fadeInQ, int fadeOutQ) {
    }

    int frames() {
        return scenes.stream().mapToInt(Scene::frames).sum();
    }

    long samples() {
        return (long) frames() * SAMPLE_RATE / FPS;
    }

    double seconds() {
        return frames() / (double) FPS;
    }

    int shotCount() {
        return scenes.stream().mapToInt(s -> s.shots().size()).sum();
    }

    long subtitleCount() {
        return scenes.stream().flatMap(s -> s.shots().stream()).filter(s -> s.subtitle() != null).count();
    }

    /** The same episode with one shot's source in moved (its length changes, the rest ripples). */
    SyntheticEpisode withShotIn(int scene, int shot, int newInQ) {
        List<Scene> changed = new ArrayList<>(scenes);
        Scene s = scenes.get(scene);
        List<Shot> shots = new ArrayList<>(s.shots());
        shots.set(shot, shots.get(shot).withIn(newInQ));
        changed.set(scene, new Scene(s.id(), s.heading(), List.copyOf(shots)));
        return new SyntheticEpisode(clips, List.copyOf(changed), music);
    }

    /** The benchmark's episode: always the same for the same seed. */
    static SyntheticEpisode create() {
        List<Clip> clips = sourceClips();
        Random random = new Random(20261103);
        String[] places = {"KITCHEN", "HARBOUR", "STAIRWELL", "LAMP ROOM", "CLIFF PATH", "RADIO SHACK",
            "BEACH", "FERRY", "MARKET", "ATTIC", "CHURCH", "PIER"};
        List<Scene> scenes = new ArrayList<>();
        for (int s = 0; s < SCENES; s++) {
            String sceneId = String.format(Locale.ROOT, "s%02d", s + 1);
            List<Shot> shots = new ArrayList<>();
            for (int k = 0; k < SHOTS_PER_SCENE; k++) {
                // 7 is coprime with 20: neighbouring shots use different clips, each clip three times
                Clip clip = clips.get((s * SHOTS_PER_SCENE + k) * 7 % clips.size());
                int inQ = random.nextInt(5);
                int lengthQ = Math.min(12 + random.nextInt(11), clip.seconds() * 4 - 1 - inQ);
                Line line = k == 1 ? new Line(String.format(Locale.ROOT, "dialogue/%s.m4a", sceneId), 2, 10) : null;
                Subtitle subtitle = k == SHOTS_PER_SCENE - 1 ? null : new Subtitle(
                        String.format(Locale.ROOT, "Scene %d, shot %d: the line that is spoken here.", s + 1, k + 1),
                        1, Math.min(10, lengthQ - 2));
                shots.add(new Shot(sceneId + "-" + (k + 1), clip, inQ, inQ + lengthQ, line, subtitle));
            }
            String heading = (s % 3 == 1 ? "EXT. " : "INT. ") + places[s] + (s % 2 == 0 ? " - DAY" : " - NIGHT");
            scenes.add(new Scene(sceneId, heading, List.copyOf(shots)));
        }
        return new SyntheticEpisode(clips, List.copyOf(scenes), new Music("music/bed.m4a", -6, 8, 12));
    }

    /** Twenty clips of 4–8 s in the shapes and rates generators produce; eight have sound, two are full range. */
    private static List<Clip> sourceClips() {
        return List.of(
                clip("c01.mp4", 1280, 720, "24", 8, 0, stereo(48000, "pink", 1)),
                clip("c02.mp4", 1920, 1080, "30", 6, 1, null),
                clip("c03.mp4", 960, 540, "25", 5, 2, null),
                clip("c04.mp4", 720, 1280, "30", 6, 3, null),
                clip("c05.mp4", 1280, 720, "60", 5, 4, stereo(48000, "brown", 2)),
                clip("c06.mp4", 768, 768, "24", 7, 5, null),
                clip("c07.mp4", 640, 480, "30000/1001", 7, 6, mono(44100, 3)),
                clip("c08.mp4", 1920, 1080, "24", 8, 7, null),
                clip("c09.mp4", 1280, 720, "30", 6, 0, stereo(44100, "white", 4)),
                clip("c10.mp4", 1080, 1920, "30", 5, 1, null),
                clip("c11.mp4", 1024, 576, "25", 7, 2, stereo(48000, "pink", 5)),
                clip("c12.mp4", 1280, 720, "24000/1001", 6, 3, null),
                clip("c13.mp4", 854, 480, "30", 4, 4, mono(48000, 6)),
                clip("c14.mp4", 1920, 1080, "25", 8, 5, null),
                clip("c15.mp4", 512, 512, "16", 6, 6, null),
                clip("c16.mp4", 1280, 768, "24", 5, 7, stereo(44100, "brown", 7)),
                clip("c17.mov", 960, 960, "30", 6, 0, null),
                clip("c18.mp4", 1280, 720, "25", 7, 1, null),
                clip("c19.mp4", 720, 1280, "24", 8, 2, stereo(48000, "pink", 8)),
                clip("c20.mp4", 1366, 768, "30", 5, 3, null));
    }

    private static Clip clip(String file, int w, int h, String rate, int seconds, int look, Audio audio) {
        String s = "s=" + w + "x" + h + ":r=" + rate;
        // the slow sources draw at a quarter of the size and are scaled up: moving, detailed pictures
        // that give decoder and encoder real work, as generated footage does, without slow generation
        String q = "s=" + w / 4 + "x" + h / 4 + ":r=" + rate;
        String up = ",scale=" + w + ":" + h + ",setsar=1";
        int seed = Math.floorMod(file.hashCode(), 10_000);
        String picture = switch (look) {
            case 0 -> "testsrc2=" + s;
            case 1 -> "gradients=" + q + ":speed=0.03:seed=" + seed + up;
            case 2 -> "cellauto=" + q + ":rule=30:seed=" + seed + up;
            case 3 -> "smptehdbars=" + s + ",rotate=PI*t/10";
            case 4 -> "zoneplate=" + q + ":kt2=1:kx2=64:ky2=64" + up; // zoneplate draws full range
            case 5 -> "mandelbrot=" + q + ":maxiter=200" + up;
            case 6 -> "testsrc=" + q + ",hue=H=PI*t/3" + up;
            default -> "gradients=" + q + ":type=radial:speed=0.05:seed=" + seed + up;
        };
        return new Clip("clips/" + file, w, h, rate, seconds, picture, look == 4, audio);
    }

    private static Audio stereo(int rate, String color, int seed) {
        return new Audio("anoisesrc=r=" + rate + ":color=" + color + ":amplitude=0.2:seed=" + seed
                + ",lowpass=f=2000,tremolo=f=0.3:d=0.5,aformat=channel_layouts=stereo", rate, 2);
    }

    private static Audio mono(int rate, int seed) {
        return new Audio("anoisesrc=r=" + rate + ":color=white:amplitude=0.1:seed=" + seed
                + ",bandpass=f=1500,aformat=channel_layouts=mono", rate, 1);
    }
}
