package org.sdkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.store.Store;
import org.sdkg.store.TestExtractor;

import picocli.CommandLine;

/** The command line with a small real extractor; checks output, messages and exit codes. */
class MainTest {
    @TempDir Path dir;
    Path reviews;
    Path store;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void setUp() throws Exception {
        TestExtractor.reset();
        reviews = Files.createDirectory(dir.resolve("reviews"));
        Files.writeString(reviews.resolve("2024-03.txt"), "Review 2024-03\nAda Lovelace met Alan Turing.\n");
        Files.writeString(reviews.resolve("2024-11.txt"), "Review 2024-11\nGrace Hopper met Alan Turing.\n");
        store = dir.resolve("store");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main(TestExtractor::new));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void ingestReportsEachReviewAndSkipsUnchangedOnes() {
        assertThat(run("ingest", "--store", store.toString(), reviews.toString())).isZero();
        assertThat(out.toString()).containsPattern("2024-03\\.txt: \\d+ triples, 2 people, 1 event, \\d+\\.\\d s")
                .contains("2 ingested, 0 unchanged, 0 failed.");
        assertThat(err.toString()).isEmpty();
        assertThat(TestExtractor.CREATED).hasValue(1);

        TestExtractor.reset();
        assertThat(run("ingest", "--store", store.toString(), reviews.toString())).isZero();
        assertThat(out.toString()).contains("2024-03.txt: unchanged").contains("0 ingested, 2 unchanged, 0 failed.");
        assertThat(TestExtractor.CREATED).hasValue(0);
    }

