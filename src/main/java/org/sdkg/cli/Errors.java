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
            return "The query does not parse: " + parseMessage(e.getMessage());
        if (e instanceof OutOfMemoryError)
            return "Out of memory; give Java more with SDKG_JAVA_OPTS=-Xmx4g.";
        return "Error: " + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + " (run with --debug for details).";
    }

    /** Jena's parse message without its long list of expected tokens. */
    static String parseMessage(String m) {
        String s = oneLine(m);
        int cut = s.indexOf(" Was expecting");
        if (cut > 0) s = s.substring(0, cut);
        return s.endsWith(".") ? s : s + ".";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
