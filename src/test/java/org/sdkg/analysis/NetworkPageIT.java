package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sdkg.extract.CoreNlpExtractor;
import org.sdkg.ontology.Iris;
import org.sdkg.serve.SdkgServer;
import org.sdkg.store.Ingestor;
import org.sdkg.store.Store;

/**
 * The network page in headless Chromium over the five reviews: they are extracted with the real extractor into a
 * TDB2 store, measured by the analysis (written back into the analysis graph) and served read-only by the real
 * server. The page must draw exactly the people tied to someone (as a SPARQL query on the store and the analysis
 * say), switch networks and years consistently with the analysis, show a node's events with their dates and
 * sentences, and log no error in the browser console.
 */
class NetworkPageIT {
    static final String PREFIXES = "PREFIX sdkg: <https://w3id.org/sdkg/ontology#>\n";
    /** People who share an event (not a research result) or an agreement, with the agreement's signing event. */
    static final String TIED_PEOPLE = PREFIXES + """
        SELECT DISTINCT ?p WHERE {
          { ?g sdkg:participant|sdkg:coChair ?p . ?g sdkg:participant|sdkg:coChair ?q .
            FILTER NOT EXISTS { ?g a sdkg:ResearchResult } }
          UNION { ?g sdkg:signatory ?p . ?g sdkg:signatory ?q }
          UNION { ?a sdkg:signedAt ?e . ?a sdkg:signatory ?p . ?e sdkg:participant|sdkg:coChair ?q }
          UNION { ?a sdkg:signedAt ?e . ?e sdkg:participant|sdkg:coChair ?p . ?a sdkg:signatory ?q }
          FILTER (?p != ?q)
          FILTER (STRSTARTS(STR(?p), "https://w3id.org/sdkg/id/person/") && STRSTARTS(STR(?q), "https://w3id.org/sdkg/id/person/"))
        }""";

