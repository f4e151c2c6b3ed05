package org.sdkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dictionaries of countries, regions, provinces, cities, organisations (with acronyms and aliases) and titles,
 * read once from the classpath resources under {@code gazetteer/}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load();
 * g.organisation("Chinese Ministry of S&T");      // Ministry of Science and Technology (MOST)
 * g.country("the U.K.");                           // United Kingdom
 * g.findAll(List.of("Prof.", "Dou", "Xiankang", ",", "President", "of", "NSFC"));
 * }</pre>
 */
public final class Gazetteer {
    private static volatile Gazetteer instance;

    private final GazetteerData data;
    private final OrgIndex orgs;
    private final java.util.Set<String> ambiguousAcronyms;

    private Gazetteer(GazetteerData data) {
        this.data = data;
        this.orgs = new OrgIndex(data.organisations(), data.countryList());
        this.ambiguousAcronyms = java.util.Set.copyOf(Tsv.lines("ambiguous-acronyms.txt"));
    }

    /** The gazetteer read from the classpath; read on first call and shared afterwards. */
    public static Gazetteer load() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) instance = new Gazetteer(GazetteerData.read());
                g = instance;
            }
        }
        return g;
    }

    /** The lookup key of a name; see {@link Names#normalise(String)}. */
    public static String normalise(String text) { return Names.normalise(text); }

    /** The country with this name, alias or demonym ("UK", "Britain", "British", "the United States"). */
    public Optional<CountryEntry> country(String surfaceForm) {
        Optional<CountryEntry> c = data.countries().find(surfaceForm);
        return c.isPresent() ? c : data.demonyms().find(surfaceForm);
    }

    /** The country with this demonym or adjective only ("Chinese", "Sino", "Danish"). */
    public Optional<CountryEntry> demonym(String surfaceForm) { return data.demonyms().find(surfaceForm); }

    /** The country with this ISO 3166-1 alpha-2 code. */
    public Optional<CountryEntry> countryByIso(String iso2) {
        return data.countryList().stream().filter(c -> c.iso2().equalsIgnoreCase(iso2)).findFirst();
    }

    /** The regional grouping with this name or alias ("Central Asia", "Latin America and the Caribbean"). */
    public Optional<RegionEntry> region(String surfaceForm) { return data.regions().find(surfaceForm); }

    /** The province (or other first-level subdivision) with this name or alias ("Guangdong Province"). */
    public Optional<ProvinceEntry> province(String surfaceForm) { return data.provinces().find(surfaceForm); }

    /** The city or place with this name or alias ("Xi'an", "Macau"). */
    public Optional<CityEntry> city(String surfaceForm) { return data.cities().find(surfaceForm); }

    /**
     * The organisation with this canonical name, acronym or alias, tolerant of "the", "S&T", British or American
     * spelling, of the organisation's own country named before or after its name ("China"/"Chinese"/"China's"/
     * "PRC" for a Chinese organisation, never for another country's), and
     * "{unit} of/under {parent}" for a unit whose parent is known.
     */
    public Optional<OrgEntry> organisation(String surfaceForm) { return orgs.find(surfaceForm); }

    /**
     * Whether an acronym also names other well-known organisations than its gazetteer entry ("CEA", "ITU"):
     * alone it then names the entry only with context.
     */
    public boolean ambiguousAcronym(String acronym) {
        return acronym != null && ambiguousAcronyms.contains(acronym.strip());
    }

    /** The organisation with exactly this canonical name. */
    public Optional<OrgEntry> organisationNamed(String canonicalName) { return orgs.named(canonicalName); }

    /** True when the word is an honorific written before a name ("Prof.", "Dr", "Sir", "H.E."). */
    public boolean isHonorific(String surfaceForm) { return data.honorifics().find(surfaceForm).isPresent(); }

    /** The canonical honorific ("Professor" for "Prof."). */
    public Optional<String> honorific(String surfaceForm) {
        return data.honorifics().find(surfaceForm).map(TitleEntry::name);
    }

    /** The canonical role name for a role word or phrase ("Director-General" for "Director General"). */
    public Optional<String> role(String surfaceForm) { return data.roles().find(surfaceForm).map(TitleEntry::name); }

    /** True when the word is a pronoun or a generic reference that is never a name ("he", "the minister"). */
    public boolean isPronoun(String surfaceForm) {
        return data.pronouns().contains(surfaceForm.strip().toLowerCase(Locale.ROOT));
    }

    /** Longest non-overlapping matches over a token list, left to right; see {@link TokenMatcher}. */
    public List<Match> findAll(List<String> tokens) { return new TokenMatcher(this).findAll(tokens); }

    public List<CountryEntry> countries() { return data.countryList(); }

    public List<RegionEntry> regions() { return data.regionList(); }

    public List<ProvinceEntry> provinces() { return data.provinceList(); }

    public List<CityEntry> cities() { return data.cityList(); }

    public List<OrgEntry> organisations() { return data.organisations(); }

    /** Names claimed by two different entries of one kind; empty for consistent data. */
    public List<String> conflicts() {
        List<String> all = new ArrayList<>(data.conflicts());
        all.addAll(orgs.conflicts());
        return Collections.unmodifiableList(all);
    }

    GazetteerData data() { return data; }
}
