package io.cutroom.app;

import io.cutroom.ui.Editor;
import io.cutroom.ui.EditorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cutroom edit [PROJECT]}: opens the editor, with a project or a new one. */
@Command(name = "edit", description = "Open the editor on a project: timeline, media bin, viewer, inspector (needs a display).")
final class EditCommand implements Callable<Integer> {

    @ParentCommand
    io.cutroom.cli.Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PROJECT", description = "the project file to open (default: a new project)")
    Path project;

    @Override
    public Integer call() {
        if (project != null && !Files.isRegularFile(project)) {
            spec.commandLine().getErr().println("cutroom: " + project + ": no such project file");
            return 1;
        }
        try {
            Editor.run(project, main.ffmpegOverride());
            return 0;
        } catch (EditorException e) {
            spec.commandLine().getErr().println("cutroom: " + e.getMessage());
            return 1;
        }
    }
}
