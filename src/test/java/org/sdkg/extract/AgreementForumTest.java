package org.sdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.DocFixture.doc;

import org.junit.jupiter.api.Test;
import org.sdkg.extract.gazetteer.Gazetteer;

/** Documents adopted by a group (ministers, delegations) get the forum's members as parties. */
class AgreementForumTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static Doc adopt(Doc doc) {
        new AgreementStage(BOOK, Gazetteer.load()).apply(doc);
        return doc;
    }

    @Test
    void delegationsOfTheNCountriesAreTheCountriesNamed() {
        Doc doc = adopt(doc("Ministers/NNS of/IN China/NNP/COUNTRY ,/, Laos/NNP/COUNTRY and/CC Kenya/NNP/COUNTRY met/VBD ./. | "
                + "The/DT delegations/NNS of/IN the/DT three/CD countries/NNS then/RB adopt/VBP the/DT Vientiane/NNP "
                + "Declaration/NNP ./."));
        assertThat(doc.agreements).hasSize(1);
        assertThat(doc.agreements.get(0).partyCountries).containsExactlyInAnyOrder("China", "Laos", "Kenya");
    }

    @Test
    void aCountOtherThanTheCountriesNamedGivesNoParties() {
        Doc doc = adopt(doc("Ministers/NNS of/IN China/NNP/COUNTRY and/CC Laos/NNP/COUNTRY met/VBD ./. | "
                + "The/DT delegations/NNS of/IN the/DT six/CD countries/NNS then/RB adopt/VBP the/DT Vientiane/NNP "
                + "Declaration/NNP ./."));
        assertThat(doc.agreements.get(0).partyCountries).isEmpty();
    }

    @Test
    void ministersOfAnInternationalOrganisationAdoptForIt() {
        Doc doc = doc("The/DT meeting/NN of/IN ministers/NNS of/IN the/DT Andean/NNP/ORGANIZATION Community/NNP/ORGANIZATION "
                + "was/VBD held/VBN ./. At/IN the/DT close/NN ,/, the/DT ministers/NNS adopt/VBP a/DT Joint/NNP "
                + "Statement/NNP on/IN Water/NNP ./.");
        doc.org("Andean Community", 0, "test").type = "InternationalOrganisation";
        adopt(doc);
        assertThat(doc.agreements).hasSize(1);
        assertThat(doc.agreements.get(0).partyOrgs).containsExactly("Andean Community");
    }
    @Test
    void aPlanOfActionIsAnActionPlan() {
        Doc doc = adopt(doc("The/DT ministers/NNS endorse/VBP the/DT ASEAN-China/NNP Plan/NNP of/IN Action/NNP on/IN "
                + "Water/NNP ./."));
        assertThat(doc.agreements).hasSize(1);
        assertThat(doc.agreements.get(0).title).isEqualTo("ASEAN-China Plan of Action");
        assertThat(doc.agreements.get(0).kind).isEqualTo("ActionPlan");
    }
}
