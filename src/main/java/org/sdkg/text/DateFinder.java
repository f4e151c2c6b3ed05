package org.sdkg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English prose: days ("on 13 January", "January 13, 2025"), ranges of days ("26-27 January",
 * "from 20 to 22 July", "30 May to 2 June"), months ("in October 2023") and years after a preposition
 * ("in 2014", "since 2020", "from 2016 to 2022"). A bare number is a year only after such a word and only
 * between 1900 and 2100, so that "2025-2033", "(2026-30)" or "120 microwatts" are not dates. A day without a
 * year takes the issue's year, or the year before when its month comes more than one month after the issue's.
 */
public final class DateFinder {

    private static final String M = "(?<!\\p{L})(" + Months.NAME_REGEX + ")(?!\\p{L})";
    private static final String D = "(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(19\\d{2}|20\\d{2}|2100)";
    private static final String Y = YEAR + "(?![\\d\\p{L}])(?!\\s*[-–/]\\s*\\d)";
    private static final String OPT_Y = "(?:\\.?,?\\s+" + Y + ")?";
    private static final String TO = "(?:\\s*[-–—]\\s*|\\s+(?:to|and|until|till|through)\\s+)";
    private static final String PREP = "(?<!\\p{L})(?i:in|since|of|by|from|until|till|before|after|during|through"
            + "|around|circa|early|late|mid|year|end)[\\s-]+(?:(?i:the)\\s+(?i:year)\\s+)?";
    private static final String PREP_MONTH = "(?<!\\p{L})(?i:in|since|by|during|until|till|from|through|early|late"
            + "|mid|end\\s+of|beginning\\s+of|start\\s+of)[\\s-]+(?:(?i:early|late|mid)[\\s-]+)?";

    private enum Shape { DAY_RANGE, CROSS_MONTH_RANGE, DAY_MONTH, MONTH_DAY, MONTH_YEAR, MONTH, YEAR_RANGE, YEAR, ISO_DAY }

    private static final List<Rule> RULES = List.of(
            new Rule(Shape.CROSS_MONTH_RANGE, D + "\\s+(?:of\\s+)?" + M + OPT_Y + TO + D + "\\s+(?:of\\s+)?" + M + OPT_Y),
            new Rule(Shape.DAY_RANGE, D + TO + D + "\\s+(?:of\\s+)?" + M + OPT_Y),
            new Rule(Shape.DAY_MONTH, D + "\\s+(?:of\\s+)?" + M + OPT_Y),
            new Rule(Shape.MONTH_DAY, M + "\\.?\\s+" + D + "(?:" + TO + D + ")?" + OPT_Y),
            new Rule(Shape.MONTH_YEAR, M + "\\.?,?\\s+" + Y),
            new Rule(Shape.MONTH, PREP_MONTH + M + "(?!\\.?,?\\s+\\d)"),
            new Rule(Shape.YEAR_RANGE, PREP + YEAR + TO + Y),
            new Rule(Shape.YEAR, PREP + Y),
            new Rule(Shape.ISO_DAY, "(?<![\\d-])" + YEAR + "-(\\d{2})-(\\d{2})(?![\\d-])"));

    private record Rule(Shape shape, Pattern pattern) {
        Rule(Shape shape, String regex) {
            this(shape, Pattern.compile(regex));
        }
    }

    private DateFinder() {}

    /** The dates mentioned in {@code text}, in order, not overlapping; {@code issue} completes missing years. */
    public static List<DateMention> find(String text, YearMonth issue) {
        List<DateMention> all = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                DateMention d = mention(rule.shape(), m, issue);
                if (d != null) all.add(d);
            }
        }
        all.sort(Comparator.comparingInt(DateMention::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateMention> out = new ArrayList<>();
        int covered = 0;
        for (DateMention d : all) {
            if (d.start() >= covered) {
                out.add(d);
                covered = d.end();
            }
        }
        return out;
    }

    private static DateMention mention(Shape shape, Matcher m, YearMonth issue) {
        try {
            return switch (shape) {
                case CROSS_MONTH_RANGE -> {
                    int y2 = year(m.group(6), Months.number(m.group(5)), issue);
                    int y1 = m.group(3) != null ? Integer.parseInt(m.group(3)) : y2;
                    yield days(m, LocalDate.of(y1, Months.number(m.group(2)), num(m.group(1))),
                            LocalDate.of(y2, Months.number(m.group(5)), num(m.group(4))));
                }
                case DAY_RANGE -> {
                    int mo = Months.number(m.group(3));
                    int y = year(m.group(4), mo, issue);
                    yield days(m, LocalDate.of(y, mo, num(m.group(1))), LocalDate.of(y, mo, num(m.group(2))));
                }
                case DAY_MONTH -> {
                    int mo = Months.number(m.group(2));
                    yield days(m, LocalDate.of(year(m.group(3), mo, issue), mo, num(m.group(1))), null);
                }
                case MONTH_DAY -> {
                    int mo = Months.number(m.group(1));
                    int y = year(m.group(4), mo, issue);
                    LocalDate last = m.group(3) == null ? null : LocalDate.of(y, mo, num(m.group(3)));
                    yield days(m, LocalDate.of(y, mo, num(m.group(2))), last);
                }
                case MONTH_YEAR -> new DateMention(m.start(), m.end(),
                        LocalDate.of(num(m.group(2)), Months.number(m.group(1)), 1), null, ChronoUnit.MONTHS);
                case MONTH -> {
                    int mo = Months.number(m.group(1));
                    yield new DateMention(m.start(1), m.end(), LocalDate.of(year(null, mo, issue), mo, 1), null,
                            ChronoUnit.MONTHS);
                }
                case ISO_DAY -> days(m, LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))), null);
                case YEAR_RANGE -> new DateMention(m.start(1), m.end(), LocalDate.of(num(m.group(1)), 1, 1),
                        LocalDate.of(num(m.group(2)), 1, 1), ChronoUnit.YEARS);
                case YEAR -> new DateMention(m.start(1), m.end(), LocalDate.of(num(m.group(1)), 1, 1), null,
                        ChronoUnit.YEARS);
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateMention days(Matcher m, LocalDate begin, LocalDate last) {
        if (last != null && !last.isAfter(begin)) return null;
        return new DateMention(m.start(), m.end(), begin, last, ChronoUnit.DAYS);
    }

    /** The written year, or the issue's year (the year before when the month is over a month after the issue's). */
    private static int year(String written, int month, YearMonth issue) {
        if (written != null) return Integer.parseInt(written);
        return month > issue.getMonthValue() + 1 ? issue.getYear() - 1 : issue.getYear();
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