    @TempDir static Path dir;
    static Store store;
    static SdkgServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        Ingestor.create().store(store).extractor(CoreNlpExtractor::new).build().ingest(List.of(Path.of("data/reviews")));
        for (NetworkKind kind : List.of(NetworkKind.PEOPLE, NetworkKind.ORGANISATIONS))
            MetricsGraph.write(store.dataset(), Analysis.over(store.dataset()).network(kind).run());
        server = SdkgServer.create().dataset(store.datasetGraph()).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1600,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** Any error or warning of the page (a failed request, an uncaught exception) fails the test. */
    @AfterEach
    void noConsoleErrors() {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER))
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) problems.add(e.getLevel() + " " + e.getMessage());
        assertThat(problems).as("browser console").isEmpty();
    }

    @Test
    void drawsThePeopleOfTheFiveReviewsAndShowsANodesEventsAndSentences() throws Exception {
        driver.get(server.url() + "network");
        assertThat(driver.getCurrentUrl()).endsWith("/web/network.html");
        NetworkAnalysis people = Analysis.over(store.dataset()).run().get(0);
        Set<String> expected = tiedPeople();
        assertThat(tied(people)).as("the analysis and the SPARQL query agree").isEqualTo(expected);
        waitForNodes(expected.size());
        assertThat(drawn()).isEqualTo(expected);
        assertThat(labels()).contains("Yin Hejun", "Dou Xiankang", "Dai Gang", "Paul Nurse", "Mark Walport");
        assertThat(js("return window.cy.edges().length")).isEqualTo((long) people.network().graph().edgeSet().size());
        assertThat(driver.findElement(By.id("status")).getText()).contains("stored by sdkg analyze");
        // the most central person of the analysis is drawn largest
        String top = people.ranking().get(0);
        assertThat(js("return window.cy.nodes().max(n => n.data('size')).ele.id()")).isEqualTo(top);
        screenshot("network.png");

        // a real click on a node shows its measures, its events with dates, and their sentences
        String yin = Iris.person("Yin Hejun");
        clickNode(yin);
        WebElement panel = driver.findElement(By.id("node"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panel.getText().startsWith("Yin Hejun"));
        var events = eventsOf(yin);
        assertThat(events).hasSizeGreaterThanOrEqualTo(4);
        for (var e : events.values()) {
            assertThat(panel.getText()).contains(e.getKey());
            assertThat(e.getValue()).anyMatch(text -> panel.getText().contains(text));
        }
        assertThat(panel.getText()).contains("betweenness", "Events", "(review 2026-01)");
        assertThat(js("return window.cy.nodes('.faded').length")).as("the rest is faded").isNotEqualTo(0L);
        screenshot("network-details.png");

        // the year slider: each year draws the people tied that year, as the analysis by year finds them
        List<NetworkAnalysis> byYear = Analysis.over(store.dataset()).byYear(true).run();
        assertThat(byYear).extracting(NetworkAnalysis::year).containsExactly("2024", "2025", "2026");
        for (int i = 0; i < byYear.size(); i++) {
            setYear(i + 1);
            Set<String> inYear = tied(byYear.get(i));
            waitForNodes(inYear.size());
            assertThat(drawn()).as(byYear.get(i).year()).isEqualTo(inYear);
            assertThat(expected).containsAll(inYear).hasSizeGreaterThan(inYear.size());
            assertThat(driver.findElement(By.id("year-label")).getText()).isEqualTo(byYear.get(i).year());
        }
        setYear(0);
        waitForNodes(expected.size());

        // the search box marks matching nodes; Enter opens the first one
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("xiankang");
        assertThat(js("return window.cy.nodes('.match').map(n => n.data('label'))")).isEqualTo(List.of("Dou Xiankang"));
        search.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panel.getText().startsWith("Dou Xiankang"));
        assertThat(panel.getText()).contains("2024-03-12", "2025-05-30");
        search.clear();
        search.sendKeys(Keys.BACK_SPACE);
    }

    @Test
    void drawsTheOrganisationsNetworkAsTheAnalysisBuildsIt() throws Exception {
        driver.get(server.url() + "network");
        waitForState();
        NetworkAnalysis orgs = Analysis.over(store.dataset()).network(NetworkKind.ORGANISATIONS).run().get(0);
        js("const s = document.getElementById('network'); s.value = 'organisations'; s.dispatchEvent(new Event('change'));");
        Set<String> expected = tied(orgs);
        waitForNodes(expected.size());
        assertThat(drawn()).isEqualTo(expected);
        assertThat(js("return window.cy.edges().length")).isEqualTo((long) orgs.network().graph().edgeSet().size());
        assertThat(labels()).contains("Ministry of Science and Technology of China", "Royal Society");
        screenshot("network-organisations.png");
    }

    /** The people tied to another person, by the SPARQL query on the store. */
    private static Set<String> tiedPeople() {
        Set<String> iris = new TreeSet<>();
        select(TIED_PEOPLE).forEach(r -> iris.add(r.getResource("p").getURI()));
        return iris;
    }

    /** The dated events and agreements of a person (not research results, not signings folded into their
     *  agreement): the date of each, and the texts of its sentences. */
    private static Map<String, Map.Entry<String, Set<String>>> eventsOf(String person) {
        Map<String, Map.Entry<String, Set<String>>> out = new TreeMap<>();
        select(PREFIXES + "SELECT ?g ?date ?text WHERE { ?g sdkg:participant|sdkg:signatory <" + person + "> ;"
                + " sdkg:date ?date ; sdkg:sourceSentence/sdkg:text ?text ."
                + " FILTER NOT EXISTS { ?g a sdkg:ResearchResult } FILTER NOT EXISTS { ?a sdkg:signedAt ?g } }")
                .forEach(r -> out.computeIfAbsent(r.getResource("g").getURI(),
                                g -> Map.entry(r.getLiteral("date").getLexicalForm(), new TreeSet<>()))
                        .getValue().add(r.getLiteral("text").getLexicalForm()));
        return out;
    }

    private static List<QuerySolution> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.model(store.dataset().getUnionModel()).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    /** The nodes of an analysed network that have at least one edge. */
    private static Set<String> tied(NetworkAnalysis a) {
        var g = a.network().graph();
        Set<String> out = new TreeSet<>();
        for (String v : g.vertexSet()) if (g.degreeOf(v) > 0) out.add(v);
        return out;
    }

    @SuppressWarnings("unchecked")
    private Set<String> drawn() {
        return new TreeSet<>((Collection<String>) js("return window.cy.nodes().map(n => n.id())"));
    }

    @SuppressWarnings("unchecked")
    private List<String> labels() {
        return (List<String>) js("return window.cy.nodes().map(n => n.data('label'))");
    }

    private void setYear(int index) {
        js("const s = document.getElementById('year'); s.value = arguments[0]; s.dispatchEvent(new Event('input'));", index);
    }

    private void waitForState() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js(
                "return document.body.dataset.state === 'ready' && !!window.cy")));
    }

    private void waitForNodes(long n) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js(
                    "return document.body.dataset.state === 'ready' && !!window.cy && window.cy.nodes().length === " + n)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Expected " + n + " nodes; the page says: "
                    + driver.findElement(By.id("status")).getText() + " / state "
                    + js("return document.body.dataset.state + ', nodes ' + (window.cy ? window.cy.nodes().length : 'none')"), e);
        }
    }

    /** A real mouse click at the node's rendered position. */
    private void clickNode(String id) {
        WebElement canvas = driver.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> pos = (Map<String, Number>) js(
                "return window.cy.getElementById(arguments[0]).renderedPosition()", id);
        int x = (int) Math.round(pos.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(pos.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, x, y).click().perform();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of(System.getProperty("sdkg.build.dir", "target"), "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
