package org.sdkg.text;

import java.util.Arrays;

/**
 * A review text cleaned of its conversion artefacts (markdown, HTML tags, page breaks), with a map back to
 * the original text.
 *
 * @param text   the cleaned text
 * @param origin {@code origin[i]} is the offset in the original text of cleaned character {@code i};
 *               it has {@code text.length() + 1} entries, the last one being the end of the original text
 */
public record CleanText(String text, int[] origin) {

    public CleanText {
        if (text == null || origin == null) throw new IllegalArgumentException("text and origin are required");
        if (origin.length != text.length() + 1) {
            throw new IllegalArgumentException("origin needs text.length() + 1 entries");
        }
    }

    /** Offset in the original text of the cleaned character at {@code cleanIndex} (or of the end, at length). */
    public int originalOffset(int cleanIndex) {
        check(cleanIndex);
        return origin[cleanIndex];
    }

    /**
     * Offset just after the last original character of the cleaned span ending (exclusive) at
     * {@code cleanEndExclusive}, so that {@code raw.substring(originalOffset(s), originalEnd(e))} covers the
     * source of the span {@code [s, e)}.
     */
    public int originalEnd(int cleanEndExclusive) {
        check(cleanEndExclusive);
        if (cleanEndExclusive == 0) return origin[0];
        return origin[cleanEndExclusive - 1] + 1;
    }

    /** The cleaned text of {@code [start, end)}. */
    public String span(int start, int end) {
        return text.substring(start, end);
    }

    /** Length of the cleaned text. */
    public int length() {
        return text.length();
    }

    private void check(int i) {
        if (i < 0 || i > text.length()) {
            throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + text.length());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CleanText c && c.text.equals(text) && Arrays.equals(c.origin, origin);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(origin);
    }

    @Override
    public String toString() {
        return "CleanText[" + text.length() + " chars]";
    }
}
