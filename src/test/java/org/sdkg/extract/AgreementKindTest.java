package org.sdkg.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of an agreement from its document noun, and the phrases that stand for the two sides. */
class AgreementKindTest {
    @Test
    void documentNounsGiveTheKind() {
        assertThat(AgreementStage.kind("signed the Work Plan for Science and Technology Cooperation 2024-2025")).isEqualTo("ActionPlan");
        assertThat(AgreementStage.kind("endorsed the ASEAN-China Plan of Action on Science")).isEqualTo("ActionPlan");
        assertThat(AgreementStage.kind("adopted a Roadmap for the Joint Laboratory")).isEqualTo("ActionPlan");
        assertThat(AgreementStage.kind("witnessed the signing of a Memorandum of Understanding")).isEqualTo("MemorandumOfUnderstanding");
        assertThat(AgreementStage.kind("signed a Joint Declaration of Intent on Quantum Science")).isEqualTo("Declaration");
        assertThat(AgreementStage.kind("inked a Protocol on Cooperation in Marine Science")).isEqualTo("Agreement");
        assertThat(AgreementStage.kind("exchanged a letter of intent")).isEqualTo("Agreement");
    }

    @Test
    void theTwoSidesInManyWords() {
        assertThat("an executive programme was signed by the two co-chairs .").matches(AgreementStage.TWO_SIDES);
        assertThat("Following the session , the two ministers inked a Protocol").matches(AgreementStage.TWO_SIDES);
        assertThat("The two academies renewed the cooperation agreement").matches(AgreementStage.TWO_SIDES);
        assertThat("Two satellites were launched").doesNotMatch(AgreementStage.TWO_SIDES);
    }
}
