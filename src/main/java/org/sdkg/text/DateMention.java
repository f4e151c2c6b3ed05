package org.sdkg.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date written in a text: "13 January 2025", "from 26-27 January", "in October 2023", "in 2014".
 *
 * @param start     offset of the mention's first character in the text searched
 * @param end       offset just after the mention in the text searched
 * @param begin     the date, or the first date of a range; for a month or a year, its first day
 * @param endDate   the last date of a range ("20 to 22 July"), or null when the mention is a single date
 * @param precision {@link ChronoUnit#DAYS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#YEARS}
 */
public record DateMention(int start, int end, LocalDate begin, LocalDate endDate, ChronoUnit precision) {

    /** Whether this mention is a range of dates. */
    public boolean isRange() {
        return endDate != null;
    }

    /** The date as ISO text at its precision: {@code 2025-01-13}, {@code 2023-10} or {@code 2014}. */
    public String isoBegin() {
        return iso(begin);
    }

    /** The last date of the range as ISO text at its precision, or null. */
    public String isoEnd() {
        return endDate == null ? null : iso(endDate);
    }

    private String iso(LocalDate d) {
        return switch (precision) {
            case YEARS -> String.valueOf(d.getYear());
            case MONTHS -> d.toString().substring(0, 7);
            default -> d.toString();
        };
    }
}
