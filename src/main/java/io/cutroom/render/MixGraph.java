package io.cutroom.render;

import io.cutroom.ffmpeg.Filter;
import io.cutroom.ffmpeg.FilterGraph;
import io.cutroom.model.Rational;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.MusicEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The episode's audio, mixed once: the scenes' clip-audio and dialogue stems joined sample-exact
 * (PCM, so no encoder priming at the joins), music laid at its anchors with gain and fades, the
 * music marked for ducking compressed under the dialogue, everything summed to one PCM file of
 * exactly the episode's length — and measured for loudness on the way ({@code ebur128}, whose
 * summary ends the job's stderr), which costs less than reading the mix again.
 */
final class MixGraph {

    /** Ducking: about 10 dB of gain reduction while dialogue speaks, recovering in 0.4 s. */
    static Filter duck() {
        return Filter.of("sidechaincompress").set("threshold", "0.02").set("ratio", "8").set("attack", "20")
                .set("release", "400");
    }

    private MixGraph() {
    }

    static Job job(Cut cut, Path clipList, Path dialogueList, Path mixFile, Path measurementFile, Filter meter,
            Path workDir, Map<Path, String> files) {
        int sampleRate = cut.format().sampleRate();
        long total = cut.durationSamples();
        List<String> args = new ArrayList<>(List.of("-y",
                "-f", "concat", "-safe", "0", "-i", clipList.toString(),
                "-f", "concat", "-safe", "0", "-i", dialogueList.toString()));
        FilterGraph g = new FilterGraph();
        List<String> ducked = new ArrayList<>();
        List<String> free = new ArrayList<>();
        int input = 2;
        for (MusicEvent m : cut.music()) {
            args.addAll(List.of("-ss", Planner.seconds(m.sourceIn()),
                    "-t", Planner.seconds(Rational.of(m.length(), sampleRate).add(Rational.of(1, 2))),
                    "-i", m.source().toString()));
            List<Filter> f = new ArrayList<>(SegmentGraph.conformAudio(sampleRate));
            if (m.gain() != 0) {
                f.add(Filter.of("volume").set("volume", SegmentGraph.decibels(m.gain())));
            }
            f.add(Filter.of("apad"));
            f.add(Filter.of("atrim").set("end_sample", m.length()));
            if (m.fadeIn() > 0) {
                f.add(Filter.of("afade").set("t", "in").set("ss", 0).set("ns", m.fadeIn()));
            }
            if (m.fadeOut() > 0) {
                f.add(Filter.of("afade").set("t", "out").set("ss", m.length() - m.fadeOut()).set("ns", m.fadeOut()));
            }
            if (m.start() > 0) {
                f.add(Filter.of("adelay").set("delays", m.start() + "S").set("all", 1));
            }
            String label = "m" + input;
            g.chain(List.of(input + ":a:0"), f, List.of(label));
            (m.duck() ? ducked : free).add(label);
            input++;
        }
        List<String> layers = new ArrayList<>();
        g.chain(List.of("0:a:0"), exact(total), List.of("clip"));
        layers.add("clip");
        if (ducked.isEmpty()) {
            g.chain(List.of("1:a:0"), exact(total), List.of("dialogue"));
        } else {
            List<Filter> split = new ArrayList<>(exact(total));
            split.add(Filter.of("asplit").set("outputs", 2));
            g.chain(List.of("1:a:0"), split, List.of("dialogue", "key"));
            List<Filter> music = new ArrayList<>();
            if (ducked.size() > 1) {
                music.add(Filter.of("amix").set("inputs", ducked.size()).set("normalize", 0).set("duration", "longest"));
            }
            music.addAll(exact(total));
            g.chain(ducked, music, List.of("music"));
            g.chain(List.of("music", "key"), List.of(duck()), List.of("ducked"));
            layers.add("ducked");
        }
        layers.add("dialogue");
        layers.addAll(free);
        List<Filter> sum = new ArrayList<>();
        sum.add(Filter.of("amix").set("inputs", layers.size()).set("normalize", 0).set("duration", "longest"));
        sum.addAll(exact(total));
        sum.add(Filter.of("asplit").set("outputs", 2));
        g.chain(layers, sum, List.of("mix", "meter"));
        g.chain(List.of("meter"), List.of(meter, Filter.of("anullsink")), List.of());
        args.addAll(SegmentGraph.filterComplex(g, workDir, files));
        args.addAll(List.of("-map", "[mix]", "-c:a", "pcm_f32le", "-rf64", "auto",
                "-f", "wav", mixFile.toString()));
        long micros = Rational.of(total, sampleRate).multiply(Rational.of(1_000_000)).round();
        return new Job("audio mix", args, micros, cut.durationFrames() * 0.05, List.of(mixFile, measurementFile));
    }

    /** Pads or cuts a stream to exactly {@code samples}. */
    private static List<Filter> exact(long samples) {
        return List.of(Filter.of("apad"), Filter.of("atrim").set("end_sample", samples));
    }
}
