package org.sdkg.extract;

import org.junit.jupiter.api.Test;
import org.sdkg.extract.gazetteer.Gazetteer;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One organisation per real organisation: acronyms, possessive countries and bare kinds. */
class MentionIdentityTest {
    private static Doc mentions(String... paragraphs) {
        Doc doc = DocFixture.doc(paragraphs);
        // CoreNLP's tags stay in doc.coreNer; the stage finds the mentions itself
        for (Mention m : new ArrayList<>(doc.mentions)) {
            for (int k = m.begin(); k < m.end(); k++) doc.mentionAt[m.sentence()][k] = null;
        }
        doc.mentions.clear();
        new MentionStage(Gazetteer.load(), RuleBook.load()).apply(doc);
        return doc;
    }

    private static List<String> keys(Doc doc, String text) {
        List<String> out = new ArrayList<>();
        for (Mention m : doc.mentions) if (m.type() == Mention.Type.ORGANIZATION && m.text().equals(text)) out.add(m.key());
        return out;
    }

    @Test
    void anAcronymDefinedInTheReviewWinsOverTheGazetteer() {
        Doc doc = mentions("The/DT lab/NN opened/VBD at/IN Istanbul/NNP Technical/NNP University/NNP (/-LRB- ITU/NNP )/-RRB- ./.",
                "ITU/NNP and/CC the/DT Institute/NNP of/IN Engineering/NNP Mechanics/NNP run/VBP it/PRP ./.");
        assertThat(keys(doc, "ITU")).isNotEmpty().containsOnly("Istanbul Technical University");
        assertThat(doc.orgs).doesNotContainKey("International Telecommunication Union")
                .doesNotContainKey("ITU and the Institute of Engineering Mechanics");
    }

    @Test
    void anAmbiguousAcronymAloneNeedsItsCountryNearby() {
        Doc alone = mentions("Experts/NNS from/IN CEA/NNP visited/VBD Beijing/NNP ./.");
        assertThat(alone.orgs).doesNotContainKey("French Alternative Energies and Atomic Energy Commission");
        Doc french = mentions("Experts/NNS from/IN France/NNP 's/POS CEA/NNP visited/VBD Beijing/NNP ./.");
        assertThat(french.orgs).containsKey("French Alternative Energies and Atomic Energy Commission");
    }

    @Test
    void aPossessiveCountryIsNotPartOfTheName() {
        Doc doc = mentions("She/PRP is/VBZ Rector/NNP of/IN Argentina/NNP 's/POS National/NNP University/NNP of/IN La/NNP Plata/NNP ./.",
                "He/PRP spoke/VBD for/IN Poland/NNP 's/POS Ministry/NNP of/IN Science/NNP and/CC Higher/NNP Education/NNP ./.");
        assertThat(doc.orgs).containsKeys("National University of La Plata", "Polish Ministry of Science and Higher Education")
                .doesNotContainKey("Argentina's National University of La Plata");
        assertThat(doc.orgs.get("National University of La Plata").country).isEqualTo("Argentina");
        assertThat(doc.countries).contains("Argentina", "Poland");
    }

    @Test
    void aBareKindIsTheLatestOrganisationOfThatKind() {
        Doc doc = mentions("MOST/NNP and/CC the/DT European/NNP Commission/NNP met/VBD ./. | The/DT Commission/NNP/ORGANIZATION will/MD pay/VB ./.");
        assertThat(keys(doc, "Commission")).containsExactly("European Commission");
        assertThat(doc.orgs).doesNotContainKey("Commission");
        Doc none = mentions("The/DT Commission/NNP/ORGANIZATION will/MD pay/VB ./.");
        assertThat(none.orgs).doesNotContainKey("Commission");
    }
}
