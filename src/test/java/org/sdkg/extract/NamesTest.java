package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {
    @Test
    void stripsHonorifics() {
        assertThat(Names.clean("Prof. Dou Xiankang")).isEqualTo("Dou Xiankang");
        assertThat(Names.clean("Sir Paul Nurse")).isEqualTo("Paul Nurse");
        assertThat(Names.clean("Ms. Anna-Maria Arabia")).isEqualTo("Anna-Maria Arabia");
        assertThat(Names.clean("Dr Caterina Biscari")).isEqualTo("Caterina Biscari");
    }

    @Test
    void rejectsPronounsRolesAndLowerCase() {
        assertThat(Names.clean("He")).isEmpty();
        assertThat(Names.clean("the minister")).isEmpty();
        assertThat(Names.clean("President")).isEmpty();
        assertThat(Names.isPersonName("Yin Hejun")).isTrue();
        assertThat(Names.isPersonName("Prof. Chen")).isFalse();
    }

    @Test
    void keepsSingleNamesAndPossessivesOff() {
        assertThat(Names.clean("Kushvazoda")).isEqualTo("Kushvazoda");
        assertThat(Names.clean("Lee Jae Myung 's")).isEqualTo("Lee Jae Myung");
    }

    @Test
    void rejectsWordsOfOrganisationAndPortfolioNames() {
        assertThat(Names.clean("Scientific Research")).isEmpty();
        assertThat(Names.clean("Higher Education")).isEmpty();
        assertThat(Names.clean("Hany Abdelrahman Soliman")).isEqualTo("Hany Abdelrahman Soliman");
    }
}
