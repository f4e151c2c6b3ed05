package org.sdkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.store.TestExtractor;

import picocli.CommandLine;

/**
 * {@code sdkg up} and {@code sdkg serve} in a separate JVM, as a user runs them (the packaged jar, with the
 * test extractor registered as the service), queried over HTTP; a second process finds the store locked.
 */
class UpIT {
    @TempDir Path dir;
    Path reviews;

    @BeforeEach
    void setUp() throws Exception {
        reviews = Files.createDirectories(dir.resolve("data/reviews"));
        Files.writeString(reviews.resolve("2024-03.txt"), "Review 2024-03\nAda Lovelace met Alan Turing.\n");
        Files.writeString(reviews.resolve("2024-11.txt"), "Review 2024-11\nGrace Hopper met Alan Turing.\n");
        Path services = Files.createDirectories(dir.resolve("services/META-INF/services"));
        Files.writeString(services.resolve("org.sdkg.extract.ReviewExtractor"), TestExtractor.class.getName() + "\n");
    }

    /** A running sdkg process and the lines it printed so far. */
    record Running(Process process, List<String> lines, int port) {}

    Running start(String... args) throws Exception {
        String build = System.getProperty("sdkg.build.dir", "target");
        String cp = dir.resolve("services") + File.pathSeparator + Path.of(build, "test-classes")
                + File.pathSeparator + Path.of(build, "sdkg.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
        for (String line; (line = r.readLine()) != null; ) {
            lines.add(line);
            Matcher m = serving.matcher(line);
            if (m.find()) return new Running(p, lines, Integer.parseInt(m.group(1)));
        }
        p.waitFor(10, TimeUnit.SECONDS);
        return new Running(p, lines, -1);
    }

    static String people(int port) throws Exception {
        String q = "PREFIX sdkg: <https://w3id.org/sdkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a sdkg:Person }";
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sdkg/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    static void stop(Running r) throws Exception {
        r.process().destroy();
        assertThat(r.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void upIngestsServesAndSkipsUnchangedReviewsTheSecondTime() throws Exception {
        Running first = start("up", "--port", "0");
        assertThat(first.port()).as(String.join("\n", first.lines())).isPositive();
        assertThat(first.lines()).anyMatch(l -> l.matches("2024-03\\.txt: \\d+ triples, 2 people, 1 event, \\d+\\.\\d s"))
                .contains("2 ingested, 0 unchanged, 0 failed.");
        assertThat(people(first.port())).isEqualToNormalizingNewlines("n\n3\n");

        // While it runs, another process cannot write the store and says why.
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new Main(TestExtractor::new));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("ingest", "--store", dir.resolve("store").toString(), reviews.toString())).isEqualTo(1);
        assertThat(err.toString().trim()).matches("The store '.*store' is locked by another process \\(pid \\d+\\), "
                + "probably a running 'sdkg serve' or 'sdkg up'; stop it first or use another --store\\.");
        stop(first);

        Running second = start("up", "--port", "0");
        assertThat(second.lines()).contains("2024-03.txt: unchanged", "2024-11.txt: unchanged", "0 ingested, 2 unchanged, 0 failed.");
        assertThat(people(second.port())).isEqualToNormalizingNewlines("n\n3\n");
        stop(second);

        Running serve = start("serve", "--port", "0");
        assertThat(serve.lines()).noneMatch(l -> l.contains("ingested"));
        assertThat(people(serve.port())).isEqualToNormalizingNewlines("n\n3\n");
        stop(serve);
    }

    @Test
    void serveOnAPortInUseSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Running r = start("up", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(r.process().exitValue()).isEqualTo(1);
            assertThat(r.lines()).containsExactly("Port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use (another server is running there); stop it or choose another --port.");
        }
        assertThat(dir.resolve("store")).doesNotExist();
    }
}
