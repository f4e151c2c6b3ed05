package org.sdkg.text;

import java.util.Locale;

/** English month names and their abbreviations. */
final class Months {

    /** Regular expression alternatives matching a capitalised month name or abbreviation. */
    static final String NAME_REGEX = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static final String[] PREFIXES =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Months() {}

    /** Month number 1..12 of a name or abbreviation matched by {@link #NAME_REGEX}. */
    static int number(String name) {
        String p = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (int i = 0; i < PREFIXES.length; i++) {
            if (PREFIXES[i].equals(p)) return i + 1;
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
