package io.cutroom.interchange;

/** A screenplay or project that cannot be imported, with a message naming the file and what is wrong. */
public final class ScriptException extends Exception {

    public ScriptException(String message) {
        super(message);
    }
}
