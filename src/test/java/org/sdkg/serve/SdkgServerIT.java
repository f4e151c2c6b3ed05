package org.sdkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.extract.ReviewSource;
import org.sdkg.ontology.Iris;
import org.sdkg.store.Store;
import org.sdkg.store.TestExtractor;

/** A real Fuseki over a real TDB2 store, queried over HTTP. */
class SdkgServerIT {
    @TempDir static Path dir;
    static Store store;
    static SdkgServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        TestExtractor x = new TestExtractor();
        store.replaceGraph(Iris.reviewGraph("2024-03"), x.extract(new ReviewSource("2024-03", "2024-03.txt",
                "Review 2024-03\nAda Lovelace met Alan Turing.\n", null)).model(), "h1", "2024-03.txt");
        store.replaceGraph(Iris.reviewGraph("2024-11"), x.extract(new ReviewSource("2024-11", "2024-11.txt",
                "Review 2024-11\nGrace Hopper met Alan Turing.\n", null)).model(), "h2", "2024-11.txt");
        Model many = ModelFactory.createDefaultModel();
        for (int i = 0; i < 300; i++)
            many.createResource(Iris.ID + "thing/" + i).addProperty(RDFS.label, "thing " + i);
        store.replaceGraph(Iris.GRAPH + "bulk", many, "h3", null);
        server = SdkgServer.create().dataset(store.datasetGraph()).port(0).timeout(Duration.ofSeconds(2)).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String endpoint, String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a refused write on a fresh connection: the server may close it without reading the body. */
    static int refused(HttpRequest req) throws Exception {
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static final String PEOPLE = "PREFIX sdkg: <https://w3id.org/sdkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a sdkg:Person }";

    @Test
    void listensOnTheLoopbackAndAFreePort() {
        assertThat(server.port()).isPositive();
        assertThat(server.sparqlUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/sdkg/sparql");
    }

    @Test
    void defaultGraphIsTheUnionOfTheReviewGraphs() throws Exception {
        HttpResponse<String> r = query("sdkg/sparql", PEOPLE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualToNormalizingNewlines("n\n3\n");
        assertThat(query("sdkg/query", PEOPLE).body()).isEqualToNormalizingNewlines("n\n3\n");
        HttpResponse<String> viaGet = get("sdkg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        assertThat(viaGet.body()).contains("true");
    }

    @Test
    void updatesAreRefused() throws Exception {
        for (String endpoint : new String[] {"sdkg/update", "sdkg/sparql", "sdkg"}) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build();
            assertThat(refused(req)).as(endpoint).isBetween(400, 499);
        }
        assertThat(query("sdkg/sparql", PEOPLE).body()).isEqualToNormalizingNewlines("n\n3\n");
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        for (String target : new String[] {"sdkg?default", "sdkg/data?graph=" + Iris.reviewGraph("2024-03"), "sdkg/get?default"}) {
            HttpRequest put = HttpRequest.newBuilder(URI.create(server.url() + target))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build();
            assertThat(refused(put)).as(target).isBetween(400, 499);
            HttpRequest delete = HttpRequest.newBuilder(URI.create(server.url() + target)).DELETE().build();
            assertThat(refused(delete)).as(target).isBetween(400, 499);
        }
        assertThat(store.graphSize(Iris.reviewGraph("2024-03"))).isPositive();
        HttpResponse<String> read = get("sdkg/get?graph=" + URLEncoder.encode(Iris.reviewGraph("2024-03"), StandardCharsets.UTF_8));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Ada Lovelace");
    }

    @Test
    void servesTheFusekiUiAndTheInformationItNeeds() throws Exception {
        HttpResponse<String> ui = get("");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(ui.body()).contains("<title>Apache Jena Fuseki UI</title>");
        assertThat(get("$/ping").statusCode()).isEqualTo(200);
        HttpResponse<String> info = get("$/server");
        assertThat(info.body()).contains("\"/sdkg\"").contains("sparql").doesNotContain("update");
        assertThat(get("$/stats/sdkg").statusCode()).isEqualTo(200);
        HttpRequest createDataset = HttpRequest.newBuilder(URI.create(server.url() + "$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem")).build();
        assertThat(refused(createDataset)).isBetween(400, 499);
    }

    @Test
    void servesClasspathPagesAndWebJars() throws Exception {
        HttpResponse<String> page = get("web/sdkg-test-page.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("served from the class path");
        assertThat(get("web/../META-INF/MANIFEST.MF").statusCode()).isEqualTo(404);
        assertThat(get("web/missing.html").statusCode()).isEqualTo(404);
        HttpResponse<String> redirect = get("network");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/web/network.html"));
        HttpResponse<String> cytoscape = get("webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    }

    @Test
    void longQueriesAreStoppedByTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query("sdkg/sparql",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(seconds).isLessThan(20);
    }

    @Test
    void aSecondServerOnTheSamePortFailsClearly() {
        SdkgServer second = SdkgServer.create().dataset(store.datasetGraph()).port(server.port()).build();
        assertThatThrownBy(second::start).isInstanceOf(ServeException.class)
                .hasMessage("Port " + server.port() + " on 127.0.0.1 is already in use (another server is running there); "
                        + "stop it or choose another --port.");
        assertThatThrownBy(() -> SdkgServer.checkPortFree("127.0.0.1", server.port())).isInstanceOf(ServeException.class);
    }

}
