package org.sdkg.cli;

import org.apache.jena.query.QueryParseException;
import org.sdkg.serve.ServeException;
import org.sdkg.store.StoreException;

/** Turns an exception into one sentence for the user. */
final class Errors {
    private Errors() {}

    static String message(Throwable e) {
        if (e instanceof StoreException || e instanceof ServeException || e instanceof UserException)
            return e.getMessage();
        if (e instanceof QueryParseException)
            return "The query does not parse: " + oneLine(e.getMessage());
        if (e instanceof OutOfMemoryError)
            return "Out of memory; give Java more with SDKG_JAVA_OPTS=-Xmx4g.";
        return "Error: " + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + " (run with --debug for details).";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
