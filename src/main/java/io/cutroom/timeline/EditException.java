package io.cutroom.timeline;

/**
 * An edit that was refused; the project is unchanged. Checked, like {@link TimelineException}, so
 * that a caller cannot forget that an edit may be refused. {@link #getMessage()} is meant for the
 * writer: it names the scene, shot, take or cue concerned and what is wrong, e.g.
 * {@code scene s03: no shot s03-9} or {@code scene s1 › shot a › take t1: cannot move the start
 * 5 frames earlier: only 2 frames of 'a.mp4' come before it}.
 */
public final class EditException extends Exception {

    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
