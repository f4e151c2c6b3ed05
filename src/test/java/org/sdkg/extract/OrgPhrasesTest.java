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
    void guessesTypes() {
        assertThat(OrgTypes.guess("Jinnah University")).isEqualTo("University");
        assertThat(OrgTypes.guess("Pakistan Ministry of Planning")).isEqualTo("GovernmentBody");
        assertThat(OrgTypes.guess("Chinese Society of Astronautics")).isEqualTo("Association");
    }
}
