package org.sdkg.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes an analysis as {@code network.json}: {@code nodes} (id, label, kind, metrics, community, component,
 * years) and {@code edges} (source, target, weight, events with event, label, date, review and sentence).
 */
public final class JsonExport {
    private JsonExport() {}

    public static JsonObject toJson(NetworkAnalysis a) {
        JsonObject root = new JsonObject();
        root.put("network", a.network().kind().label());
        root.put("slice", a.label());
        root.put("closenessMeasure", a.closenessMeasure());
        root.put("modularity", JsonNumber.value(a.communities().modularity()));
        JsonArray nodes = new JsonArray();
        for (String v : a.ranking()) {
            Actor actor = a.network().actor(v);
            NodeMetrics m = a.metrics(v);
            JsonObject node = new JsonObject();
            node.put("id", v);
            node.put("label", actor.label());
            node.put("kind", actor.kind().label());
            JsonObject metrics = new JsonObject();
            metrics.put("degree", m.degree());
            metrics.put("weightedDegree", JsonNumber.value(m.weightedDegree()));
            metrics.put("betweenness", JsonNumber.value(m.betweenness()));
            metrics.put("closeness", JsonNumber.value(m.closeness()));
            metrics.put("pageRank", JsonNumber.value(m.pageRank()));
            metrics.put("clustering", JsonNumber.value(m.clustering()));
            node.put("metrics", metrics);
            node.put("component", m.component());
            node.put("community", m.community());
            JsonArray years = new JsonArray();
            a.network().years(v).forEach(years::add);
            node.put("years", years);
            nodes.add(node);
        }
        root.put("nodes", nodes);
        JsonArray edges = new JsonArray();
        for (Link l : a.network().links()) {
            JsonObject edge = new JsonObject();
            edge.put("source", l.source());
            edge.put("target", l.target());
            edge.put("weight", l.weight());
            JsonArray events = new JsonArray();
            for (Tie t : l.ties()) {
                JsonObject e = new JsonObject();
                e.put("event", t.iri());
                e.put("label", t.label());
                putNullable(e, "date", t.date());
                putNullable(e, "review", t.review());
                putNullable(e, "sentence", t.sentence());
                events.add(e);
            }
            edge.put("events", events);
            edges.add(edge);
        }
        root.put("edges", edges);
        return root;
    }

    private static void putNullable(JsonObject o, String key, String value) {
        if (value == null) o.put(key, JsonNull.instance); else o.put(key, value);
    }

    public static void write(NetworkAnalysis a, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, toJson(a));
        }
    }
}
