package org.sdkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.sdkg.analysis.Analysis;
import org.sdkg.analysis.GraphExport;
import org.sdkg.analysis.JsonExport;
import org.sdkg.analysis.MetricsGraph;
import org.sdkg.analysis.NetworkAnalysis;
import org.sdkg.analysis.NetworkKind;
import org.sdkg.analysis.RankedTable;
import org.sdkg.analysis.TableExport;
import org.sdkg.ontology.Iris;
import org.sdkg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Network analysis of the graph: who is tied to whom through events, agreements and foundings,",
                "ranked by centrality, with communities. Writes CSV, GraphML, GEXF and network.json, and the",
                "measures of the whole network into the store's analysis graph."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Option(names = "--network", defaultValue = "people", paramLabel = "KIND",
            description = "people, organisations, countries or mixed (default: ${DEFAULT-VALUE}).")
    String network;

    @Option(names = "--from", paramLabel = "DATE", description = "Only ties dated from YYYY[-MM[-DD]] on.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only ties dated up to YYYY[-MM[-DD]].")
    String to;

    @Option(names = "--by", paramLabel = "year", description = "'year': one analysis per year.")
    String by;

    @Option(names = "--ego", paramLabel = "NAME", description = "Only the neighbourhood of this person, organisation or country.")
    String ego;

    @Option(names = "--depth", defaultValue = "1", description = "Hops around --ego (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--top", defaultValue = "15", description = "Rows of the ranked table (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--out", defaultValue = "analysis", paramLabel = "DIR",
            description = "Folder of the exported files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (by != null && !by.equals("year")) throw new UserException("--by takes only 'year', not '" + by + "'.");
        if (ego == null && depth != 1) throw new UserException("--depth needs --ego.");
        NetworkKind kind;
        List<NetworkAnalysis> results;
        boolean whole = from == null && to == null && by == null && ego == null;
        try (Store s = Store.openExisting(store.store)) {
            try {
                kind = NetworkKind.parse(network);
                Analysis analysis = Analysis.over(s.dataset()).network(kind).from(from).to(to).byYear(by != null);
                if (ego != null) analysis.ego(ego, depth);
                results = analysis.run();
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), false);
            }
            if (whole) MetricsGraph.write(s.dataset(), results);
        }
        PrintWriter o = spec.commandLine().getOut();
        for (NetworkAnalysis a : results) {
            Path dir = a.year() == null ? out : out.resolve(a.year());
            Files.createDirectories(dir);
            TableExport.writeNodes(a, dir.resolve("nodes.csv"));
            TableExport.writeEdges(a, dir.resolve("edges.csv"));
            GraphExport.writeGraphML(a, dir.resolve("network.graphml"));
            GraphExport.writeGexf(a, dir.resolve("network.gexf"));
            JsonExport.write(a, dir.resolve("network.json"));
            ByteArrayOutputStream table = new ByteArrayOutputStream();
            RankedTable.print(a, top, new PrintStream(table, true, StandardCharsets.UTF_8));
            o.print(table.toString(StandardCharsets.UTF_8));
            o.println("Written: " + dir.resolve("nodes.csv") + ", edges.csv, network.graphml, network.gexf, network.json");
            o.println();
        }
        if (results.isEmpty()) o.println("No " + kind.label() + " ties in this slice.");
        o.println(whole ? "Measures stored in the graph <" + Iris.ANALYSIS_GRAPH + "> (" + kind.label() + ")."
                : "The measures of a slice are not stored; the analysis graph keeps those of the whole networks.");
        o.flush();
        return 0;
    }
}
