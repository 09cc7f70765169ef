package io.cutroom.model;

/** How a take whose shape differs from the format fills the frame. */
public enum FitMode {
    /** Whole picture visible, bars where the aspect differs (letterbox / pillarbox). */
    FIT,
    /** Frame filled, the overflow cropped equally from both sides. */
    FILL,
    /** Scaled to the frame regardless of aspect. */
    STRETCH
}
