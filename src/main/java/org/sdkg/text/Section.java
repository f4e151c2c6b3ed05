package org.sdkg.text;

/**
 * A section of a review: its heading and the text up to the next heading.
 *
 * @param index position of the section in the review, from 0
 * @param title the heading's text
 * @param start offset in the cleaned text where the heading starts
 * @param end   offset in the cleaned text where the section ends (exclusive)
 */
public record Section(int index, String title, int start, int end) {

    /** Whether the cleaned offset lies in this section. */
    public boolean contains(int cleanOffset) {
        return cleanOffset >= start && cleanOffset < end;
    }
}
