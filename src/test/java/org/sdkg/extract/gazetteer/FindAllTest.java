package org.sdkg.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Longest non-overlapping matches over token lists as CoreNLP writes them. */
class FindAllTest {
    private final Gazetteer g = Gazetteer.load();

    private static List<String> tokens(String s) { return Arrays.asList(s.split(" ")); }

    private static String describe(List<String> tokens, List<Match> ms) {
        StringBuilder b = new StringBuilder();
        for (Match m : ms) b.append(m.kind()).append('[').append(m.text(tokens)).append("=").append(m.entry().name()).append("] ");
        return b.toString().strip();
    }

    @Test
    void meetingSentence() {
        List<String> t = tokens("A meeting between Prof. Dou Xiankang , President of the National Natural Science "
                + "Foundation of China -LRB- NSFC -RRB- and Mark Walport , Vice President and Foreign Secretary of "
                + "The Royal Society -LRB- RS -RRB- , UK was held on 12 March in Beijing .");
        assertThat(describe(t, g.findAll(t))).isEqualTo(
                "HONORIFIC[Prof.=Professor] ROLE[President=President] "
                + "ORGANISATION[National Natural Science Foundation of China=National Natural Science Foundation of China] "
                + "ORGANISATION[NSFC=National Natural Science Foundation of China] "
                + "ROLE[Vice President=Vice President] ROLE[Foreign Secretary=Foreign Secretary] "
                + "ORGANISATION[Royal Society=Royal Society] ORGANISATION[RS=Royal Society] "
                + "COUNTRY[UK=United Kingdom] CITY[Beijing=Beijing]");
    }

    @Test
    void ministryWithCountryWordsIsOneMatch() {
        List<String> t = tokens("Dai Gang , Director of the International Cooperation Department of China 's "
                + "Ministry of S&T and David Edvardsson of the Swedish Ministry of Education and Research");
        List<Match> ms = g.findAll(t);
        assertThat(describe(t, ms)).contains(
                "ORGANISATION[International Cooperation Department of China 's Ministry of S&T="
                        + "Department of International Cooperation, Ministry of Science and Technology of China]",
                "ORGANISATION[Swedish Ministry of Education and Research=Ministry of Education and Research of Sweden]");
    }

    @Test
    void pakistanMinistryIsNotChinas() {
        List<String> t = tokens("Syed Boluchi , Permanent Secretary , Pakistan Ministry of Science and Technology");
        assertThat(describe(t, g.findAll(t))).isEqualTo("ROLE[Permanent Secretary=Permanent Secretary] "
                + "ORGANISATION[Pakistan Ministry of Science and Technology=Ministry of Science and Technology of Pakistan]");
    }

    @Test
    void demonymsRolesAndLowerCaseTitles() {
        List<String> t = tokens("Chinese President Xi Jinping and South Korean President Lee Jae Myung met ; "
                + "Yang Honglun , senior engineer at the lab , spoke in Hefei , Anhui Province .");
        assertThat(describe(t, g.findAll(t))).isEqualTo("DEMONYM[Chinese=China] ROLE[President=President] "
                + "DEMONYM[South Korean=South Korea] ROLE[President=President] "
                + "ROLE[senior engineer=Senior Engineer] CITY[Hefei=Hefei] PROVINCE[Anhui Province=Anhui]");
    }

    @Test
    void professorIsHonorificBeforeANameAndRoleOtherwise() {
        List<String> t = tokens("Professor Jiang Jun is a professor at USTC");
        assertThat(describe(t, g.findAll(t))).isEqualTo("HONORIFIC[Professor=Professor] ROLE[professor=Professor] "
                + "ORGANISATION[USTC=University of Science and Technology of China]");
    }

    @Test
    void matchesStopAtSentenceEndsAndNeverTakeATrailingDemonym() {
        List<String> t = tokens("It was built with MICROSAT China . China launched it . The Lunar Exploration and Space "
                + "Program Center of the China National Space Administration , the Chinese Society of Astronautics");
        assertThat(describe(t, g.findAll(t))).isEqualTo(
                "ORGANISATION[MICROSAT China=Innovation Academy for Microsatellites] "
                + "COUNTRY[China=China] "
                + "ORGANISATION[Lunar Exploration and Space Program Center of the China National Space Administration="
                + "Lunar Exploration and Space Program Center] "
                + "ORGANISATION[Chinese Society of Astronautics=Chinese Society of Astronautics]");
    }

    @Test
    void otherScriptsDoNotVanishIntoAMatch() {
        List<String> t = tokens("\u0905\u0927 \u0938\u0902 CHINA");
        assertThat(describe(t, g.findAll(t))).isEqualTo("COUNTRY[CHINA=China]");
    }

    @Test
    void aMatchDoesNotRunOverACommaIntoTheNextName() {
        List<String> t = tokens("jointly initiated by the Chinese Society of Astronautics , the Chinese Society of "
                + "Space Research and others");
        assertThat(g.findAll(t)).allSatisfy(m -> assertThat(m.text(t)).doesNotContain(","));
    }

    @Test
    void programCentreIsNotTheEngineeringCentre() {
        List<String> t = tokens("the Lunar Exploration and Space Program Center and the Lunar Exploration and "
                + "Space Engineering Center");
        assertThat(describe(t, g.findAll(t))).isEqualTo(
                "ORGANISATION[Lunar Exploration and Space Program Center=Lunar Exploration and Space Program Center] "
                + "ORGANISATION[Lunar Exploration and Space Engineering Center=Lunar Exploration and Space Engineering Center]");
    }
}
