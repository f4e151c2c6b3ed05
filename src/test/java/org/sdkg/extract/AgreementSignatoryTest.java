package org.sdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.DocFixture.doc;

import org.junit.jupiter.api.Test;
import org.sdkg.extract.gazetteer.Gazetteer;

/** Who signed: the people before the verb, unless organisations that are not their posts' stand between. */
class AgreementSignatoryTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static Doc signed(String sentence) {
        Doc doc = doc(sentence);
        new PersonStage(BOOK).apply(doc);
        new DateStage().apply(doc);
        new PostStage(BOOK, Gazetteer.load()).apply(doc);
        new ReferenceStage(BOOK).apply(doc);
        new CorefStage().apply(doc);
        new EventStage(BOOK).apply(doc);
        new AgreementStage(BOOK, Gazetteer.load()).apply(doc);
        return doc;
    }

    @Test
    void organisationsSigningOnTheSidelinesOfASummitAreTheParties() {
        Doc doc = signed("On/IN the/DT sidelines/NNS of/IN President/NNP Ana/NNP/PERSON Souza/NNP/PERSON and/CC "
                + "President/NNP Ivan/NNP/PERSON Petrov/NNP/PERSON 's/POS summit/NN ,/, the/DT Brazilian/JJ/ORGANIZATION "
                + "Space/NNP/ORGANIZATION Agency/NNP/ORGANIZATION and/CC Roscosmos/NNP/ORGANIZATION inked/VBD an/DT "
                + "agreement/NN ./.");
        assertThat(doc.agreements).hasSize(1);
        assertThat(doc.agreements.get(0).signatories).isEmpty();
        assertThat(doc.events).filteredOn(e -> e.kind.equals("Signing"))
                .allSatisfy(e -> assertThat(e.everyone()).isEmpty());
    }

    @Test
    void peopleWhoSignedStaySignatories() {
        Doc doc = signed("Ana/NNP/PERSON Souza/NNP/PERSON and/CC Ivan/NNP/PERSON Petrov/NNP/PERSON inked/VBD an/DT "
                + "agreement/NN ./.");
        assertThat(doc.agreements).hasSize(1);
        assertThat(doc.agreements.get(0).signatories).containsExactlyInAnyOrder("Ana Souza", "Ivan Petrov");
    }
    @Test
    void aLaboratoryNamedAfterTheDocumentIsNotItsTitle() {
        Doc doc = signed("Ana/NNP/PERSON Souza/NNP/PERSON and/CC Ivan/NNP/PERSON Petrov/NNP/PERSON inked/VBD an/DT agreement/NN "
                + "on/IN the/DT China-Laos/NNP Joint/NNP Laboratory/NNP for/IN Plant/NNP Resources/NNP ./.");
        assertThat(doc.agreements).hasSize(1);
        assertThat(doc.agreements.get(0).title).isNull();
        assertThat(AgreementStage.isDocumentName(java.util.List.of("Joint", "Action", "Plan"))).isTrue();
        assertThat(AgreementStage.isDocumentName(java.util.List.of("Joint", "Laboratory", "for", "Plant", "Resources"))).isFalse();
    }
    @Test
    void aSigningStillToComeIsNoAgreement() {
        Doc doc = signed("Acme/NNP/ORGANIZATION and/CC Bolt/NNP/ORGANIZATION are/VBP expected/VBN to/TO sign/VB an/DT "
                + "agreement/NN later/RB this/DT year/NN ./.");
        assertThat(doc.agreements).isEmpty();
        assertThat(signed("Acme/NNP/ORGANIZATION and/CC Bolt/NNP/ORGANIZATION sign/VBP an/DT agreement/NN ./.").agreements)
                .hasSize(1);
        assertThat(AgreementStage.unsigned(java.util.List.of("they", "will", "sign"), 2)).isTrue();
        assertThat(AgreementStage.unsigned(java.util.List.of("they", "signed"), 1)).isFalse();
    }
}
