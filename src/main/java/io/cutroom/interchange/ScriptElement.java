package io.cutroom.interchange;

/**
 * One element of a Fountain screenplay, in script order, with the line of the script it starts on
 * (from 1). Texts are plain: emphasis marks ({@code *italic*}, {@code **bold**}, {@code _underline_})
 * and escapes are removed, notes and boneyard are gone, and each line is trimmed.
 */
public sealed interface ScriptElement {

    /** The line of the script the element starts on, from 1. */
    int line();

    /** {@code INT. HOUSE - DAY}; {@code number} is the scene number written {@code #12#}, or null. */
    record Heading(int line, String text, String number) implements ScriptElement {
    }

    /** A paragraph of action (a beat); its lines are separated by {@code \n}. */
    record Action(int line, String text) implements ScriptElement {
    }

    /** Centered text, written {@code > THE END <}. */
    record Centered(int line, String text) implements ScriptElement {
    }

    /**
     * A character cue that starts a block of dialogue.
     *
     * @param extension what follows the name in parentheses, such as {@code V.O.} or {@code CONT'D}, or null
     * @param dual whether the block is spoken at the same time as the one before ({@code ^})
     */
    record Character(int line, String name, String extension, boolean dual) implements ScriptElement {
    }

    /** Lines of dialogue of the character before; lines separated by {@code \n}. */
    record Dialogue(int line, String text) implements ScriptElement {
    }

    /** A direction inside dialogue, such as {@code (quietly)}, with its parentheses. */
    record Parenthetical(int line, String text) implements ScriptElement {
    }

    /** A line of lyrics, written {@code ~Line}. */
    record Lyrics(int line, String text) implements ScriptElement {
    }

    /** A transition such as {@code CUT TO:}, or one forced with {@code >}. */
    record Transition(int line, String text) implements ScriptElement {
    }

    /** A section heading, written with {@code depth} {@code #} marks; not printed in the script. */
    record Section(int line, int depth, String text) implements ScriptElement {
    }

    /** A synopsis, written {@code = text}; not printed in the script. */
    record Synopsis(int line, String text) implements ScriptElement {
    }

    /** A note written {@code [[…]]} on a paragraph of its own. */
    record Note(int line, String text) implements ScriptElement {
    }

    /** A forced page break, written {@code ===}. */
    record PageBreak(int line) implements ScriptElement {
    }
}
