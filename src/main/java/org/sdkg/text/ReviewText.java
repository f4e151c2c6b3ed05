package org.sdkg.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sdkg.extract.ExtractionException;
import org.sdkg.extract.ReviewSource;

/**
 * A review read for extraction: its cleaned text, issue month and sections.
 *
 * @param id           the review's id
 * @param fileName     the file it came from
 * @param raw          the original text
 * @param clean        the cleaned text with its map to {@code raw}
 * @param issue        the month of the issue
 * @param dateOverride the exact date given by the user, or null
 * @param sections     the sections of the body, in order
 * @param bodyStart    cleaned offset where the body starts (after the title page and table of contents)
 */
public record ReviewText(String id, String fileName, String raw, CleanText clean, YearMonth issue,
                         LocalDate dateOverride, List<Section> sections, int bodyStart) {

    public ReviewText {
        sections = List.copyOf(sections);
    }

    /**
     * Reads a review: cleans it, finds its issue month (the date given by the user wins over the heading's)
     * and its sections.
     *
     * @throws ExtractionException when the review has no text or no issue date
     */
    public static ReviewText parse(ReviewSource src) throws ExtractionException {
        String name = src.fileName() == null ? src.id() : src.fileName();
        if (src.text().isBlank()) {
            throw new ExtractionException("Review " + src.id() + " (" + name + ") has no text.");
        }
        Layout layout = Cleaner.layout(src.text());
        Outline outline = Outline.of(layout);
        YearMonth issue;
        LocalDate day = null;
        if (src.dateOverride() != null && !src.dateOverride().isBlank()) {
            IssueDate.Override o = IssueDate.parseOverride(src.id(), src.dateOverride());
            issue = o.issue();
            day = o.day();
        } else {
            issue = IssueDate.fromHeading(layout, outline.frontMatter()).orElseThrow(() -> new ExtractionException(
                    "Review " + src.id() + " (" + name + ") has no issue date in its heading;"
                            + " give one with --date YYYY-MM"));
        }
        return new ReviewText(src.id(), name, src.text(), layout.clean(), issue, day, outline.sections(),
                outline.bodyStart());
    }

    /** The cleaned text. */
    public String text() {
        return clean.text();
    }

    /** The review's date as {@code YYYY-MM-DD} when given exactly, else {@code YYYY-MM}. */
    public String issueDate() {
        return dateOverride != null ? dateOverride.toString() : issue.toString();
    }

    /** The section holding the cleaned offset, or null (title page, table of contents, text before a heading). */
    public Section sectionAt(int cleanOffset) {
        for (Section s : sections) {
            if (s.contains(cleanOffset)) return s;
        }
        return null;
    }

    /**
     * The paragraphs of the body as {@code {start, end}} cleaned offsets, without the section headings.
     */
    public List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        String t = clean.text();
        int start = bodyStart;
        while (start < t.length()) {
            int sep = t.indexOf("\n\n", start);
            int end = sep < 0 ? t.length() : sep;
            final int s = start;
            if (end > start && sections.stream().noneMatch(x -> x.start() == s)) out.add(new int[] {start, end});
            start = end + 2;
        }
        return out;
    }
}
