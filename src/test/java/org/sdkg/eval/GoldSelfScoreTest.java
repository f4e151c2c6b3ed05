package org.sdkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The gold written as graphs scores 1.0 in every category: every gold item can be matched by the scorer, and
 * the one-to-one matching does not mix up similar events.
 */
class GoldSelfScoreTest {

    @Test
    void goldAsGraphsScoresOneEverywhere() throws IOException {
        GoldSet gold = GoldSet.load(GoldFilesTest.GOLD);
        Map<String, Model> graphs = new LinkedHashMap<>();
        gold.all().forEach((id, g) -> graphs.put(id, GoldGraphs.toModel(g)));
        EvalReport report = new Evaluator().evaluate(graphs, gold);
        for (String c : EvalReport.CATEGORIES) {
            Score s = report.score(c);
            assertThat(s.f1()).as(c + " FP " + s.falsePositives() + " FN " + s.falseNegatives()).isEqualTo(1.0);
        }
        assertThat(report.duplicates()).isEmpty();
        assertThat(report.score(EvalReport.PAIRS).tp()).isEqualTo(5 + 3 + 5 + 3 + 3);
    }

    @Test
    void droppingOneParticipantCostsItsPairs() throws IOException {
        GoldSet gold = GoldSet.load(GoldFilesTest.GOLD);
        Map<String, Model> graphs = new LinkedHashMap<>();
        gold.all().forEach((id, g) -> graphs.put(id, GoldGraphs.toModel(g)));
        Model m = graphs.get("2024-03");
        m.removeAll(null, org.sdkg.ontology.SDKG.participant,
                m.createResource(org.sdkg.ontology.Iris.person("Alison Noble")));
        EvalReport report = new Evaluator().evaluate(graphs, gold);
        Score pairs = report.score(EvalReport.PAIRS);
        assertThat(pairs.fn()).isEqualTo(2);
        assertThat(pairs.falseNegatives()).containsExactlyInAnyOrder(
                "2024-03: Alison Noble – Dou Xiankang", "2024-03: Alison Noble – Mark Walport");
        assertThat(report.f1(EvalReport.EVENTS)).isEqualTo(1.0);
    }
}
