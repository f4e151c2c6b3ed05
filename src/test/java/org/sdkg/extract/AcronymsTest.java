package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymsTest {
    @Test
    void findsBracketedAcronymsAfterNames() {
        List<String> words = List.of("the", "Australian", "Academy", "of", "Science", "(", "AAS", ")", "head", "by");
        assertThat(Acronyms.definitions(words)).containsExactly(new Acronyms.Definition(6, 7, "AAS"));
    }

    @Test
    void acceptsTwoWordAcronyms() {
        List<String> words = List.of("Climate", "Science", "for", "Service", "Partnership", "China", "(", "CSSP", "China", ")");
        assertThat(Acronyms.definitions(words)).extracting(Acronyms.Definition::acronym).containsExactly("CSSP China");
    }

    @Test
    void ignoresBracketedWordsThatAreNotAcronyms() {
        assertThat(Acronyms.definitions(List.of("Research", "Center", "(", "Dushanbe", ")", "under"))).isEmpty();
    }

    @Test
    void checksThatLettersFitTheName() {
        assertThat(Acronyms.fits("National Natural Science Foundation of China", "NSFC")).isTrue();
        assertThat(Acronyms.fits("Space and Upper Atmosphere Research Commission", "SUPARCO")).isTrue();
        assertThat(Acronyms.fits("Royal Society", "NSFC")).isFalse();
    }
}
