package org.sdkg.serve;

/** A server that cannot start; the message is one sentence meant for the user. */
public class ServeException extends RuntimeException {
    public ServeException(String message, Throwable cause) { super(message, cause); }
}
