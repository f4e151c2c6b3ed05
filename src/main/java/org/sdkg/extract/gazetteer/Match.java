package org.sdkg.extract.gazetteer;

import java.util.List;

/**
 * A gazetteer entry found over a token list: tokens {@code start} (inclusive) to {@code end} (exclusive).
 */
public record Match(int start, int end, Kind kind, Entry entry) {

    /** What was found. */
    public enum Kind { ORGANISATION, COUNTRY, DEMONYM, REGION, PROVINCE, CITY, ROLE, HONORIFIC }

    /** The matched tokens joined by single spaces. */
    public String text(List<String> tokens) {
        return String.join(" ", tokens.subList(start, end));
    }
}
