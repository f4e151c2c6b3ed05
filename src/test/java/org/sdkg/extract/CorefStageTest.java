package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.DocFixture.doc;
import static org.sdkg.extract.DocFixture.resolved;
import static org.sdkg.extract.DocFixture.withPeople;

/** Pronouns, posts and organisation nouns resolved on hand-built reviews (no CoreNLP models). */
class CorefStageTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static Doc resolve(Doc doc) {
        withPeople(doc);
        new ReferenceStage(BOOK).apply(doc);
        new CorefStage().apply(doc);
        return doc;
    }

    @Test
    void aPronounIsTheSubjectOfTheSentenceBefore() {
        Doc doc = resolve(doc("Yin/NNP/PERSON Hejun/NNP/PERSON met/VBD Antoine/NNP/PERSON Petit/NNP/PERSON in/IN Paris/NNP/CITY ./. "
                + "| He/PRP also/RB underlined/VBD the/DT achievements/NNS ./."));
        assertThat(resolved(doc, CorefStage.PRONOUN)).containsExactly("He=Yin Hejun");
        assertThat(doc.tokens.get(1).get(0).ner()).isEqualTo("PERSON");
    }

    @Test
    void aPronounAfterAPersonInItsSentenceIsThatPerson() {
        Doc doc = resolve(doc("Wan/NNP/PERSON Gang/NNP/PERSON spoke/VBD first/RB ./. "
                + "| Gao/NNP/PERSON Ruilin/NNP/PERSON visited/VBD the/DT institute/NN ,/, where/WRB he/PRP met/VBD students/NNS ./."));
        assertThat(resolved(doc, CorefStage.PRONOUN)).containsExactly("he=Gao Ruilin");
    }

    @Test
    void aPronounWithNoOneBeforeItInTheParagraphStandsForNoOne() {
        Doc doc = resolve(doc("Yin/NNP/PERSON Hejun/NNP/PERSON met/VBD students/NNS ./.",
                "The/DT report/NN was/VBD released/VBN ./. | He/PRP also/RB underlined/VBD the/DT results/NNS ./."));
        assertThat(resolved(doc, CorefStage.PRONOUN)).isEmpty();
        assertThat(doc.tokens.get(2).get(0).ner()).isEqualTo("O");
    }

    @Test
    void aPronounDisagreeingWithTheHonorificStandsForNoOne() {
        Doc doc = resolve(doc("Ms./NNP/HONORIFIC Anna/NNP/PERSON Schmidt/NNP/PERSON opened/VBD the/DT forum/NN ./. "
                + "| He/PRP also/RB underlined/VBD the/DT results/NNS ./."));
        assertThat(resolved(doc, CorefStage.PRONOUN)).isEmpty();
    }

    @Test
    void theMinisterIsThePersonWithThatPost() {
        Doc doc = doc("Yin/NNP/PERSON Hejun/NNP/PERSON ,/, Minister/NNP/ROLE of/IN Science/NNP ,/, met/VBD "
                + "Liu/NNP/PERSON Wenqing/NNP/PERSON ,/, Vice/NNP/ROLE Minister/NNP/ROLE ./. "
                + "| The/DT minister/NN/ROLE also/RB emphasised/VBD cooperation/NN ./.");
        withPeople(doc);
        doc.posts.add(new Facts.Post("Yin Hejun", "Minister", null, "China", 0, "fixture", null));
        doc.posts.add(new Facts.Post("Liu Wenqing", "Vice Minister", null, "China", 0, "fixture", null));
        new ReferenceStage(BOOK).apply(doc);
        assertThat(resolved(doc, ReferenceStage.RULE)).containsExactly("minister=Yin Hejun");
        assertThat(doc.references.get(1)).containsExactly("Yin Hejun");
    }

    @Test
    void aRoleNobodyHoldsStandsForNoOne() {
        Doc doc = doc("Liu/NNP/PERSON Wenqing/NNP/PERSON ,/, Vice/NNP/ROLE Minister/NNP/ROLE ,/, spoke/VBD ./. "
                + "| The/DT ambassador/NN/ROLE also/RB attended/VBD ./.");
        withPeople(doc);
        doc.posts.add(new Facts.Post("Liu Wenqing", "Vice Minister", null, "China", 0, "fixture", null));
        new ReferenceStage(BOOK).apply(doc);
        assertThat(resolved(doc, ReferenceStage.RULE)).isEmpty();
        assertThat(doc.mentions(1, Mention.Type.ROLE)).hasSize(1);
    }

    @Test
    void theLaboratoryIsTheLatestLaboratoryOfTheSection() {
        Doc doc = resolve(doc("The/DT China-Kenya/NNP/ORGANIZATION Joint/NNP/ORGANIZATION Laboratory/NNP/ORGANIZATION "
                + "was/VBD launched/VBN with/IN Egerton/NNP/ORGANIZATION University/NNP/ORGANIZATION ./. "
                + "| The/DT laboratory/NN will/MD breed/VB maize/NN ./. | The/DT institute/NN said/VBD so/RB ./."));
        assertThat(resolved(doc, CorefStage.ORGANISATION)).containsExactly("laboratory=China-Kenya Joint Laboratory");
    }
}
