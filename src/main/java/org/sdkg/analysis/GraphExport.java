package org.sdkg.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.sdkg.ontology.Iris;

/**
 * Writes an analysis as GraphML and GEXF with JGraphT's exporters, for Gephi, yEd or Cytoscape desktop:
 * nodes carry their label, IRI, kind, measures, component, community and years; edges their weight (number of
 * shared ties), dates and event labels.
 */
public final class GraphExport {
    private GraphExport() {}

    private static final String[] DOUBLES = {"weightedDegree", "betweenness", "closeness", "pageRank", "clustering"};
    private static final String[] INTS = {"degree", "component", "community"};
    private static final String[] STRINGS = {"iri", "kind", "years"};

    public static void writeGraphML(NetworkAnalysis a, Path file) throws IOException {
        GraphMLExporter<String, Link> exporter = new GraphMLExporter<>(GraphExport::nodeId);
        exporter.setExportVertexLabels(true);
        exporter.setExportEdgeWeights(true);
        exporter.setExportEdgeLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setEdgeLabelAttributeName("label");
        for (String s : STRINGS) exporter.registerAttribute(s, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        for (String s : DOUBLES) exporter.registerAttribute(s, GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        for (String s : INTS) exporter.registerAttribute(s, GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("dates", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> nodeAttributes(a, v));
        exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            exporter.exportGraph(a.network().graph(), w);
        }
    }

    public static void writeGexf(NetworkAnalysis a, Path file) throws IOException {
        Map<Link, String> edgeIds = new HashMap<>();
        for (Link l : a.network().links()) edgeIds.put(l, "e" + edgeIds.size());
        GEXFExporter<String, Link> exporter = new GEXFExporter<>(GraphExport::nodeId, edgeIds::get);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setCreator("sdkg analyze");
        exporter.setDescription("Science diplomacy network: " + a.label());
        for (String s : STRINGS) exporter.registerAttribute(s, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        for (String s : DOUBLES) exporter.registerAttribute(s, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        for (String s : INTS) exporter.registerAttribute(s, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        exporter.registerAttribute("dates", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(v -> nodeAttributes(a, v));
        exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            exporter.exportGraph(a.network().graph(), w);
        }
    }

    /**
     * The id of a node in GraphML and GEXF: its IRI's path as a slug ({@code person-li-wei}), since GraphML ids
     * must be XML name tokens; the IRI itself is the attribute {@code iri}.
     */
    public static String nodeId(String iri) {
        return Iris.slug(iri.startsWith(Iris.ID) ? iri.substring(Iris.ID.length()) : iri);
    }

    static Map<String, Attribute> nodeAttributes(NetworkAnalysis a, String v) {
        Actor actor = a.network().actor(v);
        NodeMetrics m = a.metrics(v);
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        attrs.put("label", DefaultAttribute.createAttribute(actor.label()));
        attrs.put("iri", DefaultAttribute.createAttribute(v));
        attrs.put("kind", DefaultAttribute.createAttribute(actor.kind().label()));
        attrs.put("years", DefaultAttribute.createAttribute(String.join(" ", a.network().years(v))));
        attrs.put("degree", DefaultAttribute.createAttribute(m.degree()));
        attrs.put("weightedDegree", DefaultAttribute.createAttribute(m.weightedDegree()));
        attrs.put("betweenness", DefaultAttribute.createAttribute(m.betweenness()));
        attrs.put("closeness", DefaultAttribute.createAttribute(m.closeness()));
        attrs.put("pageRank", DefaultAttribute.createAttribute(m.pageRank()));
        attrs.put("clustering", DefaultAttribute.createAttribute(m.clustering()));
        attrs.put("component", DefaultAttribute.createAttribute(m.component()));
        attrs.put("community", DefaultAttribute.createAttribute(m.community()));
        return attrs;
    }

    static Map<String, Attribute> edgeAttributes(Link l) {
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        attrs.put("label", DefaultAttribute.createAttribute(
                l.ties().stream().map(Tie::label).collect(Collectors.joining("; "))));
        attrs.put("dates", DefaultAttribute.createAttribute(l.ties().stream()
                .map(t -> t.date() == null ? "undated" : t.date()).collect(Collectors.joining(" "))));
        return attrs;
    }
}
