package org.sdkg.extract.gazetteer;

/**
 * A title: an honorific written before a name ("Prof.", "Dr.") or a role ("Vice Minister").
 *
 * @param name      the canonical spelling ("Director-General" for "Director General")
 * @param honorific true for an honorific, false for a role
 */
public record TitleEntry(String name, boolean honorific) implements Entry {
}
