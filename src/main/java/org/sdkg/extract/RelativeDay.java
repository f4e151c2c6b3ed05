package org.sdkg.extract;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * "The next day", "the following day", "a day later", "later that day", "earlier the same day": the date of
 * an event told relative to the dated event told just before it in the same section.
 */
final class RelativeDay {
    private RelativeDay() {}

    private static final Pattern NEXT = Pattern.compile(
            "(?i)\\b(the next day|the following day|the day after|(a|one) day later|next morning|the following morning)\\b");
    private static final Pattern SAME = Pattern.compile(
            "(?i)\\b((later|earlier) (that|the same) (day|morning|afternoon|evening)|(on )?the same day|that same day"
                    + "|that (morning|afternoon|evening))\\b");
    private static final Pattern TWO = Pattern.compile("(?i)\\btwo days later\\b");

    /** The date sentence {@code s} (text {@code t}) gives relative to the event before it, or null. */
    static Facts.When of(Doc doc, int s, String t, Facts.Event ev) {
        Integer later = days(t);
        if (later == null) return null;
        int days = later;
        for (int i = doc.events.size() - 1; i >= 0; i--) {
            Facts.Event e = doc.events.get(i);
            if (e == ev || e.sentence >= s) continue;
            if (doc.section(e.sentence) != doc.section(s)) return null;
            if (e.when == null || e.when.begin() == null || e.when.begin().length() != 10) continue;
            return shift(e.when.begin(), days);
        }
        return null;
    }

    /** How many days after the event before it text {@code t} says its event was, or null when it does not say. */
    static Integer days(String t) {
        if (NEXT.matcher(t).find()) return 1;
        if (TWO.matcher(t).find()) return 2;
        if (SAME.matcher(t).find()) return 0;
        return null;
    }

    /** A day {@code days} after an ISO date. */
    static Facts.When shift(String isoDay, int days) {
        String d = LocalDate.parse(isoDay).plusDays(days).toString();
        return new Facts.When(d, null);
    }
}
