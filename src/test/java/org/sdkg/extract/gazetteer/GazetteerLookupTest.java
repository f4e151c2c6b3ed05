package org.sdkg.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookups of single surface forms. */
class GazetteerLookupTest {
    private final Gazetteer g = Gazetteer.load();

    private String org(String surface) {
        return g.organisation(surface).map(OrgEntry::name).orElse("(none)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chinese Ministry of Science and Technology", "China Ministry of Science and Technology",
            "Ministry of Science and Technology, PRC", "China's Ministry of S&T", "Chinese Ministry of S&T",
            "Ministry of Science and Technology of China", "MOST", "the Chinese Ministry of Science and Technology",
            "Ministry of Science and Technology of the People's Republic of China",
            "China\u2019s Ministry of Science and Technology"})
    void chinasMinistryOfScienceAndTechnology(String surface) {
        assertThat(org(surface)).isEqualTo("Ministry of Science and Technology of China");
    }

    @Test
    void anotherCountrysMinistryIsNeverChinas() {
        assertThat(org("Pakistan Ministry of Science and Technology")).isEqualTo("Ministry of Science and Technology of Pakistan");
        assertThat(org("Pakistan's Ministry of Science and Technology")).isEqualTo("Ministry of Science and Technology of Pakistan");
        assertThat(org("Vietnam's Ministry of Science and Technology")).isNotEqualTo("Ministry of Science and Technology of China");
        assertThat(org("Ministry of Science and Technology")).isEqualTo("(none)");
        assertThat(org("most")).isEqualTo("(none)");
    }

    @Test
    void academiesAndInstitutesByAcronymAliasAndParent() {
        assertThat(org("CAS")).isEqualTo("Chinese Academy of Sciences");
        assertThat(org("China Academy of Sciences")).isEqualTo("Chinese Academy of Sciences");
        assertThat(org("Institutes of Science and Development of China Academy of Sciences"))
                .isEqualTo("Institutes of Science and Development");
        assertThat(org("Shenzhen Institutes of Advanced Technology")).isEqualTo("Shenzhen Institute of Advanced Technology");
        assertThat(org("University of the Chinese Academy of Sciences")).isEqualTo("University of Chinese Academy of Sciences");
        assertThat(org("Institute of Automation of the Chinese Academy of Sciences"))
                .isEqualTo("Institute of Automation");
        assertThat(org("The Institute of Mechanics under the Chinese Academy of Sciences"))
                .isEqualTo("Institute of Mechanics");
        assertThat(org("International Cooperation Bureau of Chinese Academy of Sciences"))
                .isEqualTo("Bureau of International Cooperation, Chinese Academy of Sciences");
        assertThat(org("International Cooperation Bureau of the National Natural Science Foundation of China"))
                .isEqualTo("Bureau of International Cooperation, National Natural Science Foundation of China");
        assertThat(org("IHEP")).isEqualTo("Institute of High Energy Physics");
        assertThat(org("CELLS")).startsWith("Consortium for the Construction");
        assertThat(org("cells")).isEqualTo("(none)");
        assertThat(org("Spain Consortium for the Construction, Equipping and Exploitation of the Synchrotron Light Source"))
                .startsWith("Consortium for the Construction");
        assertThat(org("UK Royal Society")).isEqualTo("Royal Society");
        assertThat(org("The Royal Society")).isEqualTo("Royal Society");
        assertThat(org("World Energy Vehicle Development Organisation")).isEqualTo(org("WNEVDO"));
        assertThat(org("China's National Space Administration")).isEqualTo("China National Space Administration");
    }

    @Test
    void countriesByNameAliasAndDemonym() {
        assertThat(g.country("UK").map(CountryEntry::name)).contains("United Kingdom");
        assertThat(g.country("the U.K.").map(CountryEntry::name)).contains("United Kingdom");
        assertThat(g.country("U.S").map(CountryEntry::name)).contains("United States");
        assertThat(g.country("the United States").map(CountryEntry::name)).contains("United States");
        assertThat(g.country("us")).isEmpty();
        assertThat(g.country("Sino").map(CountryEntry::name)).contains("China");
        assertThat(g.country("Danish").map(CountryEntry::iso2)).contains("DK");
        assertThat(g.country("Türkiye")).isEqualTo(g.country("Turkey"));
        assertThat(g.country("Republic of Korea").map(CountryEntry::iso2)).contains("KR");
        assertThat(g.country("China").map(CountryEntry::wikidata)).contains("Q148");
        assertThat(g.demonym("Chinese").map(CountryEntry::name)).contains("China");
    }

    @Test
    void placesAndTitles() {
        assertThat(g.city("Xi'an").map(CityEntry::country)).contains("China");
        assertThat(g.city("Macau").map(CityEntry::name)).contains("Macao");
        assertThat(g.province("Guangdong Province").map(ProvinceEntry::name)).contains("Guangdong");
        assertThat(g.region("Central Asia").map(RegionEntry::members).orElseThrow()).contains("KZ", "TJ");
        assertThat(g.isHonorific("Prof.")).isTrue();
        assertThat(g.isHonorific("Dr")).isTrue();
        assertThat(g.isHonorific("Minister")).isFalse();
        assertThat(g.role("Director General")).contains("Director-General");
        assertThat(g.role("Deputy Director-General")).contains("Deputy Director-General");
        assertThat(g.role("vice minister")).contains("Vice Minister");
        assertThat(g.role("Vice Administrator")).contains("Vice Administrator");
        assertThat(g.role("Deputy Administrator")).contains("Deputy Administrator");
        assertThat(g.role("Dou")).isEqualTo(Optional.empty());
        assertThat(g.isPronoun("He")).isTrue();
    }

    @Test
    void normaliseUnifiesSpellings() {
        assertThat(Gazetteer.normalise("The Centre of S&T Organisation"))
                .isEqualTo(Gazetteer.normalise("center science and technology organization"));
        assertThat(Gazetteer.normalise("China\u2019s  Ministry")).isEqualTo("china ministry");
    }
}
