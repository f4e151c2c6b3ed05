package org.sdkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.ontology.Iris;
import org.sdkg.store.Store;

import picocli.CommandLine;

/** {@code sdkg analyze} on a TDB2 store holding the analysis fixture. */
class AnalyzeCommandTest {
    @TempDir Path dir;
    Path store;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void store() {
        store = dir.resolve("store");
        try (Store s = Store.open(store)) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), "analysis/fixture.trig"));
        }
    }

    int run(String... args) {
        CommandLine cl = Main.commandLine(new Main(() -> { throw new IllegalStateException("no extraction here"); }));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void wholeNetworkWritesFilesAndTheAnalysisGraph() {
        Path outDir = dir.resolve("analysis");
        int code = run("analyze", "--store", store.toString(), "--out", outDir.toString(), "--top", "3");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("people network: 7 nodes, 7 edges, 2 components, 3 communities")
                .contains("harmonic centrality").contains("   1  Carlos Souza").contains("... 4 more in nodes.csv");
        for (String f : new String[] {"nodes.csv", "edges.csv", "network.graphml", "network.gexf", "network.json"})
            assertThat(outDir.resolve(f)).exists();
        try (Store s = Store.openExisting(store)) {
            assertThat(s.graphSize(Iris.ANALYSIS_GRAPH)).isGreaterThan(7 * 11);
        }
    }

    @Test
    void byYearWritesOneFolderPerYear() {
        Path outDir = dir.resolve("years");
        int code = run("analyze", "--store", store.toString(), "--out", outDir.toString(), "--by", "year",
                "--network", "countries");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("countries 2024 network").contains("countries 2025 network")
                .contains("not stored");
        assertThat(Files.exists(outDir.resolve("2024/network.json"))).isTrue();
        assertThat(Files.exists(outDir.resolve("2025/nodes.csv"))).isTrue();
    }

    @Test
    void unknownEgoIsOneSentenceAndNonZero() {
        int code = run("analyze", "--store", store.toString(), "--out", dir.resolve("x").toString(),
                "--ego", "Nobody Known", "--depth", "2");
        assertThat(code).isNotZero();
        assertThat(err.toString().strip())
                .isEqualTo("No person, organisation or country named \"Nobody Known\" is in the people network.");
    }

    @Test
    void badNetworkOrDateIsOneSentence() {
        assertThat(run("analyze", "--store", store.toString(), "--network", "planets")).isNotZero();
        assertThat(err.toString()).contains("Unknown network \"planets\"; choose one of people, organisations, countries, mixed.");
        assertThat(run("analyze", "--store", store.toString(), "--from", "2024-13")).isNotZero();
        assertThat(err.toString()).contains("\"2024-13\" is not a date");
    }
}
