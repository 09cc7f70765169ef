package io.cutroom.cli;

/** A command that cannot go on; its message is printed as it is, after "cutroom: ". */
final class CliException extends Exception {

    CliException(String message) {
        super(message);
    }
}
