package org.sdkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sdkg.eval.EvalReport;
import org.sdkg.eval.Evaluator;
import org.sdkg.eval.GoldSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores the extractor and the raw CoreNLP baseline on the five reviews against the gold annotations. */
class ExtractionIT {
    static EvalReport ours;
    static EvalReport baseline;

    @BeforeAll
    static void score() throws Exception {
        GoldSet gold = GoldSet.load(Reviews.projectDir().resolve("src/test/resources/gold"));
        ours = new Evaluator().evaluate(Reviews.ourModels(), gold);
        baseline = new Evaluator().evaluate(Reviews.baseline(), gold);
        System.out.println("== sdkg extractor\n" + ours.format(true));
        System.out.println("== raw CoreNLP baseline\n" + baseline.format(false));
    }

    @Test
    void beatsTheBaselineOnPeopleAndPairs() {
        assertThat(ours.f1(EvalReport.PEOPLE)).isGreaterThan(baseline.f1(EvalReport.PEOPLE));
        assertThat(ours.f1(EvalReport.PAIRS)).isGreaterThan(baseline.f1(EvalReport.PAIRS));
    }

    @Test
    void meetsThePeopleAndPairsBars() {
        assertThat(ours.f1(EvalReport.PAIRS)).as("pairs F1").isGreaterThanOrEqualTo(0.95);
        assertThat(ours.f1(EvalReport.PEOPLE)).as("people F1").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void meetsThePostAgreementAndLaunchBars() {
        assertThat(ours.f1(EvalReport.POSTS)).as("posts F1").isGreaterThanOrEqualTo(0.85);
        assertThat(ours.f1(EvalReport.AGREEMENTS)).as("agreements F1").isGreaterThanOrEqualTo(0.85);
        assertThat(ours.f1(EvalReport.LAUNCHES)).as("launches F1").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void noDuplicateNodes() {
        assertThat(ours.duplicates()).isEmpty();
    }
}
