package org.sdkg.store;

/** A store that cannot be opened, read or written; the message is one sentence meant for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
