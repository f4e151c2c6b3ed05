package org.sdkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The gazetteer's tables as read from the resources, with the name indexes of all kinds but organisations. */
record GazetteerData(List<CountryEntry> countryList, NameIndex<CountryEntry> countries,
                     NameIndex<CountryEntry> demonyms, List<RegionEntry> regionList, NameIndex<RegionEntry> regions,
                     List<ProvinceEntry> provinceList, NameIndex<ProvinceEntry> provinces,
                     List<CityEntry> cityList, NameIndex<CityEntry> cities, List<OrgEntry> organisations,
                     NameIndex<TitleEntry> honorifics, NameIndex<TitleEntry> roles, Set<String> pronouns) {

    static GazetteerData read() {
        List<CountryEntry> countryList = new ArrayList<>();
        NameIndex<CountryEntry> countries = new NameIndex<>("country");
        NameIndex<CountryEntry> demonyms = new NameIndex<>("demonym");
        for (Tsv.Row r : Tsv.read("countries.tsv", "name", "iso2", "wikidata", "aliases", "demonyms")) {
            CountryEntry c = new CountryEntry(r.get("name"), r.get("iso2"), r.get("wikidata"), r.list("aliases"),
                    r.list("demonyms"));
            countryList.add(c);
            countries.add(c.name(), c);
            c.aliases().forEach(a -> countries.add(a, c));
            c.demonyms().forEach(d -> demonyms.add(d, c));
        }
        List<RegionEntry> regionList = new ArrayList<>();
        NameIndex<RegionEntry> regions = new NameIndex<>("region");
        for (Tsv.Row r : Tsv.read("regions.tsv", "name", "aliases", "members")) {
            RegionEntry e = new RegionEntry(r.get("name"), r.list("aliases"), r.list("members"));
            regionList.add(e);
            regions.add(e.name(), e);
            e.aliases().forEach(a -> regions.add(a, e));
        }
        List<ProvinceEntry> provinceList = new ArrayList<>();
        NameIndex<ProvinceEntry> provinces = new NameIndex<>("province");
        for (Tsv.Row r : Tsv.read("provinces.tsv", "name", "country", "wikidata", "aliases")) {
            ProvinceEntry e = new ProvinceEntry(r.get("name"), r.get("country"), r.get("wikidata"), r.list("aliases"));
            provinceList.add(e);
            provinces.add(e.name(), e);
            e.aliases().forEach(a -> provinces.add(a, e));
        }
        List<CityEntry> cityList = new ArrayList<>();
        NameIndex<CityEntry> cities = new NameIndex<>("city");
        for (Tsv.Row r : Tsv.read("cities.tsv", "name", "country", "wikidata", "aliases")) {
            CityEntry e = new CityEntry(r.get("name"), r.get("country"), r.get("wikidata"), r.list("aliases"));
            cityList.add(e);
            cities.add(e.name(), e);
            e.aliases().forEach(a -> cities.add(a, e));
        }
        List<OrgEntry> orgs = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("organisations.tsv", "name", "type", "country", "acronyms", "aliases", "wikidata",
                "parent")) {
            orgs.add(new OrgEntry(r.get("name"), r.get("type"), r.get("country"), r.list("acronyms"),
                    r.list("aliases"), r.get("wikidata"), r.get("parent")));
        }
        NameIndex<TitleEntry> honorifics = new NameIndex<>("honorific");
        NameIndex<TitleEntry> roles = new NameIndex<>("role");
        for (Tsv.Row r : Tsv.read("titles.tsv", "title", "kind", "canonical")) {
            String canonical = r.get("canonical").isEmpty() ? r.get("title") : r.get("canonical");
            switch (r.get("kind")) {
                case "honorific" -> honorifics.add(r.get("title"), new TitleEntry(canonical, true));
                case "role" -> roles.add(r.get("title"), new TitleEntry(canonical, false));
                default -> throw new IllegalStateException(r.where() + ": kind must be 'honorific' or 'role'.");
            }
        }
        Set<String> pronouns = new HashSet<>();
        Tsv.lines("pronouns.txt").forEach(p -> pronouns.add(p.toLowerCase(Locale.ROOT)));
        return new GazetteerData(List.copyOf(countryList), countries, demonyms, List.copyOf(regionList), regions,
                List.copyOf(provinceList), provinces, List.copyOf(cityList), cities, List.copyOf(orgs), honorifics,
                roles, Set.copyOf(pronouns));
    }

    /** Canonical country names. */
    Set<String> countryNames() {
        Set<String> names = new HashSet<>();
        countryList.forEach(c -> names.add(c.name()));
        return names;
    }

    List<String> conflicts() {
        List<String> all = new ArrayList<>();
        all.addAll(countries.conflicts());
        all.addAll(demonyms.conflicts());
        all.addAll(regions.conflicts());
        all.addAll(provinces.conflicts());
        all.addAll(cities.conflicts());
        all.addAll(honorifics.conflicts());
        all.addAll(roles.conflicts());
        return all;
    }
}
