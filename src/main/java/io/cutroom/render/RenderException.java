package io.cutroom.render;

/** A render that cannot start or did not finish; the message is meant for the user. */
public class RenderException extends Exception {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
