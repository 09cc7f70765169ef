package io.cutroom.cli;

import io.cutroom.media.Footage;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProvenanceSidecars;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.timeline.EditException;
import io.cutroom.timeline.MediaPlacement;
import io.cutroom.timeline.ShotAddress;
import io.cutroom.timeline.SourceDurations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import-media", description = {
        "File generated clips into the takes of their shots, by name (S03_SH02_take4.mp4: scene 3, shot 2, take 4)"
                + " or by a sidecar (CLIP.json or CLIP.mp4.json) with prompt, model, seed, notes and optionally scene"
                + " and shot.",
        "Clips already there are not added again; what cannot be placed is listed with the reason. The project"
                + " file is saved in place, atomically, once."})
final class ImportMediaCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (.cutroom.json)")
    Path project;

    @Parameters(index = "1", paramLabel = "DIR", description = "the folder of clips (subfolders included)")
    Path dir;

    @Option(names = "--episode", paramLabel = "ID",
            description = "the episode for names without an episode (E02_…); default: the first")
    String episode;

    @Option(names = "--select", description = "make a new take of a shot that has takes its selected take"
            + " (a slate's first take always is)")
    boolean select;

    @Option(names = "--dry-run", description = "show what would be placed, and save nothing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Project p = Engine.read(project);
        String episodeId = Engine.episode(p, episode);
        if (!Files.isDirectory(dir)) {
            throw new CliException(dir + ": no such folder");
        }
        MediaProbe probe = Engine.probe(Engine.ffmpeg(main.ffmpegOverride()));
        List<Footage.Item> items;
        try {
            items = Footage.read(List.of(dir), probe::probe);
        } catch (IOException e) {
            throw new CliException(dir + ": cannot be read: " + e.getMessage());
        }
        MediaPlacement.Result r;
        try {
            r = new MediaPlacement(Engine.dirOf(project), durations(items, probe)).place(p, episodeId, clips(items),
                    select);
        } catch (EditException e) {
            throw new CliException(e.getMessage());
        }
        r.placed().forEach(out::println);
        if (!r.skipped().isEmpty()) {
            out.println("not placed:");
            r.skipped().forEach(s -> out.println("  " + s));
        }
        String counts = "placed " + Engine.plural(r.added(), "clip") + ", " + r.alreadyThere() + " already there, "
                + r.skipped().size() + " not placed";
        if (dryRun) {
            out.println(counts + "; dry run: " + project.getFileName() + " not saved");
        } else if (r.added() == 0) {
            out.println(counts + "; " + project.getFileName() + " unchanged");
        } else {
            Engine.write(r.project(), project);
            out.println(counts + "; saved " + project.getFileName());
        }
        return 0;
    }

    /** The clips to place, named by their paths in DIR. */
    private List<MediaPlacement.Clip> clips(List<Footage.Item> items) {
        List<MediaPlacement.Clip> clips = new ArrayList<>();
        for (Footage.Item item : items) {
            ProvenanceSidecars.Sidecar s = item.sidecar();
            ShotAddress said = s == null ? ShotAddress.NONE
                    : ShotAddress.sidecar(s.sceneNumber(), s.sceneId(), s.shotNumber(), s.shotId());
            clips.add(MediaPlacement.Clip.in(dir, item.file(), item.provenance(), said, item.problem()));
        }
        return clips;
    }

    /** The lengths of the clips as probed, and of the project's other open-ended takes when asked. */
    private static SourceDurations durations(List<Footage.Item> items, MediaProbe probe) {
        Map<Path, Rational> known = new HashMap<>();
        items.stream().filter(i -> i.info() != null).forEach(i -> known.put(i.file(), i.info().duration()));
        return source -> {
            Rational d = known.get(source);
            if (d != null) {
                return Optional.of(d);
            }
            try {
                return Optional.of(probe.probe(source).duration());
            } catch (MediaException e) {
                return Optional.empty();
            }
        };
    }
}
