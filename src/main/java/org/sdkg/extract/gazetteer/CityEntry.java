package org.sdkg.extract.gazetteer;

import java.util.List;

/**
 * A city or other named place below the country level.
 *
 * @param country canonical name of the country (see {@link CountryEntry#name()})
 */
public record CityEntry(String name, String country, String wikidata, List<String> aliases) implements Entry {
    public CityEntry {
        aliases = List.copyOf(aliases);
    }
}
