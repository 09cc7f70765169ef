package io.cutroom.projectfile;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings the tree of an older project file up to the current version, one version at a time, before
 * it is mapped; refuses files written by a newer Cutroom. Each {@link Step} changes the tree of a
 * version {@code n} file into that of version {@code n + 1}.
 */
final class Migrator {

    /** Upgrades the tree of a version {@code from} file in place to version {@code from + 1}. */
    record Step(int from, String description, Consumer<Node.Obj> upgrade) {
    }

    /** The versions this code reads: 1 only, so there is nothing to upgrade yet. */
    static final Migrator STANDARD = new Migrator(1, List.of());

    private final int oldest;
    private final List<Step> steps;

    /**
     * @param oldest the oldest file version read
     * @param steps the upgrades from {@code oldest} on, in order, one per version
     */
    Migrator(int oldest, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).from() != oldest + i) {
                throw new IllegalArgumentException("step " + i + " upgrades version " + steps.get(i).from()
                        + ", expected version " + (oldest + i));
            }
        }
        this.oldest = oldest;
        this.steps = List.copyOf(steps);
    }

    /** The version files are written in, and upgraded to. */
    int latest() {
        return oldest + steps.size();
    }

    /**
     * Upgrades {@code root} in place to the latest version.
     *
     * @param source the file's name, for the message when it is too new
     * @throws ProjectFileException when the file is from a newer Cutroom
     */
    void upgrade(Node root, String source) throws ProjectFileException {
        if (!(root instanceof Node.Obj obj)) {
            throw new Problem(root.at(), "", "expected a Cutroom project (a JSON object), got " + Node.describe(root));
        }
        int version = version(obj);
        if (version > latest()) {
            throw new ProjectFileException(source + " was written by a newer Cutroom (file version " + version
                    + "); this version reads files up to version " + latest());
        }
        for (Step step : steps.subList(version - oldest, steps.size())) {
            step.upgrade().accept(obj);
            obj.put("cutroom", new Node.Num(Node.Location.NONE, Integer.toString(step.from() + 1)));
        }
    }

    private int version(Node.Obj root) {
        String expected = "expected the file version, such as " + latest();
        Node n = root.get("cutroom");
        if (n == null) {
            throw new Problem(root.at(), "cutroom", "required field is missing; " + expected
                    + " (is this a Cutroom project file?)");
        }
        BigDecimal v = null;
        if (n instanceof Node.Num num) {
            try {
                v = num.decimal().stripTrailingZeros();
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (v == null || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(oldest)) < 0) {
            throw new Problem(n.at(), "cutroom", expected + ", got " + Node.describe(n));
        }
        return v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : v.intValueExact();
    }
}
