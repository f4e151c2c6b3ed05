package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.analysis.Fixture.*;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.ontology.Iris;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exports of the fixture's people network (7 nodes, 7 edges), read back. */
class ExportTest {
    @TempDir static Path dir;
    static NetworkAnalysis people;

    @BeforeAll
    static void analyse() {
        people = Analysis.over(Fixture.dataset()).run().get(0);
    }

    @Test
    void graphMLReadsBackWithJGraphT() throws Exception {
        Path file = dir.resolve("network.graphml");
        GraphExport.writeGraphML(people, file);
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Map<String, Attribute>> attrs = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), x -> new HashMap<>()).put(p.getSecond(), a));
        try (Reader r = Files.newBufferedReader(file)) {
            importer.importGraph(g, r);
        }
        assertThat(g.vertexSet()).hasSize(7);
        assertThat(attrs.get("person-li-wei")).containsKeys("label", "iri", "kind", "degree", "weightedDegree",
                "betweenness", "closeness", "pageRank", "clustering", "component", "community", "years");
        assertThat(g.edgeSet()).hasSize(7);
        assertThat(attrs.get("person-li-wei").get("label").getValue()).isEqualTo("Li Wei");
        assertThat(attrs.get("person-li-wei").get("iri").getValue()).isEqualTo(LI_WEI);
        assertThat(attrs.get("person-li-wei").get("kind").getValue()).isEqualTo("person");
        assertThat(Double.parseDouble(attrs.get("person-zhang-min").get("betweenness").getValue())).isEqualTo(0.4);
        assertThat(attrs.get("person-omar-haddad").get("component").getValue()).isEqualTo("2");
        assertThat(g.getEdgeWeight(g.getEdge("person-li-wei", "person-anna-berg"))).isEqualTo(2.0);
    }

    @Test
    void gexfParsesWithNodesEdgesAndAttributes() throws Exception {
        Path file = dir.resolve("network.gexf");
        GraphExport.writeGexf(people, file);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("gexf");
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        assertThat(nodes.getLength()).isEqualTo(7);
        assertThat(edges.getLength()).isEqualTo(7);
        Map<String, String> attributeIds = new HashMap<>();
        NodeList declared = doc.getElementsByTagNameNS("*", "attribute");
        for (int i = 0; i < declared.getLength(); i++) {
            Element e = (Element) declared.item(i);
            attributeIds.put(e.getAttribute("title"), e.getAttribute("id"));
        }
        assertThat(attributeIds).containsKeys("kind", "betweenness", "pageRank", "community", "dates");
        Element zhang = null;
        for (int i = 0; i < nodes.getLength(); i++)
            if (((Element) nodes.item(i)).getAttribute("id").equals("person-zhang-min")) zhang = (Element) nodes.item(i);
        assertThat(zhang).isNotNull();
        assertThat(zhang.getAttribute("label")).isEqualTo("Zhang Min");
        Map<String, String> values = new HashMap<>();
        NodeList zv = zhang.getElementsByTagNameNS("*", "attvalue");
        for (int i = 0; i < zv.getLength(); i++) {
            Element e = (Element) zv.item(i);
            values.put(e.getAttribute("for"), e.getAttribute("value"));
        }
        assertThat(Double.parseDouble(values.get(attributeIds.get("betweenness")))).isEqualTo(0.4);
        assertThat(values.get(attributeIds.get("kind"))).isEqualTo("person");
        boolean heavy = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            if (e.getAttribute("weight").equals("2.0")) heavy = List.of(LI_WEI, ANNA_BERG).contains(e.getAttribute("source").replace("person-", Iris.ID + "person/"));
        }
        assertThat(heavy).as("the Li Wei - Anna Berg edge has weight 2").isTrue();
    }

    @Test
    void jsonForTheBrowser() throws Exception {
        Path file = dir.resolve("network.json");
        JsonExport.write(people, file);
        JsonObject root = JSON.read(file.toString());
        JsonArray nodes = root.get("nodes").getAsArray();
        assertThat(nodes).hasSize(7);
        JsonObject first = nodes.get(0).getAsObject();
        assertThat(first.get("label").getAsString().value()).isEqualTo("Carlos Souza");
        assertThat(first.get("metrics").getAsObject().get("betweenness").getAsNumber().value().doubleValue()).isEqualTo(0.4);
        assertThat(first.get("years").getAsArray().get(0).getAsString().value()).isEqualTo("2025");
        JsonArray edges = root.get("edges").getAsArray();
        assertThat(edges).hasSize(7);
        JsonObject la = edges.stream().map(e -> e.getAsObject())
                .filter(e -> e.get("weight").getAsNumber().value().intValue() == 2).findFirst().orElseThrow();
        JsonObject talks = la.get("events").getAsArray().get(1).getAsObject();
        assertThat(talks.get("date").getAsString().value()).isEqualTo("2024-03-20");
        assertThat(talks.get("review").getAsString().value()).isEqualTo("2024-03");
        assertThat(talks.get("sentence").getAsString().value()).contains("held talks with Anna Berg in Stockholm");
        assertThat(root.get("closenessMeasure").getAsString().value()).isEqualTo("harmonic");
    }

    @Test
    void csvTables() throws Exception {
        TableExport.writeNodes(people, dir.resolve("nodes.csv"));
        TableExport.writeEdges(people, dir.resolve("edges.csv"));
        List<String> nodes = Files.readAllLines(dir.resolve("nodes.csv"));
        assertThat(nodes).hasSize(8);
        assertThat(nodes.get(0)).isEqualTo(String.join(",", TableExport.NODE_COLUMNS));
        assertThat(nodes.get(1)).startsWith("1," + CARLOS_SOUZA + ",Carlos Souza,person,3,3,0.400000,0.666667,");
        List<String> edges = Files.readAllLines(dir.resolve("edges.csv"));
        assertThat(edges).hasSize(8).anyMatch(l -> l.contains(",Anna Berg,Li Wei,2,2024-03-12 2024-03-20,"));
    }
}
