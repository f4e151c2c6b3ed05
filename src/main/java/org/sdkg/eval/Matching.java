package org.sdkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;

/** One-to-one matching of gold and extracted items, and fuzzy comparison of descriptive names. */
final class Matching {
    private Matching() {}

    private record Candidate(int gold, int extracted, double score, boolean optional) {}

    /**
     * Greedy one-to-one assignment, best score first, required gold items before optional ones. A gold item
     * assigned is a true positive, a required gold item left is a false negative, an extracted item left is a
     * false positive; an extracted item assigned to an optional gold item counts for nothing.
     */
    static <G, E> Score oneToOne(List<G> gold, List<E> extracted, Predicate<G> optional,
                                 ToDoubleBiFunction<G, E> score, Function<G, String> goldLabel,
                                 Function<E, String> extractedLabel) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < extracted.size(); j++) {
                double s = score.applyAsDouble(gold.get(i), extracted.get(j));
                if (s > 0) {
                    candidates.add(new Candidate(i, j, s, optional.test(gold.get(i))));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::optional)
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::extracted));
        Set<Integer> goldUsed = new HashSet<>();
        Set<Integer> extractedUsed = new HashSet<>();
        for (Candidate c : candidates) {
            if (!goldUsed.contains(c.gold()) && !extractedUsed.contains(c.extracted())) {
                goldUsed.add(c.gold());
                extractedUsed.add(c.extracted());
            }
        }
        Score s = new Score();
        for (int i = 0; i < gold.size(); i++) {
            if (optional.test(gold.get(i))) {
                continue;
            }
            if (goldUsed.contains(i)) {
                s.truePositive();
            } else {
                s.falseNegative(goldLabel.apply(gold.get(i)));
            }
        }
        for (int j = 0; j < extracted.size(); j++) {
            if (!extractedUsed.contains(j)) {
                s.falsePositive(extractedLabel.apply(extracted.get(j)));
            }
        }
        return s;
    }

    /**
     * Two descriptive names are similar when their keys are equal, when their content words overlap with a
     * Jaccard index of at least 0.6, or when the content words of one (three or more) are all in the other.
     */
    static boolean similarNames(String a, String b) {
        if (Names.key(a).equals(Names.key(b))) {
            return true;
        }
        Set<String> x = Names.contentWords(a);
        Set<String> y = Names.contentWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        if (inter.size() / (double) union.size() >= 0.6) {
            return true;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        return small.size() >= 3 && inter.size() == small.size();
    }
}
