package org.sdkg.extract.gazetteer;

import java.util.List;

/** A first-level subdivision of a country (province, autonomous region, municipality, state). */
public record ProvinceEntry(String name, String country, String wikidata, List<String> aliases) implements Entry {
    public ProvinceEntry {
        aliases = List.copyOf(aliases);
    }
}
