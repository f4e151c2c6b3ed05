package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.DocFixture.doc;
import static org.sdkg.extract.DocFixture.resolved;
import static org.sdkg.extract.DocFixture.withPeople;

/** Surnames written alone resolve to the one person of the review with that surname, never to one of two. */
class SurnameTest {
    @Test
    void surnamesOfChineseAndWesternNames() {
        assertThat(Names.surname("Chen Zhongwei")).isEqualTo("Chen");
        assertThat(Names.surname("Milan Jovanović")).isEqualTo("Jovanović");
        assertThat(Names.surname("Tran Minh Duc")).isEqualTo("Tran");
        assertThat(Names.surname("Kushvazoda")).isNull();
    }

    @Test
    void aSurnameOfOnePersonIsThatPerson() {
        Doc doc = withPeople(doc("Wang/NNP/PERSON Hongwei/NNP/PERSON hosted/VBD Milan/NNP/PERSON Jovanović/NNP/PERSON ./. "
                + "| Wang/NNP and/CC Jovanović/NNP then/RB signed/VBD a/DT memorandum/NN ./. "
                + "| Prof./NNP/HONORIFIC Wang/NNP/PERSON said/VBD so/RB ./."));
        assertThat(resolved(doc, PersonStage.SURNAME)).containsExactly("Wang=Wang Hongwei", "Jovanović=Milan Jovanović");
        assertThat(doc.mentions(2, Mention.Type.PERSON)).extracting(Mention::key).containsExactly("Wang Hongwei");
        assertThat(doc.people).containsOnlyKeys("Wang Hongwei", "Milan Jovanović");
    }

    @Test
    void aSurnameOfTwoPeopleIsNoOne() {
        Doc doc = withPeople(doc("Wang/NNP/PERSON Hongwei/NNP/PERSON met/VBD Wang/NNP/PERSON Xiaoping/NNP/PERSON ./. "
                + "| Wang/NNP also/RB visited/VBD Chile/NNP/COUNTRY ./. | Prof./NNP/HONORIFIC Wang/NNP/PERSON said/VBD so/RB ./."));
        assertThat(resolved(doc, PersonStage.SURNAME)).isEmpty();
        assertThat(doc.mentions(1, Mention.Type.PERSON)).isEmpty();
        assertThat(doc.mentions(2, Mention.Type.PERSON)).isEmpty();
        assertThat(doc.people).containsOnlyKeys("Wang Hongwei", "Wang Xiaoping");
    }

    @Test
    void aGivenNameIsNotASurname() {
        Doc doc = withPeople(doc("Chen/NNP/PERSON Zhongwei/NNP/PERSON spoke/VBD ./. | Zhongwei/NNP also/RB visited/VBD Chile/NNP/COUNTRY ./."));
        assertThat(doc.mentions(1, Mention.Type.PERSON)).isEmpty();
    }

    @Test
    void aTitledSingleNameWithoutAFullNameStays() {
        Doc doc = withPeople(doc("The/DT meeting/NN was/VBD chaired/VBN by/IN President/NNP/ROLE Kushvazoda/NNP/PERSON of/IN the/DT academy/NN ./."));
        assertThat(doc.people).containsOnlyKeys("Kushvazoda");
    }

    @Test
    void aPlaceBetweenAnHonorificAndANameIsAFirstName() {
        Doc doc = withPeople(doc("Wang/NNP/PERSON Hongwei/NNP/PERSON hosted/VBD Prof./NNP/HONORIFIC Milan/NNP/CITY Jovanović/NNP in/IN Beijing/NNP/CITY ./."));
        assertThat(doc.people).containsKeys("Milan Jovanović");
        assertThat(doc.mentions(0, Mention.Type.CITY)).extracting(Mention::key).containsExactly("Beijing");
    }
}
