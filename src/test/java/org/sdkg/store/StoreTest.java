package org.sdkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.extract.ReviewSource;
import org.sdkg.ontology.Iris;

class StoreTest {
    @TempDir Path dir;
    Store store;

    @BeforeEach
    void open() { store = Store.open(dir.resolve("store")); }

    @AfterEach
    void close() { store.close(); }

    static Model review(String id, String text) throws Exception {
        return new TestExtractor().extract(new ReviewSource(id, id + ".txt", text, null)).model();
    }

    @Test
    void replacingAGraphLeavesNoDuplicates() throws Exception {
        String g = Iris.reviewGraph("2024-03");
        Model m = review("2024-03", "2024-03\nAda Lovelace met Alan Turing.\n");
        store.replaceGraph(g, m, "h1", "2024-03.txt");
        long first = store.graphSize(g);
        store.replaceGraph(g, m, "h2", "2024-03.txt");
        assertThat(store.graphSize(g)).isEqualTo(first).isEqualTo(m.size() + 3);
        assertThat(store.storedHash(g)).contains("h2");

        Model smaller = review("2024-03", "2024-03\n");
        store.replaceGraph(g, smaller, "h3", "2024-03.txt");
        assertThat(store.graphSize(g)).isEqualTo(smaller.size() + 3);
    }

    @Test
    void storedHashIsEmptyForUnknownReview() {
        assertThat(store.storedReviewHash("1999-01")).isEmpty();
    }

    @Test
    void failureDuringReplaceLeavesTheOldGraphIntact() throws Exception {
        String g = Iris.reviewGraph("2024-03");
        store.replaceGraph(g, review("2024-03", "2024-03\nAda Lovelace met Alan Turing.\n"), "h1", "2024-03.txt");
        long before = store.graphSize(g);
        Model good = review("2024-11", "2024-11\nGrace Hopper met Edsger Dijkstra.\nKaren Jones met Tim Berners.\n");
        Model failing = ModelFactory.createModelForGraph(new FailingGraph(good.getGraph(), 5));
        assertThatThrownBy(() -> store.replaceGraph(g, failing, "h2", "2024-03.txt"))
                .isInstanceOf(StoreException.class).hasMessageContaining("unchanged");
        assertThat(store.graphSize(g)).isEqualTo(before);
        assertThat(store.storedHash(g)).contains("h1");
    }

    @Test
    void defaultGraphIsTheUnionOfNamedGraphs() throws Exception {
        store.replaceGraph(Iris.reviewGraph("a"), review("a", "2024-03\nAda Lovelace met Alan Turing.\n"), "h", "a.txt");
        store.replaceGraph(Iris.reviewGraph("b"), review("b", "2024-11\nGrace Hopper met Alan Turing.\n"), "h", "b.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store, QueryRunner.parse("""
                PREFIX sdkg: <https://w3id.org/sdkg/ontology#>
                SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a sdkg:Person }"""), QueryRunner.Format.csv, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("n\n3\n");
    }

    @Test
    void listsStoredReviewsWithTheirRecord() throws Exception {
        store.replaceGraph(Iris.reviewGraph("2024-03"), review("2024-03", "2024-03\n"), "abc", "2024-03.txt");
        store.replaceGraph(Iris.ONTOLOGY_GRAPH, ModelFactory.createDefaultModel(), "o", "ontology/sdkg.ttl");
        List<Store.StoredGraph> reviews = store.reviews();
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).reviewId()).isEqualTo("2024-03");
        assertThat(reviews.get(0).hash()).isEqualTo("abc");
        assertThat(reviews.get(0).sourceFile()).isEqualTo("2024-03.txt");
        assertThat(reviews.get(0).modified()).isNotNull();
    }

    @Test
    void keepsDataAcrossReopening() throws Exception {
        store.replaceGraph(Iris.reviewGraph("x"), review("x", "2024-03\nAda Lovelace met Alan Turing.\n"), "hx", "x.txt");
        store.close();
        store = Store.openExisting(dir.resolve("store"));
        assertThat(store.storedReviewHash("x")).contains("hx");
    }

    @Test
    void refusesMissingStoreAndFileAsStore() throws Exception {
        assertThatThrownBy(() -> Store.openExisting(dir.resolve("none")))
                .isInstanceOf(StoreException.class).hasMessageContaining("There is no store in");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Store.open(file)).hasMessageContaining("is a file, not a folder");
    }

    /** A graph that fails after giving some of the triples of another graph. */
    static final class FailingGraph extends GraphBase {
        private final Graph source;
        private final int failAfter;

        FailingGraph(Graph source, int failAfter) {
            this.source = source;
            this.failAfter = failAfter;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Iterator<Triple> it = source.find(pattern).toList().iterator();
            return WrappedIterator.create(new Iterator<>() {
                int n;
                @Override public boolean hasNext() { return true; }
                @Override public Triple next() {
                    if (n++ >= failAfter || !it.hasNext()) throw new IllegalStateException("disk full");
                    return it.next();
                }
            });
        }
    }
}
