package org.sdkg.extract;

/**
 * Turns a review into RDF. An implementation may hold costly resources (CoreNLP models):
 * create it once per process, reuse it for every review, close it at the end.
 */
public interface ReviewExtractor extends AutoCloseable {

    /**
     * Extracts the graph of one review.
     *
     * @throws ExtractionException with a one-sentence message when the review cannot be read
     *         (no date in its heading and none given, no text, ...)
     */
    Extraction extract(ReviewSource source) throws ExtractionException;

    @Override
    default void close() {}
}
