package org.sdkg.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of an evaluation: per review and category a {@link Score}, their micro-average over reviews,
 * and the gold people and organisations that were extracted as more than one node.
 */
public final class EvalReport {
    public static final String PEOPLE = "people";
    public static final String ORGANISATIONS = "organisations";
    public static final String COUNTRIES = "countries";
    public static final String PLACES = "places";
    public static final String EVENTS = "events";
    public static final String PAIRS = "pairs";
    public static final String POSTS = "posts";
    public static final String AGREEMENTS = "agreements";
    public static final String AGREEMENTS_RELAXED = "agreements-relaxed";
    public static final String LAUNCHES = "launches";
    public static final String RESEARCH = "research";
    /** Every category, in table order. */
    public static final List<String> CATEGORIES = List.of(PEOPLE, ORGANISATIONS, COUNTRIES, PLACES, EVENTS, PAIRS,
            POSTS, AGREEMENTS, AGREEMENTS_RELAXED, LAUNCHES, RESEARCH);

    private final Map<String, Map<String, Score>> byReview;
    private final Map<String, Score> total = new LinkedHashMap<>();
    private final List<String> duplicates;
    private final List<String> unscored;

    EvalReport(Map<String, Map<String, Score>> byReview, List<String> duplicates, List<String> unscored) {
        this.byReview = Collections.unmodifiableMap(new LinkedHashMap<>(byReview));
        this.duplicates = List.copyOf(duplicates);
        this.unscored = List.copyOf(unscored);
        for (String c : CATEGORIES) {
            Score t = new Score();
            byReview.forEach((review, scores) -> t.add(scores.get(c), review + ": "));
            total.put(c, t);
        }
    }

    /** Micro-averaged score of a category over all reviews. */
    public Score score(String category) {
        Score s = total.get(category);
        if (s == null) {
            throw new IllegalArgumentException("unknown category " + category + "; known: " + CATEGORIES);
        }
        return s;
    }

    /** Score of a category in one review. */
    public Score score(String reviewId, String category) {
        Map<String, Score> m = byReview.get(reviewId);
        if (m == null) {
            throw new IllegalArgumentException("review " + reviewId + " was not evaluated");
        }
        return m.get(category);
    }

    public double f1(String category) { return score(category).f1(); }

    public double precision(String category) { return score(category).precision(); }

    public double recall(String category) { return score(category).recall(); }

    /** Evaluated review ids. */
    public List<String> reviewIds() { return List.copyOf(byReview.keySet()); }

    /** "person NAME: iri1, iri2" for each gold person or organisation extracted as two or more nodes. */
    public List<String> duplicates() { return duplicates; }

    /** Extracted reviews that have no gold annotation (not scored). */
    public List<String> unscored() { return unscored; }

    /** The micro-averaged table. */
    public String table() { return table(total, "all reviews"); }

    /** The table of one review. */
    public String table(String reviewId) {
        score(reviewId, PEOPLE);
        return table(byReview.get(reviewId), "review " + reviewId);
    }

    private String table(Map<String, Score> scores, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "%-20s %5s %5s %5s %7s %7s %7s%n", "category", "TP", "FP", "FN", "P", "R", "F1"));
        for (String c : CATEGORIES) {
            Score s = scores.get(c);
            sb.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %7.3f %7.3f %7.3f%n",
                    c, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
        }
        sb.append(String.format(Locale.ROOT, "%-20s %5d%n", "duplicates", duplicates.size()));
        return sb.toString();
    }

    /** The table; with {@code verbose}, also per review tables and every false positive and false negative. */
    public String format(boolean verbose) {
        StringBuilder sb = new StringBuilder(table());
        duplicates.forEach(d -> sb.append("  duplicate ").append(d).append('\n'));
        unscored.forEach(u -> sb.append("  no gold for review ").append(u).append('\n'));
        if (verbose) {
            for (String review : byReview.keySet()) {
                sb.append('\n').append(table(review));
            }
            for (String c : CATEGORIES) {
                Score s = total.get(c);
                if (s.fp() + s.fn() == 0) {
                    continue;
                }
                sb.append('\n').append(c).append('\n');
                s.falseNegatives().forEach(x -> sb.append("  FN ").append(x).append('\n'));
                s.falsePositives().forEach(x -> sb.append("  FP ").append(x).append('\n'));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() { return format(false); }
}
