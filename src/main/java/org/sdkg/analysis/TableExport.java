package org.sdkg.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes an analysis as CSV tables: {@code nodes.csv} (one row per node with every measure, most central
 * first) and {@code edges.csv} (one row per edge with its weight, dates, events and reviews).
 */
public final class TableExport {
    private TableExport() {}

    static final List<String> NODE_COLUMNS = List.of("rank", "id", "label", "kind", "degree", "weighted_degree",
            "betweenness", "closeness", "pagerank", "clustering", "component", "community", "years");
    static final List<String> EDGE_COLUMNS = List.of("source", "target", "source_label", "target_label",
            "weight", "dates", "events", "reviews");

    public static void writeNodes(NetworkAnalysis a, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, NODE_COLUMNS);
            int rank = 0;
            for (String v : a.ranking()) {
                Actor actor = a.network().actor(v);
                NodeMetrics m = a.metrics(v);
                row(w, List.of(String.valueOf(++rank), v, actor.label(), actor.kind().label(),
                        String.valueOf(m.degree()), num(m.weightedDegree()), num(m.betweenness()), num(m.closeness()),
                        num(m.pageRank()), num(m.clustering()), String.valueOf(m.component()),
                        String.valueOf(m.community()), String.join(" ", a.network().years(v))));
            }
        }
    }

    public static void writeEdges(NetworkAnalysis a, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            row(w, EDGE_COLUMNS);
            for (Link l : a.network().links()) {
                row(w, List.of(l.source(), l.target(), a.network().actor(l.source()).label(),
                        a.network().actor(l.target()).label(), String.valueOf(l.weight()),
                        join(l, Tie::date), join(l, Tie::iri), join(l, Tie::review)));
            }
        }
    }

    private static String join(Link l, java.util.function.Function<Tie, String> f) {
        return l.ties().stream().map(t -> f.apply(t) == null ? "" : f.apply(t)).collect(Collectors.joining(" "));
    }

    static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.6f", d);
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        w.write(cells.stream().map(TableExport::quote).collect(Collectors.joining(",")));
        w.write("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r"))
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        return cell;
    }
}
