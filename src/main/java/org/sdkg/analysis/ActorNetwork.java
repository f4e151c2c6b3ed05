package org.sdkg.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.sdkg.ontology.Iris;

/**
 * An undirected weighted network of actors (JGraphT graph over actor IRIs), with the actors' labels and kinds
 * and, on each edge, the events, agreements, foundings or posts that tie the two actors.
 * Vertices are added in IRI order so that every computation on the network is repeatable.
 */
public final class ActorNetwork {
    private final NetworkKind kind;
    private final Map<String, Actor> actors;
    private final Graph<String, Link> graph;
    private final Map<String, Set<String>> years;

    private ActorNetwork(NetworkKind kind, Map<String, Actor> actors, Graph<String, Link> graph,
                         Map<String, Set<String>> years) {
        this.kind = kind;
        this.actors = actors;
        this.graph = graph;
        this.years = years;
    }

    /** Ties the members of every gathering pairwise; every member is a node, even one alone in its gatherings. */
    static ActorNetwork of(Gatherings gatherings) {
        Graph<String, Link> g = new SimpleWeightedGraph<>(null, null);
        Map<String, Set<String>> years = new TreeMap<>();
        new TreeSet<>(gatherings.list().stream().flatMap(x -> x.members().stream()).toList()).forEach(g::addVertex);
        for (Gathering gathering : gatherings.list()) {
            List<String> m = gathering.members();
            String year = gathering.tie().year();
            for (String a : m) {
                Set<String> ys = years.computeIfAbsent(a, x -> new TreeSet<>());
                if (year != null) ys.add(year);
            }
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    Link link = g.getEdge(m.get(i), m.get(j));
                    if (link == null) {
                        link = new Link(m.get(i), m.get(j));
                        g.addEdge(m.get(i), m.get(j), link);
                    }
                    link.add(gathering.tie());
                    g.setEdgeWeight(link, link.weight());
                }
            }
        }
        return new ActorNetwork(gatherings.kind(), gatherings.actors(), g, years);
    }

    public NetworkKind kind() { return kind; }

    /** The JGraphT graph: vertices are actor IRIs, edge weights the number of shared ties. */
    public Graph<String, Link> graph() { return graph; }

    /** The actor of a node. */
    public Actor actor(String iri) { return actors.get(iri); }

    /** The years in which a node has ties (or appears), in order. */
    public Set<String> years(String iri) { return years.getOrDefault(iri, Set.of()); }

    /** The node whose label, IRI or IRI slug is {@code name} (ignoring case), if any. */
    public Optional<Actor> find(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        String slug = Iris.slug(name);
        return graph.vertexSet().stream().map(actors::get)
                .filter(a -> a.label().toLowerCase(Locale.ROOT).equals(wanted) || a.iri().equals(name.trim())
                        || a.iri().endsWith("/" + slug))
                .min(Comparator.comparing((Actor a) -> !a.label().toLowerCase(Locale.ROOT).equals(wanted))
                        .thenComparing(Actor::iri));
    }

    /** The neighbourhood of a node: the nodes within {@code depth} hops of it and the edges among them. */
    public ActorNetwork ego(String iri, int depth) {
        if (!graph.containsVertex(iri)) throw new IllegalArgumentException("No node " + iri);
        BreadthFirstIterator<String, Link> bfs = new BreadthFirstIterator<>(graph, iri);
        Set<String> near = new TreeSet<>();
        while (bfs.hasNext()) {
            String v = bfs.next();
            if (bfs.getDepth(v) > depth) break;
            near.add(v);
        }
        Graph<String, Link> sub = new SimpleWeightedGraph<>(null, null);
        near.forEach(sub::addVertex);
        for (Link e : new AsSubgraph<>(graph, near).edgeSet()) {
            sub.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e), e);
            sub.setEdgeWeight(e, e.weight());
        }
        return new ActorNetwork(kind, actors, sub, years);
    }

    /** The edges, in the order they were made. */
    public List<Link> links() { return new ArrayList<>(graph.edgeSet()); }
}
