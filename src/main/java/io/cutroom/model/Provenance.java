package io.cutroom.model;

/** Where a generated clip came from. Every field may be null. */
public record Provenance(String prompt, String model, Long seed, String notes) {

    public static final Provenance NONE = new Provenance(null, null, null, null);
}
