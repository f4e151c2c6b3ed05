package org.sdkg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdkg.extract.ExtractionException;

/** The issue month of a review: from a date given by the user, or from a "March 2024" line of its heading. */
final class IssueDate {

    private static final Pattern OVERRIDE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern HEADING_DATE = Pattern.compile(
            "\\b(" + Months.NAME_REGEX + ")\\.?,?\\s+((?:19|20|21)\\d{2})\\b");
    /** Front-matter lines longer than this are prose, not a dateline. */
    private static final int MAX_DATELINE = 80;

    private IssueDate() {}

    /** A date given by the user, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    record Override(YearMonth issue, LocalDate day) {}

    static Override parseOverride(String id, String value) throws ExtractionException {
        Matcher m = OVERRIDE.matcher(value.strip());
        if (m.matches()) {
            try {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                if (m.group(3) == null) return new Override(YearMonth.of(y, mo), null);
                LocalDate d = LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
                return new Override(YearMonth.from(d), d);
            } catch (DateTimeException e) {
                // fall through to the error below
            }
        }
        throw new ExtractionException("The date \"" + value + "\" given for review " + id
                + " is not a valid date of the form YYYY-MM or YYYY-MM-DD.");
    }

    /** The first "Month YYYY" found in a short line among the {@code frontMatter} blocks. */
    static Optional<YearMonth> fromHeading(Layout layout, List<Block> frontMatter) {
        for (Block b : frontMatter) {
            String line = layout.text(b);
            if (line.length() > MAX_DATELINE) continue;
            Matcher m = HEADING_DATE.matcher(line);
            if (m.find()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Months.number(m.group(1))));
            }
        }
        return Optional.empty();
    }
}
