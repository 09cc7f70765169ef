package io.cutroom.ui.delivery;

import io.cutroom.ffmpeg.FFmpeg;
import io.cutroom.ffmpeg.FFmpegException;
import io.cutroom.media.MediaException;
import io.cutroom.media.MediaProbe;
import io.cutroom.media.ProbeCache;
import io.cutroom.projectfile.Recovery;
import io.cutroom.render.Presets;
import io.cutroom.ui.TaskExecutor;
import io.cutroom.ui.bin.MediaImport;
import io.cutroom.ui.editor.EditorViewModel;
import io.cutroom.ui.editor.MediaScanner;
import io.cutroom.ui.editor.ProbingScanner;
import io.cutroom.ui.render.FileOpener;
import io.cutroom.ui.render.RenderEngine;
import io.cutroom.ui.render.RenderView;
import io.cutroom.ui.render.RenderViewModel;
import io.cutroom.ui.render.StandardRenderEngine;
import io.cutroom.ui.safety.Autosave;
import io.cutroom.ui.safety.RelinkView;
import io.cutroom.ui.safety.RelinkViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Getting media in and episodes out of one editor window, and its safety net: the File menu's
 * Import Media…, Import Folder…, Relink Missing Media… and Render… with their windows, drops of
 * files on the media bin, the autosave, and the offer of a recovery copy when a project opens (or
 * the editor starts with none).
 */
public final class Delivery {

    /** What the delivery side depends on, swappable in tests. */
    public record Services(TaskExecutor tasks, RenderEngine engine, Presets presets, FileOpener opener,
            MediaImport.ClipProbe probe, MediaScanner scanner, Autosave.Timer timer) {

        /** Renders, probes and opens files as the rest of Cutroom does, with the given ffmpeg ({@code --ffmpeg}). */
        public static Services standard(Optional<Path> ffmpegOverride) {
            ProbeCache probes = ProbeCache.inFolder(ProbeCache.defaultFolder());
            return new Services(TaskExecutor.background("cutroom-delivery"),
                    StandardRenderEngine.standard(() -> ffmpegOverride), Presets.standard(), FileOpener.standard(),
                    lazyProbe(ffmpegOverride, probes), new ProbingScanner(ffmpegOverride, probes), Autosave.Timer.fx());
        }

        private static MediaImport.ClipProbe lazyProbe(Optional<Path> ffmpegOverride, ProbeCache probes) {
            MediaProbe[] probe = new MediaProbe[1];
            return file -> {
                synchronized (probe) {
                    if (probe[0] == null) {
                        try {
                            probe[0] = new MediaProbe(FFmpeg.locate(ffmpegOverride), probes);
                        } catch (FFmpegException e) {
                            throw new MediaException(file, "cannot be probed: " + e.getMessage());
                        }
                    }
                }
                return probe[0].probe(file);
            };
        }
    }

    private static final String STYLE = "/io/cutroom/ui/editor.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss 'on' d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final Stage owner;
    private final EditorViewModel editor;
    private final RenderViewModel render;
    private final Autosave autosave;
    private final RelinkViewModel relink;
    private final MediaImport importer;
    private final List<String> stylesheets;
    private RenderView renderView;
    private RelinkView relinkView;

