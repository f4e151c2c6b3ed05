package org.sdkg.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Option;

/** The {@code --date} option: the date of the reviews, overriding the one in their heading. */
final class DateOption {
    @Option(names = "--date", paramLabel = "YYYY-MM[-DD]",
            description = "Date of the review(s), overriding the date in the heading.")
    String date;

    /** The checked date, or null when not given. */
    String value() {
        if (date == null) return null;
        try {
            if (date.length() == 7) YearMonth.parse(date);
            else LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserException("--date must be YYYY-MM or YYYY-MM-DD, not '" + date + "'.");
        }
        return date;
    }
}
