package org.sdkg.extract;

/** A review that cannot be extracted; the message is one sentence meant for the user. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) { super(message); }
}