    public Delivery(Stage owner, EditorViewModel editor, Services services) {
        this.owner = owner;
        this.editor = editor;
        stylesheets = List.of(Delivery.class.getResource(STYLE).toExternalForm());
        render = new RenderViewModel(services.engine(), services.presets(), services.tasks(), Platform::runLater,
                services.opener());
        autosave = new Autosave(editor, services.tasks(), services.timer());
        relink = new RelinkViewModel(editor, services.tasks(), services.scanner());
        importer = new MediaImport(editor, services.tasks(), services.probe());

        ChangeListener<Object> document = (o, a, b) -> {
            if (editor.projectProperty().get() != null) {
                render.document(editor.projectProperty().get(), editor.fileProperty().get(), editor.projectDir(),
                        editor.episodeIdProperty().get());
            }
        };
        editor.projectProperty().addListener(document);
        editor.fileProperty().addListener(document);
        editor.episodeIdProperty().addListener(document);
        editor.projectProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends io.cutroom.model.Project> o,
                    io.cutroom.model.Project a, io.cutroom.model.Project b) {
                // the window's first project: an untitled one means the editor started without a project
                editor.projectProperty().removeListener(this);
                if (b != null && editor.fileProperty().get() == null) {
                    autosave.offerUntitled();
                }
            }
        });
        autosave.offerProperty().addListener((o, a, b) -> {
            if (b != null) {
                Platform.runLater(() -> offer(b));
            }
        });
        autosave.problemProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                alert(Alert.AlertType.WARNING, "Autosave", b);
            }
        });
        importer.reportProperty().addListener((o, a, b) -> {
            if (b != null && (!b.skipped().isEmpty() || !b.summary().startsWith("Imported"))) {
                StringBuilder text = new StringBuilder(b.summary());
                b.skipped().forEach(s -> text.append("\n• ").append(s));
                alert(b.summary().startsWith("Imported") ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                        "Import Media", text.toString());
            }
        });
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            render.cancel();
            autosave.close();
        });
    }

    public RenderViewModel render() {
        return render;
    }

    public Autosave autosave() {
        return autosave;
    }

    public RelinkViewModel relink() {
        return relink;
    }

    public MediaImport importer() {
        return importer;
    }

    /** Import Media… (Ctrl+I), Import Folder…, Relink Missing Media…, Render… (Ctrl+R), for the File menu. */
    public List<MenuItem> fileMenuItems() {
        MenuItem importFiles = item("Import Media…", "menu-import", this::chooseFiles);
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem importFolder = item("Import Folder…", "menu-import-folder", this::chooseFolder);
        MenuItem relinkItem = item("Relink Missing Media…", "menu-relink", this::showRelink);
        MenuItem renderItem = item("Render…", "menu-render", this::showRender);
        renderItem.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        List<MenuItem> items = List.of(importFiles, importFolder, relinkItem, renderItem);
        items.forEach(i -> i.disableProperty().bind(editor.projectProperty().isNull()));
        return items;
    }

    /** Files and folders dropped on {@code bin} are imported as Import Media… does. */
    public void acceptDrops(Node bin) {
        bin.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && editor.projectProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            }
            e.consume();
        });
        bin.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                importer.importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** Shows the render panel for the episode shown. */
    public void showRender() {
        if (editor.projectProperty().get() == null) {
            return;
        }
        if (renderView == null) {
            renderView = new RenderView(owner, render, stylesheets);
        }
        render.document(editor.projectProperty().get(), editor.fileProperty().get(), editor.projectDir(),
                editor.episodeIdProperty().get());
        render.refresh();
        renderView.show();
    }

    /** Shows the relink window with the project's offline files. */
    public void showRelink() {
        if (relinkView == null) {
            relinkView = new RelinkView(owner, relink, stylesheets);
        }
        relinkView.show();
    }

    /** The render panel's window, once shown; else null. */
    public RenderView renderView() {
        return renderView;
    }

    /** The relink window, once shown; else null. */
    public RelinkView relinkView() {
        return relinkView;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import media into " + target());
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importer.importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of clips into " + target());
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            importer.importFiles(List.of(folder.toPath()));
        }
    }

    private String target() {
        return MediaImport.target(editor.episode(), editor.selectionProperty().get()).map(MediaImport.Target::describe)
                .orElse("the project");
    }

    /** Asks whether to restore a recovery copy; Restore or Discard. */
    private void offer(Recovery.Found found) {
        if (autosave.offerProperty().get() != found) {
            return;
        }
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String what = found.isUntitled() ? "an untitled project" : found.projectFile().getFileName().toString();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Cutroom kept a recovery copy of "
                + (found.isUntitled() ? "an untitled project that was not saved" : "changes that were not saved")
                + ", written at " + WHEN.format(found.savedAt()) + ". Restore opens them (unsaved, until you save);"
                + " Discard deletes the copy.\n\n" + found.copy(), restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved changes");
        alert.setHeaderText("Restore the unsaved changes to " + what + "?");
        alert.getDialogPane().setId("recovery-dialog");
        alert.resultProperty().addListener((o, a, b) -> {
            if (b == restore) {
                autosave.restore();
            } else if (b == discard) {
                autosave.discardOffer();
            }
        });
        alert.show();
    }

    private void alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.show();
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
