package org.sdkg.analysis;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the most central nodes of an analysis as a text table. */
public final class RankedTable {
    private RankedTable() {}

    public static void print(NetworkAnalysis a, int top, PrintStream out) {
        int n = a.network().graph().vertexSet().size();
        int e = a.network().graph().edgeSet().size();
        out.printf(Locale.ROOT, "%s network: %d nodes, %d edges, %d components, %d communities (modularity %.3f); "
                        + "closeness is %s%n", a.label(), n, e, a.components().size(), a.communities().list().size(),
                a.communities().modularity(), NetworkAnalysis.HARMONIC.equals(a.closenessMeasure())
                        ? "harmonic centrality (the network is not connected)" : "closeness centrality");
        if (n == 0) {
            out.println("  (no ties)");
            return;
        }
        int width = Math.min(40, Math.max(5, a.ranking().stream()
                .mapToInt(v -> a.network().actor(v).label().length()).max().orElse(5)));
        String head = String.format(Locale.ROOT, "%4s  %-" + width + "s  %-12s %6s %8s %11s %9s %8s %10s %9s",
                "rank", "name", "kind", "degree", "weighted", "betweenness", "closeness", "pagerank", "clustering",
                "community");
        out.println(head);
        List<String> ranking = a.ranking();
        for (int i = 0; i < Math.min(top, ranking.size()); i++) {
            String v = ranking.get(i);
            Actor actor = a.network().actor(v);
            NodeMetrics m = a.metrics(v);
            String name = actor.label().length() > width ? actor.label().substring(0, width - 1) + "…" : actor.label();
            out.printf(Locale.ROOT, "%4d  %-" + width + "s  %-12s %6d %8.0f %11.4f %9.4f %8.4f %10.4f %9d%n",
                    i + 1, name, actor.kind().label(), m.degree(), m.weightedDegree(), m.betweenness(),
                    m.closeness(), m.pageRank(), m.clustering(), m.community());
        }
        if (ranking.size() > top) out.println("  ... " + (ranking.size() - top) + " more in nodes.csv");
    }
}
