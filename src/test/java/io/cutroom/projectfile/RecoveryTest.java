package io.cutroom.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cutroom.model.Episode;
import io.cutroom.model.Format;
import io.cutroom.model.Project;
import io.cutroom.model.Style;
import io.cutroom.model.SubtitleStyle;
import io.cutroom.testing.Projects;
import io.cutroom.timeline.Resolver;
import io.cutroom.timeline.SourceDurations;
import io.cutroom.timeline.VideoEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path dir;

    private static Project project(String title) {
        SubtitleStyle font = new SubtitleStyle("fonts/subs.ttf", 0, SubtitleStyle.DEFAULT.color(),
                SubtitleStyle.DEFAULT.outlineColor(), 2, false, SubtitleStyle.DEFAULT.boxColor(),
                SubtitleStyle.Position.BOTTOM, 0);
        Episode e = new Episode("ep1", title, List.of(Projects.scene("s1", Projects.take("a", "clips/a.mp4", "0", "2"))),
                List.of());
        return new Project(Format.HD_24, "media", new Style(font, "looks/warm.cube"), List.of(e));
    }

    private static void age(Path file, long secondsAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---------------------------------------------------------------- a project with a file

    @Test
    void theCopyIsAHiddenFileNextToTheProject() {
        assertThat(Recovery.copyFor(dir.resolve("pilot.cutroom.json")))
                .isEqualTo(dir.resolve(".pilot.recovery.cutroom.json"));
        assertThat(Recovery.copyFor(dir.resolve("pilot.json"))).isEqualTo(dir.resolve(".pilot.json.recovery.cutroom.json"));
    }

    @Test
    void afterACrashTheNewerCopyIsOfferedAndRestoresTheEdit() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        ProjectFile.write(project("Saved"), file);
        age(file, 60);
        Recovery.Session session = Recovery.start(file);
        session.write(project("Edited after the save"));
        // the editor dies here: no save, no discard, no close

        Optional<Recovery.Found> found = Recovery.find(file);

        assertThat(found).isPresent();
        Recovery.Found f = found.get();
        assertThat(f.copy()).isEqualTo(dir.resolve(".pilot.recovery.cutroom.json"));
        assertThat(f.isUntitled()).isFalse();
        assertThat(f.projectFile()).isEqualTo(file);
        assertThat(f.baseDir()).isEqualTo(dir);
        assertThat(f.savedAt()).isAfter(Instant.now().minusSeconds(30));
        Project recovered = f.read();
        assertThat(recovered).isEqualTo(project("Edited after the save"));
        assertThat(Files.readString(f.copy())).isEqualTo(ProjectFile.toJson(recovered));
    }

    @Test
    void aCopyOlderThanTheProjectOrEqualToItIsNotOffered() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        Recovery.Session session = Recovery.start(file);
        assertThat(Recovery.find(file)).as("no copy").isEmpty();

        session.write(project("Autosaved"));
        ProjectFile.write(project("Saved later"), file);
        age(session.copy(), 60);
        assertThat(Recovery.find(file)).as("older than the project").isEmpty();

        session.write(project("Saved later"));
        age(file, 60);
        assertThat(Recovery.find(file)).as("the same as the project").isEmpty();
    }

    @Test
    void aCopyWhoseProjectFileIsGoneIsOffered() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        Recovery.start(file).write(project("Never saved"));

        assertThat(Recovery.find(file)).map(Recovery.Found::copy).contains(Recovery.copyFor(file));
    }

    @Test
    void aCleanSaveOrDecliningDiscardsTheCopy() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        Recovery.Session session = Recovery.start(file);
        session.write(project("Edited"));
        ProjectFile.write(project("Edited"), file);
        session.discard();
        assertThat(files(dir)).containsExactly("pilot.cutroom.json");

        session.write(project("Edited again"));
        age(file, 60);
        Recovery.Found found = Recovery.find(file).orElseThrow();
        found.discard();
        assertThat(files(dir)).containsExactly("pilot.cutroom.json");
        assertThat(Recovery.find(file)).isEmpty();
    }

    @Test
    void aHalfWrittenCopyNeverReplacesAGoodOne() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        Recovery.Session session = Recovery.start(file);
        session.write(project("Good"));
        String good = Files.readString(session.copy());
        AtomicFiles.Disk diskFull = new AtomicFiles.Disk() {
            @Override
            public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
                channel.write(bytes.slice(0, bytes.remaining() / 2));
                throw new IOException("No space left on device");
            }

            @Override
            public void move(Path from, Path to, CopyOption... options) throws IOException {
                AtomicFiles.REAL.move(from, to, options);
            }
        };

        assertThatThrownBy(() -> session.write(project("Half"), diskFull))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage(session.copy() + ": cannot save: No space left on device");

        assertThat(Files.readString(session.copy())).isEqualTo(good);
        assertThat(files(dir)).containsExactly(".pilot.recovery.cutroom.json");
        assertThat(Recovery.find(file).orElseThrow().read()).isEqualTo(project("Good"));
        session.write(project("Half"));
        assertThat(Recovery.find(file).orElseThrow().read()).as("the failed write is retried").isEqualTo(project("Half"));
    }

    @Test
    void aTemporaryFileLeftByAKilledWriteIsNeverTakenForTheCopy() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        Recovery.Session session = Recovery.start(file);
        session.write(project("Good"));
        String half = ProjectFile.toJson(project("Half")).substring(0, 100);
        Files.writeString(dir.resolve("..pilot.recovery.cutroom.json.1f2e3d.tmp"), half, StandardCharsets.UTF_8);

        assertThat(Recovery.find(file).orElseThrow().read()).isEqualTo(project("Good"));
    }

    @Test
    void aDamagedCopyIsReportedByName() throws Exception {
        Path file = dir.resolve("pilot.cutroom.json");
        Files.writeString(Recovery.copyFor(file), "{\"cutroom\": 1,");

        Recovery.Found found = Recovery.find(file).orElseThrow();

        assertThatThrownBy(found::read).isInstanceOf(ProjectFileException.class)
                .hasMessageStartingWith(Recovery.copyFor(file) + ":1:");
    }

    // ---------------------------------------------------------------- untitled projects

    @Test
    void anUntitledCopyKeepsItsMediaResolvingFromTheRecoveryFolder() throws Exception {
        Path folder = dir.resolve("state/cutroom/recovery");
        Path base = dir.resolve("work");
        Recovery.Session session = Recovery.startUntitled(folder, base);
        session.write(project("Untitled"));
        session.close(); // as a crash would release the lock

        List<Recovery.Found> found = Recovery.findUntitled(folder);

        assertThat(found).hasSize(1);
        Recovery.Found f = found.get(0);
        assertThat(f.isUntitled()).isTrue();
        assertThat(f.projectFile()).isNull();
        assertThat(f.copy().getFileName().toString()).matches("untitled-\\d{8}-\\d{6}-[0-9a-f]{4}\\.cutroom\\.json");
        assertThat(f.baseDir()).isEqualTo(folder);
        Project recovered = f.read();
        assertThat(recovered.mediaRoot()).isEqualTo("../../../work/media");
        var clip = (VideoEvent.Clip) Resolver.resolve(recovered, "ep1", f.baseDir(), SourceDurations.unknown())
                .video().get(0);
        assertThat(clip.source()).isEqualTo(base.resolve("media/clips/a.mp4"));
        assertThat(f.baseDir().resolve(recovered.style().lut()).normalize()).isEqualTo(base.resolve("looks/warm.cube"));
        assertThat(f.baseDir().resolve(recovered.style().subtitles().font()).normalize())
                .isEqualTo(base.resolve("fonts/subs.ttf"));
    }

    @Test
    void aCopyHeldByARunningSessionIsNotOfferedAndOneRecoveredIsHeldAgain() throws Exception {
        Path folder = dir.resolve("recovery");
        Recovery.Session running = Recovery.startUntitled(folder, dir);
        running.write(project("Still open"));
        assertThat(Recovery.findUntitled(folder)).isEmpty();
        running.close();

        Recovery.Found found = Recovery.findUntitled(folder).get(0);
        Recovery.Session resumed = Recovery.resume(found);
        assertThat(Recovery.findUntitled(folder)).isEmpty();
        assertThatThrownBy(() -> Recovery.resume(found))
                .hasMessage(found.copy() + ": another Cutroom window is using this recovery copy");

        resumed.write(found.read().withEpisodes(List.of(new Episode("ep1", "Edited", List.of(), List.of()))));
        assertThat(resumed.copy()).isEqualTo(found.copy());
        assertThat(ProjectFile.read(found.copy()).episodes().get(0).title()).isEqualTo("Edited");
        resumed.discard();
        resumed.close();
        assertThat(files(folder)).isEmpty();
    }

    @Test
    void untitledCopiesAreListedNewestFirst() throws Exception {
        Path folder = dir.resolve("recovery");
        Recovery.Session older = Recovery.startUntitled(folder, dir);
        older.write(project("Older"));
        older.close();
        age(older.copy(), 120);
        Recovery.Session newer = Recovery.startUntitled(folder, dir);
        newer.write(project("Newer"));
        newer.close();

        assertThat(Recovery.findUntitled(folder)).extracting(Recovery.Found::copy)
                .containsExactly(newer.copy(), older.copy());
        Recovery.findUntitled(folder).get(1).discard();
        assertThat(Recovery.findUntitled(folder)).extracting(Recovery.Found::copy).containsExactly(newer.copy());
        assertThat(Recovery.findUntitled(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void theUserFolderFollowsXdgStateHome() {
        assertThat(Recovery.userFolder(Map.of("XDG_STATE_HOME", "/xdg/state"), "/home/ana"))
                .isEqualTo(Path.of("/xdg/state/cutroom/recovery"));
        assertThat(Recovery.userFolder(Map.of("XDG_STATE_HOME", "relative/ignored"), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/state/cutroom/recovery"));
        assertThat(Recovery.userFolder(Map.of(), "/home/ana"))
                .isEqualTo(Path.of("/home/ana/.local/state/cutroom/recovery"));
    }

    // ---------------------------------------------------------------- rebasing paths

    @Test
    void rebaseRewritesFolderRelativePathsAndLeavesAbsoluteOnes() {
        Project p = project("T");

        Project moved = ProjectPaths.rebase(p, Path.of("/a/project"), Path.of("/a/elsewhere/deep"));

        assertThat(moved.mediaRoot()).isEqualTo("../../project/media");
        assertThat(moved.style().lut()).isEqualTo("../../project/looks/warm.cube");
        assertThat(moved.style().subtitles().font()).isEqualTo("../../project/fonts/subs.ttf");
        assertThat(moved.episodes()).isEqualTo(p.episodes());
        assertThat(ProjectPaths.rebase(p, Path.of("/a/project"), Path.of("/a/project"))).isSameAs(p);
        assertThat(ProjectPaths.rebase(p, Path.of("/a/project"), Path.of("/a/project/media")).mediaRoot()).isEqualTo(".");
        Project absolute = new Project(p.format(), "/footage", Style.DEFAULT, p.episodes());
        assertThat(ProjectPaths.rebase(absolute, Path.of("/a"), Path.of("/b"))).isEqualTo(absolute);
    }
}
