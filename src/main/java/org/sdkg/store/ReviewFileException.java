package org.sdkg.store;

/** A review file that cannot be read as a review; the message is one sentence meant for the user. */
public class ReviewFileException extends Exception {
    public ReviewFileException(String message) { super(message); }
}
