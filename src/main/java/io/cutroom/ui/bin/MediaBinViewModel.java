package io.cutroom.ui.bin;

import io.cutroom.model.Card;
import io.cutroom.model.Episode;
import io.cutroom.model.Provenance;
import io.cutroom.model.Scene;
import io.cutroom.model.Shot;
import io.cutroom.model.Slate;
import io.cutroom.model.Take;
import io.cutroom.model.TakeShot;
import io.cutroom.timeline.Resolver;
import io.cutroom.ui.Editing;
import io.cutroom.ui.Selection;
import io.cutroom.ui.SourceState;
import io.cutroom.ui.timeline.ThumbnailProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The media bin: the episode's scenes › shots › takes, each take with its provenance and whether
 * its file is offline, narrowed by a filter. Every word of the filter must occur (in any case) in
 * the scene's, shot's or take's text — ids, heading, card and slate text, file name, prompt,
 * model, seed, notes; a scene or shot that matches shows all it holds. Each take row has a small
 * picture of its frame at the take's in point, from the timeline's {@link ThumbnailProvider}, asked
 * for only when the row is drawn ({@link #thumbnail}).
 */
public final class MediaBinViewModel {

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<List<BinNode>> scenes = new ReadOnlyObjectWrapper<>(this, "scenes", List.of());
    private final ReadOnlyIntegerWrapper offline = new ReadOnlyIntegerWrapper(this, "offline");
    private Episode episode;
    private Path mediaRoot = Path.of("");
    private Map<Path, SourceState> media = Map.of();
    private final ReadOnlyIntegerWrapper pictures = new ReadOnlyIntegerWrapper(this, "pictures");
    private ThumbnailProvider thumbnails = ThumbnailProvider.NONE;
    private Editing editing = Editing.NONE;

    /** What a row's small picture shows now. */
    public enum Look {
        /** Nothing: scenes and shots with takes. */
        NONE,
        /** The take's frame, in {@link Thumbnail#image()}. */
        PICTURE,
        /** The take's frame is being made; {@link #picturesProperty()} changes when one is ready. */
        PENDING,
        /** The take's file is offline or unreadable: a marked placeholder, nothing is decoded. */
        OFFLINE,
        /** A card: a swatch of its background, {@link BinNode.Icon#swatch()}. */
        CARD,
        /** A slate: a hatched placeholder. */
        SLATE
    }

    /** A row's small picture: how it looks, and the image when it is {@link Look#PICTURE}. */
    public record Thumbnail(Look look, Image image) {
    }

    public MediaBinViewModel() {
        filter.addListener((o, a, b) -> rebuild());
    }

    /** The words to look for; empty for everything. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The scenes shown, with their shots and takes. */
    public ReadOnlyObjectProperty<List<BinNode>> scenesProperty() {
        return scenes.getReadOnlyProperty();
    }

    /** How many takes of the whole episode (not only those shown) have their file offline or unreadable. */
    public ReadOnlyIntegerProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** Counts the thumbnails that arrived since the bin was made: rows waiting for one ask again when it changes. */
    public ReadOnlyIntegerProperty picturesProperty() {
        return pictures.getReadOnlyProperty();
    }

    /** Where the bin's edits go: the editor. */
    public void setEditing(Editing newEditing) {
        editing = newEditing;
    }

    /**
     * Whether the shot of row {@code dragged} can be dropped on row {@code target}: a shot onto a
     * scene (also an empty one) or onto another shot or take.
     */
    public boolean canDrop(BinNode dragged, BinNode target) {
        return dragged != null && target != null && dragged.kind() == BinNode.Kind.SHOT
                && !dragged.selection().equals(target.selection()) && place(dragged, target).isPresent();
    }

    /**
     * Drops the shot of row {@code dragged} on row {@code target}, as one undoable edit: onto a scene
     * it goes to the scene's end, onto a shot (or one of its takes) just before that shot. Its
     * dialogue, subtitles and anchored music go with it.
     *
     * @return whether the shot moved
     */
    public boolean drop(BinNode dragged, BinNode target) {
        if (!canDrop(dragged, target)) {
            return false;
        }
        String shotId = dragged.selection().id();
        Place to = place(dragged, target).orElseThrow();
        return editing.apply("Move " + shotId, (edits, p, ep) -> edits.moveShot(p, ep, shotId, to.sceneId(), to.index()))
                .isEmpty();
    }

    /** Where a dropped shot goes: a scene and the index among its shots without the dropped one. */
    private record Place(String sceneId, int index) {
    }

    private Optional<Place> place(BinNode dragged, BinNode target) {
        if (episode == null) {
            return Optional.empty();
        }
        String shotId = dragged.selection().id();
        for (Scene scene : episode.scenes()) {
            List<String> others = scene.shots().stream().map(Shot::id).filter(id -> !id.equals(shotId)).toList();
            if (target.kind() == BinNode.Kind.SCENE && scene.id().equals(target.selection().id())) {
                return Optional.of(new Place(scene.id(), others.size()));
            }
            int at = others.indexOf(target.selection().shotId());
            if (target.kind() != BinNode.Kind.SCENE && at >= 0) {
                return Optional.of(new Place(scene.id(), at));
            }
        }
        return Optional.empty();
    }

    /** Where take thumbnails come from: the timeline's provider; {@link ThumbnailProvider#NONE} for none. */
    public void setThumbnails(ThumbnailProvider provider) {
        thumbnails = provider;
        pictures.set(pictures.get() + 1);
    }

    /**
     * The small picture of {@code node}, {@code height} pixels high. A take whose frame is not ready
     * is {@link Look#PENDING} and its frame is made in the background; offline takes are never
     * decoded. Answers at once: call it while drawing a visible row only.
     */
    public Thumbnail thumbnail(BinNode node, int height) {
        BinNode.Icon icon = node.icon();
        switch (icon.look()) {
            case CARD:
                return new Thumbnail(Look.CARD, null);
            case SLATE:
                return new Thumbnail(Look.SLATE, null);
            case FRAME:
                if (node.isOffline()) {
                    return new Thumbnail(Look.OFFLINE, null);
                }
                Optional<Image> image = thumbnails.thumbnail(icon.source(), icon.time(), Math.max(1, height),
                        () -> pictures.set(pictures.get() + 1));
                return image.map(i -> new Thumbnail(Look.PICTURE, i)).orElseGet(() -> new Thumbnail(Look.PENDING, null));
            default:
                return new Thumbnail(Look.NONE, null);
        }
    }

    /**
     * Shows {@code newEpisode} (null for none), whose relative media paths start at
     * {@code newMediaRoot}, with what is known of its files.
     */
    public void show(Episode newEpisode, Path newMediaRoot, Map<Path, SourceState> newMedia) {
        episode = newEpisode;
        mediaRoot = newMediaRoot;
        media = Map.copyOf(newMedia);
        rebuild();
    }

    private void rebuild() {
        List<String> words = words(filter.get());
        List<BinNode> out = new ArrayList<>();
        int missing = 0;
        if (episode != null) {
            for (Scene scene : episode.scenes()) {
                boolean sceneMatches = matches(words, scene.id(), scene.heading(), scene.chapter());
                List<BinNode> shots = new ArrayList<>();
                for (Shot shot : scene.shots()) {
                    boolean shotMatches = sceneMatches || matches(words, shotText(shot));
                    List<BinNode> takes = new ArrayList<>();
                    if (shot instanceof TakeShot ts) {
                        for (Take take : ts.takes()) {
                            BinNode node = take(ts, take);
                            if (node.isOffline()) {
                                missing++;
                            }
                            if (shotMatches || matches(words, takeText(take))) {
                                takes.add(node);
                            }
                        }
                    }
                    if (shotMatches || !takes.isEmpty()) {
                        shots.add(new BinNode(BinNode.Kind.SHOT, shotTitle(shot), "", "", false,
                                Selection.shot(shot.id()), icon(shot), takes));
                    }
                }
                if (sceneMatches || !shots.isEmpty()) {
                    String chapter = scene.chapter() == null ? "" : "chapter: " + scene.chapter();
                    out.add(new BinNode(BinNode.Kind.SCENE, scene.id() + " · " + scene.heading(), chapter, "", false,
                            Selection.scene(scene.id()), BinNode.Icon.NONE, shots));
                }
            }
        }
        offline.set(missing);
        scenes.set(List.copyOf(out));
    }

    private BinNode take(TakeShot shot, Take take) {
        Path file = Resolver.source(mediaRoot, take.source());
        SourceState state = media.get(file);
        String status = state == null ? "" : state.describe();
        boolean selected = take.id().equals(shot.selected());
        return new BinNode(BinNode.Kind.TAKE, take.id() + " · " + take.source(), provenance(take.provenance()), status,
                selected, Selection.take(shot.id(), take.id()), BinNode.Icon.frame(file, take.in()), List.of());
    }

    private static BinNode.Icon icon(Shot shot) {
        if (shot instanceof Card c) {
            return BinNode.Icon.card(c.background());
        }
        return shot instanceof Slate ? BinNode.Icon.SLATE : BinNode.Icon.NONE;
    }

    /** {@code Veo 3 · seed 1837463 · "Wide establishing shot …" · notes}, leaving out what is not known. */
    static String provenance(Provenance p) {
        List<String> parts = new ArrayList<>();
        if (p.model() != null) {
            parts.add(p.model());
        }
        if (p.seed() != null) {
            parts.add("seed " + p.seed());
        }
        if (p.prompt() != null) {
            parts.add("“" + p.prompt() + "”");
        }
        if (p.notes() != null) {
            parts.add(p.notes());
        }
        return String.join(" · ", parts);
    }

    private static String shotTitle(Shot shot) {
        if (shot instanceof TakeShot ts) {
            int n = ts.takes().size();
            return shot.id() + " · " + n + (n == 1 ? " take" : " takes");
        }
        if (shot instanceof Card c) {
            return shot.id() + " · card · " + c.text().replace('\n', ' ');
        }
        return shot.id() + " · slate · " + ((Slate) shot).description().replace('\n', ' ');
    }

    private static String[] shotText(Shot shot) {
        if (shot instanceof Card c) {
            return new String[] {shot.id(), "card", c.text()};
        }
        if (shot instanceof Slate s) {
            return new String[] {shot.id(), "slate", s.description()};
        }
        return new String[] {shot.id()};
    }

    private static String[] takeText(Take take) {
        Provenance p = take.provenance();
        return new String[] {take.id(), take.source(), p.prompt(), p.model(), p.seed() == null ? null : p.seed().toString(),
                p.notes()};
    }

    private static List<String> words(String filter) {
        return filter == null || filter.isBlank() ? List.of()
                : List.of(filter.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static boolean matches(List<String> words, String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                all.append(t.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return words.stream().allMatch(w -> all.indexOf(w) >= 0);
    }
}
