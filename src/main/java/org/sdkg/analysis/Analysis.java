package org.sdkg.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.Dataset;

/**
 * A network analysis of the graph, set up like a builder:
 * <pre>{@code
 * List<NetworkAnalysis> results = Analysis.over(dataset).network(NetworkKind.PEOPLE)
 *         .from("2024").to("2025-06").byYear(true).ego("Yin Hejun", 2).run();
 * }</pre>
 * It gives one {@link NetworkAnalysis} for the whole time range, or one per year with {@link #byYear(boolean)}
 * (years in which the ego, when one is given, has no tie are left out).
 */
public final class Analysis {
    private final Dataset dataset;
    private NetworkKind kind = NetworkKind.PEOPLE;
    private String from;
    private String to;
    private boolean byYear;
    private String ego;
    private int depth = 1;

    private Analysis(Dataset dataset) { this.dataset = dataset; }

    /** An analysis of the graph held by a dataset (read through the union of its named graphs). */
    public static Analysis over(Dataset dataset) { return new Analysis(dataset); }

    public Analysis network(NetworkKind kind) { this.kind = kind; return this; }

    /** Keeps ties dated from this partial date on ({@code YYYY[-MM[-DD]]}, null for no bound). */
    public Analysis from(String from) { this.from = from; return this; }

    /** Keeps ties dated up to this partial date ({@code YYYY[-MM[-DD]]}, null for no bound). */
    public Analysis to(String to) { this.to = to; return this; }

    /** Whether to give one result per year. */
    public Analysis byYear(boolean byYear) { this.byYear = byYear; return this; }

    /** Restricts the network to the nodes within {@code depth} hops of the node named {@code name}. */
    public Analysis ego(String name, int depth) {
        if (depth < 1) throw new IllegalArgumentException("The ego depth must be at least 1, not " + depth + ".");
        this.ego = name;
        this.depth = depth;
        return this;
    }

    /**
     * Reads, slices and measures the network.
     * @throws IllegalArgumentException for a malformed date, an empty range or an ego not in the network
     */
    public List<NetworkAnalysis> run() {
        TimeRange range = TimeRange.between(from, to);
        Gatherings all = GatheringReader.read(dataset, kind).within(range);
        ActorNetwork whole = all.network();
        Actor egoActor = null;
        if (ego != null) {
            egoActor = whole.find(ego).orElseThrow(() -> new IllegalArgumentException(
                    "No person, organisation or country named \"" + ego + "\" is in the " + kind.label()
                            + " network" + (range.isBounded() ? " between " + range : "") + "."));
        }
        List<NetworkAnalysis> results = new ArrayList<>();
        if (!byYear) {
            results.add(measure(whole, egoActor, rangeLabel()));
        } else {
            for (String year : all.years()) {
                ActorNetwork network = all.within(TimeRange.year(year)).network();
                if (egoActor != null && !network.graph().containsVertex(egoActor.iri())) continue;
                results.add(measure(network, egoActor, year).inYear(year));
            }
        }
        return results;
    }

    private NetworkAnalysis measure(ActorNetwork network, Actor egoActor, String when) {
        String label = kind.label() + (when.isEmpty() ? "" : " " + when);
        if (egoActor == null) return NetworkAnalysis.of(network, label);
        return NetworkAnalysis.of(network.ego(egoActor.iri(), depth),
                label + ", around " + egoActor.label() + " (depth " + depth + ")");
    }

    private String rangeLabel() {
        if (from == null && to == null) return "";
        return Optional.ofNullable(from).orElse("") + ".." + Optional.ofNullable(to).orElse("");
    }
}
