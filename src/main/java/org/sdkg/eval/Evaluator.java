package org.sdkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.sdkg.ontology.Iris;

/**
 * Compares extracted review graphs with gold annotations. See the package documentation for the matching
 * rules of each category.
 *
 * <pre>{@code
 * GoldSet gold = GoldSet.load(Path.of("src/test/resources/gold"));
 * EvalReport report = new Evaluator().evaluate(Map.of("2024-03", model), gold);
 * System.out.println(report.format(true));
 * double f1 = report.f1(EvalReport.PAIRS);
 * }</pre>
 */
public final class Evaluator {

    /**
     * Scores every review of the gold set. A gold review without an extracted graph is scored against an empty
     * graph (everything missed); an extracted review without gold is reported as unscored.
     */
    public EvalReport evaluate(Map<String, Model> extractedByReviewId, GoldSet gold) {
        Map<String, Map<String, Score>> byReview = new LinkedHashMap<>();
        Map<String, Set<String>> personIris = new TreeMap<>();
        Map<String, Set<String>> orgIris = new TreeMap<>();
        for (String id : gold.reviewIds()) {
            Model m = extractedByReviewId.getOrDefault(id, ModelFactory.createDefaultModel());
            ReviewScorer scorer = new ReviewScorer(gold.review(id).orElseThrow(), ExtractedGraph.read(m));
            byReview.put(id, scorer.score());
            scorer.personIris.forEach((k, v) -> personIris.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
            scorer.organisationIris.forEach((k, v) -> orgIris.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        }
        List<String> duplicates = new ArrayList<>();
        personIris.forEach((k, v) -> {
            if (v.size() > 1) {
                duplicates.add("person " + k + ": " + String.join(", ", v));
            }
        });
        orgIris.forEach((k, v) -> {
            if (v.size() > 1) {
                duplicates.add("organisation " + k + ": " + String.join(", ", v));
            }
        });
        List<String> unscored = extractedByReviewId.keySet().stream()
                .filter(id -> gold.review(id).isEmpty()).sorted().toList();
        return new EvalReport(byReview, duplicates, unscored);
    }

    /** Scores the review named graphs ({@link Iris#reviewGraph}) of a dataset, e.g. a TDB2 store. */
    public EvalReport evaluate(Dataset dataset, GoldSet gold) {
        Map<String, Model> models = new LinkedHashMap<>();
        boolean inTxn = dataset.isInTransaction();
        if (!inTxn && dataset.supportsTransactions()) {
            dataset.begin(ReadWrite.READ);
        }
        try {
            for (String id : gold.reviewIds()) {
                String graph = Iris.reviewGraph(id);
                if (dataset.containsNamedModel(graph)) {
                    models.put(id, ModelFactory.createDefaultModel().add(dataset.getNamedModel(graph)));
                }
            }
        } finally {
            if (!inTxn && dataset.supportsTransactions()) {
                dataset.end();
            }
        }
        return evaluate(models, gold);
    }
}
