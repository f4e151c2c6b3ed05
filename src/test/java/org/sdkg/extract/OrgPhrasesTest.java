package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OrgPhrasesTest {
    private static List<String> found(String sentence) {
        List<String> w = Arrays.asList(sentence.split(" "));
        return OrgPhrases.find(w, k -> false).stream().map(s -> String.join(" ", w.subList(s.begin(), s.end()))).toList();
    }

    @Test
    void keepsAndInsideOneName() {
        assertThat(found("built by the Xinjiang Institute of Ecology and Geography ( XIEG )"))
                .containsExactly("Xinjiang Institute of Ecology and Geography");
        assertThat(found("the Lunar Exploration and Space Program Center of the agency"))
                .containsExactly("Lunar Exploration and Space Program Center");
    }

    @Test
    void splitsTwoNamesJoinedByAnd() {
        assertThat(found("Biologists from the Shenzhen Institutes of Advanced Technology and Shanghai Jiao Tong University engineered"))
                .containsExactly("Shenzhen Institutes of Advanced Technology", "Shanghai Jiao Tong University");
        assertThat(found("a project between Nanjing University and USTC")).containsExactly("Nanjing University");
    }

    @Test
    void needsAHeadWord() {
        assertThat(found("China and Italy launched it")).isEmpty();
        assertThat(found("China and Italy launched a Joint laboratory of Pharmaceutical Biotechnology in Shenzhen"))
                .containsExactly("Joint laboratory of Pharmaceutical Biotechnology");
    }

    @Test
    void aBareOrLowerCaseKindIsNoName() {
        assertThat(found("The Centre will host visiting scholars")).isEmpty();
        assertThat(found("an R&D alliance of companies")).isEmpty();
        assertThat(found("teams from Chinese and UK institutes worked")).isEmpty();
    }

    @Test
    void ordinalsDatesAndDocumentsStayOutside() {
        assertThat(found("the 7th China-Sweden Joint Committee on Science and Technology Cooperation meeting"))
                .containsExactly("China-Sweden Joint Committee on Science and Technology Cooperation");
        assertThat(found("launched from the Jiuquan Satellite Launch Centre on 12 January"))
                .containsExactly("Jiuquan Satellite Launch Centre");
        assertThat(found("signed a Memorandum of Understanding on Joint Construction of Technology Transfer Centre")).isEmpty();
    }

    @Test
    void portfoliosListedWithCommasStayInsideTheName() {
        assertThat(found("Bakhtiyor Rakhimov , Uzbekistan 's Minister of Higher Education , Science and Innovation ."))
                .isEmpty();
        assertThat(found("officials of the Ministry of Business , Innovation and Employment ( MBIE ) met"))
                .containsExactly("Ministry of Business , Innovation and Employment");
        assertThat(found("the Ministry of Science , Technological Development and Innovation of Serbia said"))
                .containsExactly("Ministry of Science , Technological Development and Innovation of Serbia");
        assertThat(found("the University of Belgrade , Tsinghua University and Peking University signed"))
                .containsExactly("University of Belgrade", "Tsinghua University", "Peking University");
        assertThat(found("the Ministry of Education , and Prof. Zhang Lin , Dean of the School"))
                .containsExactly("Ministry of Education");
    }

    @Test
    void aPortfolioBeforeANamedBodyIsNotPartOfIt() {
        assertThat(found("Vice-Rector for International Cooperation of the University of Belgrade , and"))
                .containsExactly("University of Belgrade");
    }

    @Test
    void guessesTypes() {
        assertThat(OrgTypes.guess("Jinnah University")).isEqualTo("University");
        assertThat(OrgTypes.guess("Pakistan Ministry of Planning")).isEqualTo("GovernmentBody");
        assertThat(OrgTypes.guess("Chinese Society of Astronautics")).isEqualTo("Association");
    }
}
