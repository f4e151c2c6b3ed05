package org.sdkg.analysis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * The measures of one network, all computed with JGraphT:
 * degree; weighted degree (sum of edge weights); betweenness ({@link BetweennessCentrality} over hops, since
 * weights count shared events and are not distances; divided by the (n-1)(n-2)/2 pairs of other nodes); closeness ({@link ClosenessCentrality},
 * normalised, when the network is connected, else {@link HarmonicCentrality}, normalised, which stays
 * meaningful across components); PageRank ({@link PageRank}, weighted, damping 0.85, tolerance 1e-10); local clustering
 * coefficient ({@link ClusteringCoefficient}); connected components ({@link ConnectivityInspector}); and
 * communities ({@link Communities}).
 */
public final class NetworkAnalysis {
    /** Name of the closeness measure used on a connected network. */
    public static final String CLOSENESS = "closeness";
    /** Name of the closeness measure used on a network of several components. */
    public static final String HARMONIC = "harmonic";

    private final ActorNetwork network;
    private final String label;
    private String year;
    private final Map<String, NodeMetrics> metrics;
    private final List<Set<String>> components;
    private final Communities communities;
    private final String closenessMeasure;

    private NetworkAnalysis(ActorNetwork network, String label, Map<String, NodeMetrics> metrics,
                            List<Set<String>> components, Communities communities, String closenessMeasure) {
        this.network = network;
        this.label = label;
        this.metrics = metrics;
        this.components = components;
        this.communities = communities;
        this.closenessMeasure = closenessMeasure;
    }

    /** Measures a network; {@code label} names the slice (e.g. {@code people 2024}). */
    public static NetworkAnalysis of(ActorNetwork network, String label) {
        Graph<String, Link> g = network.graph();
        Graph<String, Link> hops = new AsUnweightedGraph<>(g);
        List<Set<String>> components = new ConnectivityInspector<>(g).connectedSets().stream()
                .map(s -> (Set<String>) new java.util.TreeSet<>(s))
                .sorted(Comparator.comparingInt((Set<String> s) -> -s.size()).thenComparing(s -> s.iterator().next()))
                .toList();
        boolean connected = components.size() <= 1;
        // JGraphT's own normalisation divides by (n-1)(n-2) also on undirected graphs, where a node lies between
        // at most (n-1)(n-2)/2 pairs; the usual normalisation (Freeman; NetworkX, Gephi) divides by the latter.
        int n = g.vertexSet().size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        Map<String, Double> betweenness = new java.util.HashMap<>(new BetweennessCentrality<>(hops, false).getScores());
        betweenness.replaceAll((v, b) -> pairs > 0 ? b / pairs : 0.0);
        Map<String, Double> closeness = connected
                ? new ClosenessCentrality<>(hops, false, true).getScores()
                : new HarmonicCentrality<>(hops, false, true).getScores();
        Map<String, Double> pageRank = g.vertexSet().isEmpty() ? Map.of() : new PageRank<>(g, PageRank.DAMPING_FACTOR_DEFAULT, 1000, 1e-10).getScores();
        Map<String, Double> clustering = new ClusteringCoefficient<>(g).getScores();
        Communities communities = Communities.detect(g);
        Map<String, NodeMetrics> metrics = new LinkedHashMap<>();
        for (String v : g.vertexSet()) {
            double weighted = g.edgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum();
            int component = 0;
            for (int i = 0; i < components.size(); i++) if (components.get(i).contains(v)) component = i + 1;
            metrics.put(v, new NodeMetrics(g.degreeOf(v), weighted, betweenness.get(v),
                    finite(closeness.get(v)), pageRank.get(v), clustering.get(v), component, communities.of(v)));
        }
        return new NetworkAnalysis(network, label, metrics, components, communities,
                connected ? CLOSENESS : HARMONIC);
    }

    private static double finite(Double d) { return d == null || d.isNaN() || d.isInfinite() ? 0 : d; }

    public ActorNetwork network() { return network; }

    /** What this analysis covers, e.g. {@code people} or {@code people 2024}. */
    public String label() { return label; }

    /** The year this analysis covers when it is one of a series by year, else null. */
    public String year() { return year; }

    NetworkAnalysis inYear(String year) {
        this.year = year;
        return this;
    }

    /** The measures of every node, in the network's vertex order. */
    public Map<String, NodeMetrics> metrics() { return metrics; }

    public NodeMetrics metrics(String node) { return metrics.get(node); }

    /** The connected components, largest first. */
    public List<Set<String>> components() { return components; }

    public Communities communities() { return communities; }

    /** {@value #CLOSENESS} on a connected network, {@value #HARMONIC} otherwise. */
    public String closenessMeasure() { return closenessMeasure; }

    /** The nodes from most to least central: by betweenness, then weighted degree, then PageRank, then label. */
    public List<String> ranking() {
        return metrics.keySet().stream().sorted(Comparator
                .comparingDouble((String v) -> -metrics.get(v).betweenness())
                .thenComparingDouble(v -> -metrics.get(v).weightedDegree())
                .thenComparingDouble(v -> -metrics.get(v).pageRank())
                .thenComparing(v -> network.actor(v).label())).toList();
    }
}
