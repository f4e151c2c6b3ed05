package org.sdkg.analysis;

/**
 * What ties the members of one group: an event, agreement, founded organisation or post, with its date
 * and where it was read.
 *
 * @param iri      the event, agreement, organisation or post
 * @param label    its label
 * @param date     its date as written in the graph ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param review   the id of the review it was read in (e.g. {@code 2024-03}), or null
 * @param sentence the text of the sentence it was read in, or null
 */
public record Tie(String iri, String label, String date, String review, String sentence) {

    /** The year of the date, or null when undated. */
    public String year() {
        return date != null && date.length() >= 4 ? date.substring(0, 4) : null;
    }
}
