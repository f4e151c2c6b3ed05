package org.sdkg.cli;

/**
 * An error in what the user asked for or gave; its message is one sentence, printed without a stack trace.
 * A usage error exits with 2, a bad input with 1.
 */
final class UserException extends RuntimeException {
    private final boolean usage;

    UserException(String message) { this(message, true); }

    UserException(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    int exitCode() { return usage ? Main.EXIT_USAGE : Main.EXIT_FAILED; }
}
