package org.sdkg.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;

/**
 * Community detection with JGraphT's label propagation. JGraphT 1.5.2 has no Louvain; of its clusterings
 * (label propagation, Girvan-Newman, k-spanning-tree) only label propagation needs no number of communities
 * given in advance. Label propagation depends on the order in which it visits nodes, so
 * it runs with {@value #RUNS} fixed seeds and keeps the partition of highest modularity
 * ({@link UndirectedModularityMeasurer}, edge weights counted): the result is the same on every run.
 * Communities are numbered from 1 by decreasing size, ties broken by their first member's IRI.
 */
public final class Communities {
    /** Number of seeded label propagation runs. */
    public static final int RUNS = 25;

    private final List<Set<String>> communities;
    private final double modularity;

    private Communities(List<Set<String>> communities, double modularity) {
        this.communities = communities;
        this.modularity = modularity;
    }

    /** Detects the communities of a graph. */
    public static <E> Communities detect(Graph<String, E> graph) {
        if (graph.vertexSet().isEmpty()) return new Communities(List.of(), 0);
        UndirectedModularityMeasurer<String, E> measurer = new UndirectedModularityMeasurer<>(graph);
        List<Set<String>> best = null;
        double bestQ = Double.NEGATIVE_INFINITY;
        for (int seed = 1; seed <= RUNS; seed++) {
            List<Set<String>> clusters = sorted(
                    new LabelPropagationClustering<>(graph, new Random(seed)).getClustering().getClusters());
            double q = graph.edgeSet().isEmpty() ? 0 : measurer.modularity(clusters);
            if (q > bestQ + 1e-12) {
                bestQ = q;
                best = clusters;
            }
        }
        return new Communities(best, bestQ);
    }

    private static List<Set<String>> sorted(List<Set<String>> clusters) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> c : clusters) out.add(new TreeSet<>(c));
        out.sort(Comparator.comparingInt((Set<String> c) -> -c.size()).thenComparing(c -> ((TreeSet<String>) c).first()));
        return out;
    }

    /** The communities, largest first. */
    public List<Set<String>> list() { return communities; }

    /** The modularity of the partition. */
    public double modularity() { return modularity; }

    /** The number (from 1) of the community holding a node. */
    public int of(String node) {
        for (int i = 0; i < communities.size(); i++) if (communities.get(i).contains(node)) return i + 1;
        throw new IllegalArgumentException("No community holds " + node);
    }
}
