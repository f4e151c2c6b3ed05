package org.sdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.extract.DocFixture.doc;

import org.junit.jupiter.api.Test;
import org.sdkg.extract.gazetteer.Gazetteer;

/** Which country's ministry a portfolio post belongs to, and the names that ministry goes by. */
class PostCountryTest {
    private static final RuleBook BOOK = RuleBook.load();

    private static Doc posts(String sentence) {
        Doc doc = doc(sentence);
        new PersonStage(BOOK).apply(doc);
        new DateStage().apply(doc);
        new PostStage(BOOK, Gazetteer.load()).apply(doc);
        return doc;
    }

    @Test
    void countryNamedAfterThePortfolioOwnsTheMinistry() {
        Doc doc = posts("Sou/NNP/PERSON Phom/NNP/PERSON ,/, Minister/NNP/ROLE of/IN Technology/NNP and/CC "
                + "Communications/NNP of/IN Laos/NNP/COUNTRY ,/, attended/VBD ./.");
        assertThat(doc.posts).extracting(Facts.Post::organisation)
                .containsExactly("Ministry of Technology and Communications of Laos");
    }

    @Test
    void aPortfolioOfAnotherCountryIsNotAChineseMinistry() {
        Doc doc = posts("Sou/NNP/PERSON Phom/NNP/PERSON ,/, Minister/NNP/ROLE of/IN Energy/NNP of/IN "
                + "Ghana/NNP/COUNTRY ,/, attended/VBD ./.");
        assertThat(doc.posts).extracting(Facts.Post::organisation).containsExactly("Ghanaian Ministry of Energy");
    }

    @Test
    void aKnownMinistryCarriesTheNamesItGoesBy() {
        Doc doc = posts("Nigeria/NNP/COUNTRY 's/POS Minister/NNP/ROLE of/IN Innovation/NNP ,/, Science/NNP and/CC "
                + "Technology/NNP ,/, Ola/NNP/PERSON Ade/NNP/PERSON ,/, spoke/VBD ./.");
        String org = doc.posts.get(0).organisation();
        assertThat(org).isEqualTo("Federal Ministry of Innovation, Science and Technology of Nigeria");
        assertThat(doc.orgs.get(org).altLabels).contains("Nigerian Federal Ministry of Innovation, Science and Technology");
    }
    @Test
    void aVerbGivesTheRoleAndABoardBelongsToItsOwner() {
        Doc doc = posts("Jean/NNP/PERSON Habi/NNP/PERSON ,/, who/WP chairs/VBZ the/DT Acme/NNP/ORGANIZATION "
                + "University/NNP/ORGANIZATION 's/POS/ORGANIZATION Board/NNP/ORGANIZATION of/IN/ORGANIZATION "
                + "Governors/NNPS/ORGANIZATION ,/, spoke/VBD ./.");
        assertThat(doc.posts).extracting(p -> p.roleName() + " / " + p.organisation()).containsExactly("Chair / Acme University");
    }
    @Test
    void aPortfolioAtAnOrganisationIsPartOfTheRole() {
        Doc doc = posts("Val/NNP/PERSON Ruiz/NNP/PERSON ,/, Coordinator/NNP/ROLE of/IN Scientific/NNP Research/NNP at/IN "
                + "UNAM/NNP/ORGANIZATION ,/, said/VBD ./.");
        assertThat(doc.posts).extracting(p -> p.roleName() + " / " + p.organisation())
                .containsExactly("Coordinator of Scientific Research / UNAM");
    }

    @Test
    void aPortfolioDoesNotRunIntoTheNextPersonOfAList() {
        Doc doc = posts("Sergio/NNP/PERSON Ruiz/NNP/PERSON ,/, UNAM/NNP/ORGANIZATION 's/POS Coordinator/NNP/ROLE of/IN "
                + "Scientific/NNP Research/NNP ,/, and/CC Ji/NNP/PERSON Wen/NNP/PERSON ,/, Deputy/NNP/ROLE Director/NNP/ROLE "
                + "of/IN CENC/NNP/ORGANIZATION ./.");
        assertThat(doc.posts).extracting(p -> p.person() + " / " + p.organisation())
                .doesNotContain("Ji Wen / Chinese Ministry of Scientific Research")
                .contains("Ji Wen / CENC");
    }
}
