package org.sdkg.extract.gazetteer;

import java.util.List;

/**
 * A group of countries named like a country ("Central Asia", "Arab States").
 *
 * @param members ISO 3166-1 alpha-2 codes of the member countries; empty when the grouping has no agreed list
 */
public record RegionEntry(String name, List<String> aliases, List<String> members) implements Entry {
    public RegionEntry {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }
}
