package org.sdkg.extract.gazetteer;

/** An entry of the gazetteer: something with one canonical name. */
public sealed interface Entry permits CountryEntry, RegionEntry, ProvinceEntry, CityEntry, OrgEntry, TitleEntry {
    /** The canonical name, as used for labels and IRIs. */
    String name();
}
