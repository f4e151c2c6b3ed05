package org.sdkg.text;

/**
 * A block of a cleaned review: a heading, a bullet item or a paragraph.
 *
 * @param start offset of its first character in the cleaned text
 * @param end   offset just after its last character in the cleaned text
 * @param kind  what it is
 * @param level heading level (1 for {@code #}, 2 for {@code ##} ...), 0 for a plain line recognised as a
 *              heading because it repeats a table-of-contents entry, -1 for bullets and paragraphs
 */
public record Block(int start, int end, Kind kind, int level) {

    /** Kinds of blocks. */
    public enum Kind { HEADING, BULLET, PARAGRAPH }

    /** This block's text in {@code clean}. */
    public String text(CleanText clean) {
        return clean.text().substring(start, end);
    }
}
