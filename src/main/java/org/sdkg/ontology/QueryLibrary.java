package org.sdkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The library of SPARQL queries ({@code queries/*.rq}, copied into the jar under {@code queries/}).
 * Each query starts with a comment saying what it answers, its columns and an example row, and runs over the
 * union default graph of the store.
 */
public final class QueryLibrary {
    private QueryLibrary() {}

    /** The names of the queries, in the order a user would look at them. */
    public static final List<String> NAMES = List.of(
            "who-met-whom", "person-events", "timeline", "agreements", "people-posts",
            "organisations-by-country", "meetings-by-country", "provenance",
            "most-central-people", "community-members", "wikidata-links");

    /** The text of a query, with its header comment. */
    public static String text(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("There is no query named \"" + name + "\"; the queries are " + NAMES + ".");
        }
        String resource = "queries/" + name + ".rq";
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("The resource " + resource + " is missing from the classpath.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The parsed query. */
    public static Query query(String name) {
        return QueryFactory.create(text(name));
    }

    /** What the query answers: the first paragraph of its header comment, on one line. */
    public static String summary(String name) {
        List<String> lines = text(name).lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.toList());
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String body = line.substring(1).strip();
            if (body.startsWith("Columns:") || body.startsWith("Example:")) break;
            sb.append(sb.length() == 0 ? "" : " ").append(body);
        }
        return sb.toString().replaceFirst("^What it answers:\\s*", "");
    }
}
