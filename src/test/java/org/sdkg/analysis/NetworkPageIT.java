package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.analysis.Fixture.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sdkg.serve.SdkgServer;
import org.sdkg.store.Store;

/**
 * The network page in headless Chromium, served by the real server over a TDB2 store holding the fixture and
 * the measures of its people network.
 */
class NetworkPageIT {
    @TempDir static Path dir;
    static Store store;
    static SdkgServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(dir.resolve("store"));
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), Fixture.RESOURCE));
        MetricsGraph.write(store.dataset(), Analysis.over(store.dataset()).run());
        server = SdkgServer.create().dataset(store.datasetGraph()).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
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

    @Test
    void drawsTheNetworkAndShowsANodesEventsAndSentences() throws Exception {
        driver.get(server.url() + "network");
        assertThat(driver.getCurrentUrl()).endsWith("/web/network.html");
        waitForNodes(7);
        assertThat(js("return window.cy.nodes().map(n => n.data('label')).sort()")).isEqualTo(List.of(
                "Anna Berg", "Carlos Souza", "Chen Hong", "Li Wei", "Maria Lima", "Omar Haddad", "Zhang Min"));
        assertThat(js("return window.cy.edges().length")).isEqualTo(7L);
        assertThat(driver.findElement(By.id("status")).getText()).contains("stored by sdkg analyze");
        // sizes follow the stored betweenness and PageRank: Carlos Souza (0.4) is drawn larger than Maria Lima (0)
        assertThat(size(CARLOS_SOUZA)).isGreaterThan(size(MARIA_LIMA));
        // communities: Li Wei and Zhang Min share a colour, Carlos Souza has another
        assertThat(colour(LI_WEI)).isEqualTo(colour(ZHANG_MIN)).isNotEqualTo(colour(CARLOS_SOUZA));

        clickNode(LI_WEI);
        WebElement panel = driver.findElement(By.id("node"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panel.getText().contains("Li Wei"));
        assertThat(panel.getText()).contains("2024-03-12", "Meeting of Li Wei, Anna Berg and Zhang Min",
                "2024-03-20", "Talks between Li Wei and Anna Berg", "(review 2024-03)",
                "On 20 March, Li Wei held talks with Anna Berg in Stockholm on research funding cooperation.",
                "betweenness").doesNotContain("catalyst");
        screenshot("network.png");

        // the year slider: 2024 holds only Li Wei, Anna Berg and Zhang Min
        js("const s = document.getElementById('year'); s.value = 1; s.dispatchEvent(new Event('input'));");
        waitForNodes(3);
        assertThat(driver.findElement(By.id("year-label")).getText()).isEqualTo("2024");

        // the search box marks matching nodes
        js("const s = document.getElementById('year'); s.value = 0; s.dispatchEvent(new Event('input'));");
        waitForNodes(7);
        driver.findElement(By.id("search")).sendKeys("hong");
        assertThat(js("return window.cy.nodes('.match').map(n => n.data('label'))")).isEqualTo(List.of("Chen Hong"));

        // another network, without stored measures: countries, sized by degree, coloured by kind
        js("const s = document.getElementById('network'); s.value = 'countries'; s.dispatchEvent(new Event('change'));");
        waitForNodes(4);
        assertThat(js("return window.cy.nodes().map(n => n.data('label')).sort()"))
                .isEqualTo(List.of("Brazil", "China", "Egypt", "Sweden"));
        assertThat(driver.findElement(By.id("status")).getText()).contains("size by degree");
        screenshot("network-countries.png");
    }

    private void waitForNodes(long n) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
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

    private double size(String id) {
        return ((Number) js("return window.cy.getElementById(arguments[0]).data('size')", id)).doubleValue();
    }

    private String colour(String id) {
        return (String) js("return window.cy.getElementById(arguments[0]).data('colour')", id);
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
