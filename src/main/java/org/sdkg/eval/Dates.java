package org.sdkg.eval;

/** Compatibility of ISO dates of different precision (YYYY, YYYY-MM, YYYY-MM-DD) and ranges. */
final class Dates {
    private Dates() {}

    /**
     * True when the gold has no date, or the extracted date agrees with it: one is a prefix of the other
     * ("2024-03" and "2024-03-12"), or a day of one lies within the range of the other.
     */
    static boolean compatible(String goldDate, String goldEnd, String date, String end) {
        if (goldDate == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        if (date.startsWith(goldDate) || goldDate.startsWith(date)) {
            return true;
        }
        return within(date, goldDate, goldEnd) || within(goldDate, date, end);
    }

    private static boolean within(String day, String start, String end) {
        if (end == null || day.length() < 10 || start.length() < 10 || end.length() < 10) {
            return false;
        }
        String d = day.substring(0, 10);
        return d.compareTo(start.substring(0, 10)) >= 0 && d.compareTo(end.substring(0, 10)) <= 0;
    }
}