    @Test
    void badFilesGetOneSentenceEachAndTheOthersAreIngested() throws Exception {
        Files.writeString(reviews.resolve("empty.txt"), "");
        Files.write(reviews.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.write(reviews.resolve("latin1.txt"), "R\u00e9sum\u00e9 2024-03".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(reviews.resolve("undated.txt"), "A review\nAda Lovelace met Alan Turing.\n");
        int code = run("ingest", "--store", store.toString(), reviews.toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactlyInAnyOrder(
                dir.resolve("missing.txt") + " does not exist.",
                reviews.resolve("binary.txt") + " is a binary file (it holds NUL bytes), not a text review.",
                reviews.resolve("empty.txt") + " is empty.",
                reviews.resolve("latin1.txt") + " is not UTF-8 text (invalid byte at offset 1).",
                "undated.txt: no date in the heading of the review; give one with --date.");
        assertThat(out.toString()).contains("2 ingested, 0 unchanged, 5 failed.");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFolderWithoutReviewsLeavesNoStoreBehind() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run("ingest", "--store", store.toString(), empty.toString())).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("The folder " + empty + " holds no reviews (*.txt files).");
        assertThat(store).doesNotExist();
    }

    @Test
    void dateOverrideIsCheckedAndUsed() {
        assertThat(run("ingest", "--store", store.toString(), "--date", "March 2024", reviews.toString())).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("--date must be YYYY-MM or YYYY-MM-DD, not 'March 2024'.");
        assertThat(run("ingest", "--store", store.toString(), "--date", "2024-04-02", reviews.toString())).isZero();
        assertThat(run("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX sdkg: <https://w3id.org/sdkg/ontology#> SELECT DISTINCT ?d { ?r sdkg:issueDate ?d }")).isZero();
        assertThat(out.toString()).isEqualToNormalizingNewlines("d\n2024-04\n");
    }

    @Test
    void queryRunsOnTheUnionDefaultGraphInEachFormat() throws Exception {
        run("ingest", "--store", store.toString(), reviews.toString());
        String people = "PREFIX sdkg: <https://w3id.org/sdkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a sdkg:Person }";
        assertThat(run("query", "--store", store.toString(), "--format", "csv", "-e", people)).isZero();
        assertThat(out.toString()).isEqualToNormalizingNewlines("n\n3\n");
        assertThat(run("query", "--store", store.toString(), "--format", "json", "-e", people)).isZero();
        assertThat(out.toString()).contains("\"value\": \"3\"");
        assertThat(run("query", "--store", store.toString(), "-e", people)).isZero();
        assertThat(out.toString()).contains("| 3 |");
        assertThat(run("query", "--store", store.toString(), "-e", "ASK { ?s ?p ?o }")).isZero();
        assertThat(out.toString().trim()).isEqualTo("yes");
        Path rq = Files.writeString(dir.resolve("q.rq"),
                "CONSTRUCT { ?p a <urn:P> } WHERE { ?p a <https://w3id.org/sdkg/ontology#Person> }");
        assertThat(run("query", "--store", store.toString(), "--format", "tsv", rq.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(3);
    }

    @Test
    void malformedQueryGivesJenasMessageOnOneLine() {
        run("ingest", "--store", store.toString(), reviews.toString());
        assertThat(run("query", "--store", store.toString(), "-e", "SELECT * { ?s ?p }")).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("The query does not parse: ").contains("line 1, column");
    }

    @Test
    void queryWithoutStoreOrQueryIsExplained() {
        assertThat(run("query", "--store", store.toString(), "-e", "ASK {}")).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("There is no store in '" + store + "'; run 'sdkg ingest' or 'sdkg up' first.");
        assertThat(store).doesNotExist();
        assertThat(run("query")).isEqualTo(2);
        assertThat(run("query", dir.resolve("none.rq").toString())).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo(dir.resolve("none.rq") + " does not exist.");
    }

    @Test
    void extractPrintsTheGraphOfOneReview() {
        assertThat(run("extract", reviews.resolve("2024-03.txt").toString())).isZero();
        assertThat(out.toString()).contains("Ada Lovelace").contains("sdkg:Person");
        assertThat(run("extract", "--format", "nq", reviews.resolve("2024-03.txt").toString())).isZero();
        assertThat(out.toString()).contains("<https://w3id.org/sdkg/graph/review/2024-03> .");
        assertThat(run("extract", "--format", "trig", reviews.resolve("2024-03.txt").toString())).isZero();
        assertThat(out.toString()).contains("<https://w3id.org/sdkg/graph/review/2024-03> {");
        assertThat(store).doesNotExist();
    }

    @Test
    void extractOfBadInputSaysWhy() throws Exception {
        Path undated = Files.writeString(dir.resolve("undated.txt"), "No date\n");
        assertThat(run("extract", undated.toString())).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo("undated.txt: no date in the heading of the review; give one with --date.");
        assertThat(run("extract", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString().trim()).isEqualTo(dir.resolve("missing.txt") + " does not exist.");
    }

    @Test
    void missingExtractorIsOneSentence() {
        CommandLine cl = Main.commandLine(new Main());
        StringWriter e = new StringWriter();
        cl.setErr(new PrintWriter(e, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("extract", reviews.resolve("2024-03.txt").toString());
        // With an extractor registered as a service this prints RDF; without one, a single sentence.
        if (java.util.ServiceLoader.load(org.sdkg.extract.ReviewExtractor.class).findFirst().isEmpty()) {
            assertThat(code).isEqualTo(1);
            assertThat(e.toString().trim()).isEqualTo(
                    "No review extractor is installed (no org.sdkg.extract.ReviewExtractor service on the class path).");
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument").contains("--help");
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("up").contains("ingest").contains("query").contains("extract").contains("serve");
        assertThat(run("--version")).isZero();
    }

    @Test
    void serveRefusesAMissingStore() {
        assertThat(run("serve", "--store", store.toString(), "--port", "0")).isEqualTo(1);
        assertThat(err.toString().trim()).startsWith("There is no store in");
        assertThat(store).doesNotExist();
    }

    @Test
    void storeIsClosedAfterEachCommand() {
        run("ingest", "--store", store.toString(), reviews.toString());
        try (Store s = Store.openExisting(store)) {
            assertThat(s.reviews()).hasSize(2);
        }
    }
}
