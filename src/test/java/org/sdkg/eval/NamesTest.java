package org.sdkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void personKeysIgnoreTitlesCaseDiacriticsHyphensAndSpaces() {
        assertThat(Names.personKey("Prof. Dou Xiankang")).isEqualTo(Names.personKey("dou xiankang"));
        assertThat(Names.personKey("Sir Paul Nurse")).isEqualTo("paulnurse");
        assertThat(Names.personKey("Dr. Tat-Ming Chan")).isEqualTo(Names.personKey("Tat Ming Chan"));
        assertThat(Names.personKey("Lee Jae-myung")).isEqualTo(Names.personKey("Lee Jae Myung"));
        assertThat(Names.personKey("José Pérez")).isEqualTo("joseperez");
        assertThat(Names.personKey("Mamoun M. Al-Debi’e")).isEqualTo(Names.personKey("Mamoun M. Al-Debi'e"));
        assertThat(Names.personKey("Dou Xiankang")).isNotEqualTo(Names.personKey("Dou Xiang"));
    }

    @Test
    void organisationKeysIgnoreTheSpellingsAndScienceAndTechnologyAbbreviation() {
        assertThat(Names.key("The Royal Society")).isEqualTo(Names.key("Royal Society"));
        assertThat(Names.key("China-Arab States Science and Technology Cooperation Centre"))
                .isEqualTo(Names.key("China-Arab States Science and Technology Cooperation Center"));
        assertThat(Names.key("World Energy Vehicle Development Organisation"))
                .isEqualTo(Names.key("World Energy Vehicle Development Organization"));
        assertThat(Names.key("China's Ministry of S&T")).isEqualTo(Names.key("Chinas Ministry of Science and Technology"));
        assertThat(Names.key("Chinese Academy of Sciences")).isNotEqualTo(Names.key("Chinese Academy of Engineering"));
    }

    @Test
    void countryKeysMapOtherNames() {
        assertThat(Names.countryKey("UK")).isEqualTo(Names.countryKey("United Kingdom"));
        assertThat(Names.countryKey("Britain")).isEqualTo(Names.countryKey("United Kingdom"));
        assertThat(Names.countryKey("U.S.")).isEqualTo(Names.countryKey("United States"));
        assertThat(Names.countryKey("PRC")).isEqualTo(Names.countryKey("China"));
        assertThat(Names.countryKey("Republic of Korea")).isEqualTo(Names.countryKey("South Korea"));
        assertThat(Names.countryKey("France")).isNotEqualTo(Names.countryKey("United Kingdom"));
    }

    @Test
    void rolesCompareWordByWord() {
        assertThat(Names.roleKey("Director-General")).isEqualTo(Names.roleKey("director general"));
        assertThat(Names.roleKey("Vice President")).isNotEqualTo(Names.roleKey("President"));
    }

    @Test
    void datesOfDifferentPrecisionAndRanges() {
        assertThat(Dates.compatible("2024-03-12", null, "2024-03-12", null)).isTrue();
        assertThat(Dates.compatible("2024-03", null, "2024-03-12", null)).isTrue();
        assertThat(Dates.compatible("2024-03-18", "2024-03-22", "2024-03-20", null)).isTrue();
        assertThat(Dates.compatible("2024-03-20", null, "2024-03-18", "2024-03-22")).isTrue();
        assertThat(Dates.compatible("2024-03-18", "2024-03-22", "2024-03-23", null)).isFalse();
        assertThat(Dates.compatible("2024-03-12", null, null, null)).isFalse();
        assertThat(Dates.compatible(null, null, "2024-03-12", null)).isTrue();
    }

    @Test
    void descriptiveNamesAreSimilarByContentWords() {
        assertThat(Matching.similarNames("Joint Laboratory for Remote Sensing Technology and Application",
                "joint laboratory for remote sensing technology")).isTrue();
        assertThat(Matching.similarNames("Joint Laboratory for Biodiversity Conservation and Sustainable Use",
                "Joint Laboratory for Remote Sensing Technology and Application")).isFalse();
    }
}
