package org.sdkg.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consistency of the gazetteer's data files. */
class GazetteerDataTest {
    private static final Set<String> ORG_TYPES = Set.of("GovernmentBody", "Academy", "University",
            "ResearchInstitute", "Company", "InternationalOrganisation", "Association", "JointLab");

    private final Gazetteer g = Gazetteer.load();

    @Test
    void noNameNamesTwoEntries() {
        assertThat(g.conflicts()).isEmpty();
    }

    @Test
    void everyUnMemberAndTheOthersAreCountries() {
        assertThat(g.countries()).hasSizeGreaterThanOrEqualTo(197);
        Set<String> iso = new HashSet<>();
        for (CountryEntry c : g.countries()) {
            assertThat(c.iso2()).as(c.name()).matches("[A-Z]{2}");
            assertThat(iso.add(c.iso2())).as("duplicate ISO code " + c.iso2()).isTrue();
            assertThat(c.wikidata()).as(c.name()).matches("(Q[1-9][0-9]*)?");
        }
    }

    @Test
    void organisationsHaveKnownTypesCountriesAndParents() {
        List<String> problems = new ArrayList<>();
        for (OrgEntry o : g.organisations()) {
            if (!ORG_TYPES.contains(o.type())) problems.add(o.name() + ": unknown type " + o.type());
            if (!o.country().isEmpty() && g.countries().stream().noneMatch(c -> c.name().equals(o.country()))) {
                problems.add(o.name() + ": unknown country " + o.country());
            }
            if (!o.parent().isEmpty() && g.organisationNamed(o.parent()).isEmpty()) {
                problems.add(o.name() + ": unknown parent " + o.parent());
            }
            if (!o.wikidata().matches("(Q[1-9][0-9]*)?")) problems.add(o.name() + ": bad QID " + o.wikidata());
            if (o.type().equals("InternationalOrganisation") && !o.country().isEmpty()) {
                problems.add(o.name() + ": an international organisation has no country");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void parentsFormNoCycle() {
        for (OrgEntry o : g.organisations()) {
            Set<String> seen = new HashSet<>();
            OrgEntry cur = o;
            while (!cur.parent().isEmpty()) {
                assertThat(seen.add(cur.name())).as("cycle through " + o.name()).isTrue();
                cur = g.organisationNamed(cur.parent()).orElseThrow();
            }
        }
    }

    @Test
    void placesLieInKnownCountries() {
        List<String> problems = new ArrayList<>();
        for (CityEntry c : g.cities()) {
            if (g.countries().stream().noneMatch(k -> k.name().equals(c.country()))) {
                problems.add(c.name() + ": unknown country " + c.country());
            }
        }
        for (ProvinceEntry p : g.provinces()) {
            if (g.countries().stream().noneMatch(k -> k.name().equals(p.country()))) {
                problems.add(p.name() + ": unknown country " + p.country());
            }
        }
        for (RegionEntry r : g.regions()) {
            for (String m : r.members()) {
                if (g.countryByIso(m).isEmpty()) problems.add(r.name() + ": unknown member " + m);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void namesAreUniqueWithinEachTable() {
        assertThat(g.cities().stream().map(CityEntry::name)).doesNotHaveDuplicates();
        assertThat(g.provinces().stream().map(ProvinceEntry::name)).doesNotHaveDuplicates();
        assertThat(g.organisations().stream().map(OrgEntry::name)).doesNotHaveDuplicates();
    }
}
