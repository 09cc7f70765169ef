package io.cutroom.cli;

import io.cutroom.interchange.FountainParser;
import io.cutroom.interchange.FountainScript;
import io.cutroom.interchange.ReadingPace;
import io.cutroom.interchange.ScriptElement;
import io.cutroom.interchange.ScriptException;
import io.cutroom.interchange.ScriptImport;
import io.cutroom.interchange.ScriptUpdate;
import io.cutroom.model.Card;
import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.Project;
import io.cutroom.model.Rational;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.projectfile.ProjectFile;
import io.cutroom.projectfile.ProjectFileException;
import io.cutroom.subtitles.ReadingChecks;
import io.cutroom.subtitles.TextWidth;
import io.cutroom.subtitles.Wrapping;
import io.cutroom.timeline.Cut;
import io.cutroom.timeline.Resolver;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-script", description = {
        "Turn a Fountain screenplay into a rough cut that plays at once: a scene per heading, a slate per",
        "paragraph of action, dialogue as subtitles timed at a reading pace, the title page as an opening card.",
        "With --update, re-import a revised script into the project, keeping shots that have takes."})
final class ImportScriptCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "the screenplay (.fountain, UTF-8)")
    Path script;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PROJECT",
            description = "the project file to write (.cutroom.json)")
    Path project;

    @Option(names = "--update", description = "re-import into the existing PROJECT without losing its takes")
    boolean update;

    @Option(names = "--episodes-by-section",
            description = "start an episode at each top-level section (# Episode 2); default: one episode")
    boolean episodesBySection;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!update && Files.exists(project)) {
            throw new CliException(project + " already exists; use --update to re-import the script into it");
        }
        Project existing = update ? Engine.read(project) : null;
        try {
            FountainScript read = FountainParser.read(script);
            read.problems().forEach(p -> out.println("warning: " + p));
            out.println("read " + script.getFileName() + ": " + summary(read));
            Format format = existing != null ? existing.format() : Format.HD_24;
            ReadingPace pace = ReadingPace.DEFAULT.withText(TextWidth::of, t -> Wrapping.wrapText(t, ReadingChecks.Rules.DEFAULT.maxLineWidth()));
            Project imported = new ScriptImport(format, pace).toProject(read, script.getFileName().toString(),
                    episodesBySection);
            Project result = imported;
            if (existing != null) {
                ScriptUpdate.Result r = ScriptUpdate.update(existing, imported);
                r.changes().forEach(out::println);
                result = r.project();
            }
            ProjectFile.write(result, project);
            out.println((update ? "updated " : "wrote ") + project.getFileName() + ": " + summary(result));
        } catch (ScriptException | ProjectFileException e) {
            throw new CliException(e.getMessage());
        }
        return 0;
    }

    private static String summary(FountainScript s) {
        long scenes = s.elements().stream().filter(e -> e instanceof ScriptElement.Heading).count();
        long beats = s.elements().stream().filter(e -> e instanceof ScriptElement.Action).count();
        long cues = s.elements().stream().filter(e -> e instanceof ScriptElement.Character).count();
        return Engine.plural(scenes, "scene heading") + ", " + Engine.plural(beats, "paragraph") + " of action, "
                + Engine.plural(cues, "character cue") + (s.titlePage().isEmpty() ? "" : ", a title page");
    }

    private String summary(Project p) {
        long scenes = p.episodes().stream().mapToLong(e -> e.scenes().size()).sum();
        long slates = shots(p).filter(s -> s instanceof Slate).count();
        long cards = shots(p).filter(s -> s instanceof Card).count();
        long subtitles = shots(p).mapToLong(s -> s.subtitles().size()).sum();
        long taken = shots(p).count() - slates - cards;
        StringBuilder sb = new StringBuilder(Engine.plural(p.episodes().size(), "episode") + ", "
                + Engine.plural(scenes, "scene") + ", " + Engine.plural(shots(p).count(), "shot") + " ("
                + (taken > 0 ? taken + " with takes, " : "") + Engine.plural(slates, "slate") + ", " + Engine.plural(cards, "card") + "), "
                + Engine.plural(subtitles, "subtitle"));
        length(p).ifPresent(l -> sb.append(", ").append(l));
        return sb.toString();
    }

    /** How long the episodes play together, when they resolve without probing (slates and cards, or takes with out points). */
    private Optional<String> length(Project p) {
        Rational total = Rational.ZERO;
        for (Episode e : p.episodes()) {
            Cut cut = Resolver.check(p, e.id(), Engine.dirOf(project), source -> Optional.empty()).cut();
            if (cut == null) {
                return Optional.empty();
            }
            total = total.add(cut.format().frameRate().toSeconds(cut.durationFrames()));
        }
        long seconds = total.round();
        return Optional.of(String.format(Locale.ROOT, "%d:%02d long", seconds / 60, seconds % 60));
    }

    private static Stream<Shot> shots(Project p) {
        return p.episodes().stream().flatMap(e -> e.scenes().stream()).flatMap((Scene s) -> s.shots().stream());
    }
}
