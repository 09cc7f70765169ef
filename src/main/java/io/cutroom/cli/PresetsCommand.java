package io.cutroom.cli;

import io.cutroom.render.Preset;
import io.cutroom.render.Presets;
import io.cutroom.render.RenderException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "presets", description = "List the render presets: those that ship with Cutroom and your own.")
final class PresetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Presets presets = Presets.standard();
        int broken = 0;
        for (String name : presets.names()) {
            try {
                Preset p = presets.find(name);
                out.printf("%-20s %s%n", name, p.description());
            } catch (RenderException e) {
                out.printf("%-20s (unusable) %s%n", name, e.getMessage());
                broken++;
            }
        }
        out.println("your own presets: " + presets.userFolder() + " (a .json file per preset; see presets/ in the"
                + " source for the fields)");
        return broken > 0 ? Main.FAILED : 0;
    }
}
