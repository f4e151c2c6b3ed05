package org.sdkg.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A span of time with inclusive ends given as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}:
 * {@code from 2024 to 2024-06} runs from 1 January 2024 to 30 June 2024. A date of the graph that is only a
 * month or a year is in the range when that month or year overlaps it. Undated ties are in the range
 * only when the range is unbounded.
 */
public final class TimeRange {
    /** The range without bounds: everything, dated or not. */
    public static final TimeRange ALL = new TimeRange(null, null);

    private final LocalDate from;
    private final LocalDate to;

    private TimeRange(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The range between two partial dates, either of which may be null (open end).
     * @throws IllegalArgumentException when a date is not {@code YYYY[-MM[-DD]]} or the range is empty
     */
    public static TimeRange between(String from, String to) {
        LocalDate start = from == null ? null : bounds(from, "--from")[0];
        LocalDate end = to == null ? null : bounds(to, "--to")[1];
        if (start != null && end != null && start.isAfter(end))
            throw new IllegalArgumentException("The time range from " + from + " to " + to + " is empty.");
        return new TimeRange(start, end);
    }

    /** The range of one year. */
    public static TimeRange year(String year) { return between(year, year); }

    public boolean isBounded() { return from != null || to != null; }

    /** Whether a date of the graph ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or null) is in this range. */
    public boolean contains(String date) {
        if (!isBounded()) return true;
        LocalDate[] span;
        try {
            span = date == null ? null : bounds(date.length() > 10 ? date.substring(0, 10) : date, "date");
        } catch (IllegalArgumentException e) {
            span = null;
        }
        if (span == null) return false;
        return (to == null || !span[0].isAfter(to)) && (from == null || !span[1].isBefore(from));
    }

    /** First and last day of a partial date. */
    static LocalDate[] bounds(String text, String what) {
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(t);
                return new LocalDate[] {d, d};
            }
        } catch (DateTimeParseException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("The " + what + " \"" + text + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.toString()) + " to " + (to == null ? "…" : to.toString());
    }
}
