package org.sdkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every query of the query library ({@code queries/*.rq}) over its test case
 * ({@code src/test/resources/queries/<name>/data.trig}, loaded with the ontology into an in-memory TDB2 dataset
 * whose default graph is the union of the named graphs) and compares the CSV results with {@code expected.csv}:
 * in order when the query sorts its results, as sets of rows otherwise.
 */
class QueryLibraryTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Path CASES = Path.of("src/test/resources/queries");

    private static Set<String> names(Path dir, boolean directories) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            Set<String> out = new TreeSet<>();
            s.forEach(p -> {
                String n = p.getFileName().toString();
                if (directories && Files.isDirectory(p)) out.add(n);
                if (!directories && n.endsWith(".rq")) out.add(n.substring(0, n.length() - 3));
            });
            return out;
        }
    }

    @Test
    void everyQueryHasATestCaseAndEveryCaseAQuery() throws IOException {
        Set<String> queries = names(QUERIES, false);
        assertThat(queries).contains("who-met-whom", "meetings-by-country", "agreements", "organisations-by-country",
                "people-posts", "timeline", "provenance", "person-events", "most-central-people", "community-members");
        assertThat(names(CASES, true)).isEqualTo(queries);
    }

    @Test
    void theLibraryListsEveryQueryAndReadsItFromTheClasspath() throws IOException {
        assertThat(new TreeSet<>(QueryLibrary.NAMES)).isEqualTo(names(QUERIES, false));
        for (String name : QueryLibrary.NAMES) {
            assertThat(QueryLibrary.text(name)).isEqualTo(Files.readString(QUERIES.resolve(name + ".rq")));
            assertThat(QueryLibrary.query(name).isSelectType()).isTrue();
            assertThat(QueryLibrary.summary(name)).isNotBlank().doesNotContain("#").doesNotContain("Columns:");
        }
        assertThat(QueryLibrary.summary("who-met-whom")).startsWith("who met whom. Two people met when both");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QueryLibrary.text("nothing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("who-met-whom");
    }

    @Test
    void everyQueryDocumentsItself() throws IOException {
        for (String name : names(QUERIES, false)) {
            String text = Files.readString(QUERIES.resolve(name + ".rq"));
            assertThat(text).as(name).startsWith("# What it answers:").contains("\n# Columns:").contains("\n# Example:");
        }
    }

    @TestFactory
    Stream<DynamicTest> queriesGiveTheExpectedResults() throws IOException {
        return names(QUERIES, false).stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Query query = QueryFactory.read(QUERIES.resolve(name + ".rq").toString());
        List<String> actual = run(query, dir.resolve("data.trig"));
        List<String> expected = lines(Files.readString(dir.resolve("expected.csv")));
        assertThat(expected).as("expected.csv of " + name).isNotEmpty();
        assertThat(actual.get(0)).as("columns of " + name).isEqualTo(expected.get(0));
        List<String> actualRows = actual.subList(1, actual.size());
        List<String> expectedRows = expected.subList(1, expected.size());
        assertThat(expectedRows).as("expected rows of " + name).isNotEmpty();
        if (query.hasOrderBy()) {
            assertThat(actualRows).as("rows of " + name).containsExactlyElementsOf(expectedRows);
        } else {
            assertThat(actualRows).as("rows of " + name).containsExactlyInAnyOrderElementsOf(expectedRows);
        }
    }

    /** Results as CSV lines (header first), over the case data and the ontology graph. */
    static List<String> run(Query query, Path data) {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            RDFDataMgr.read(ds, data.toString());
            ds.addNamedModel(Iris.ONTOLOGY_GRAPH, Ontology.load());
        });
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                return lines(out.toString(StandardCharsets.UTF_8));
            }
        });
    }

    private static List<String> lines(String csv) {
        List<String> out = new ArrayList<>();
        Arrays.stream(csv.split("\r?\n")).filter(l -> !l.isBlank()).forEach(out::add);
        return out;
    }
}
