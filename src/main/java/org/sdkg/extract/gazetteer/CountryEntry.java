package org.sdkg.extract.gazetteer;

import java.util.List;

/**
 * A country (sovereign state or partially recognised state).
 *
 * @param name      canonical English short name, e.g. "United Kingdom"
 * @param iso2      ISO 3166-1 alpha-2 code ("XK" for Kosovo)
 * @param wikidata  Wikidata QID, or empty when not known with certainty
 * @param aliases   other names and acronyms ("UK", "Britain")
 * @param demonyms  adjectives and demonyms ("British")
 */
public record CountryEntry(String name, String iso2, String wikidata, List<String> aliases, List<String> demonyms)
        implements Entry {
    public CountryEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
