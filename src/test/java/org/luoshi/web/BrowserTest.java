package org.luoshi.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI in a real browser: Debian's headless Chromium driven by Selenium through Debian's chromedriver, over
 * an index of {@code corpus/} (and {@code ../shared/corpus/national} when present, for lineage). Screenshots of
 * every page go to {@code target/screenshots/}. Skipped where Chromium is not installed, except in CI, where
 * {@code .ci/run} installs it and its absence is a failure.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static WebServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI must have chromium and chromedriver (.ci/run installs them)");
            }
            Assumptions.abort("chromium/chromedriver not installed; skipping browser tests");
        }
        List<Path> files = new ArrayList<>(TestCorpus.seeds());
        Path national = Path.of("..", "shared", "corpus", "national");
        if (Files.isDirectory(national)) {
            files.addAll(TestCorpus.list(national));
        }
        server = LocalHttp.ingestAndServe(data, files);
        base = "http://127.0.0.1:" + server.address().getPort();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1400", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void screenshot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Does what leads to a new page (a click, a submit) and waits until that page has replaced the old one. */
    static void andWait(Runnable action) {
        WebElement old = browser.findElement(By.tagName("html"));
        action.run();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    static void search(String query) {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.name("q"));
        box.clear();
        box.sendKeys(query);
        andWait(box::submit);
    }

    @Test
    void searchShowsHighlightedResultsAndFiltersByLevel() throws Exception {
        search("隐患排查");
        assertTrue(browser.findElement(By.id("total")).getText().matches("\\d+ directives match.*"));
        List<WebElement> marks = browser.findElements(By.cssSelector(".hit .snippet mark"));
        assertFalse(marks.isEmpty(), "highlighted words in the snippets");
        assertTrue(marks.stream().anyMatch(m -> m.getText().contains("隐患") || m.getText().contains("排查")));
        screenshot("search");

        // Filter by level with a click on the level facet, then by the form's select.
        WebElement county = browser.findElement(By.cssSelector("#facet-level a[href*='level=county']"));
        andWait(county::click);
        List<WebElement> levels = browser.findElements(By.cssSelector(".hit .level"));
        assertFalse(levels.isEmpty());
        assertTrue(levels.stream().allMatch(l -> l.getText().equals("county")), "only county directives after the facet click");
        new Select(browser.findElement(By.name("level"))).selectByVisibleText("province");
        andWait(() -> browser.findElement(By.name("q")).submit());
        levels = browser.findElements(By.cssSelector(".hit .level"));
        assertTrue(levels.stream().allMatch(l -> l.getText().equals("province")));
        screenshot("search-province");
    }

    @Test
    void traditionalQueryFindsTheSameAndDocumentPageMarksTheText() throws Exception {
        search("隱患排查");
        String total = browser.findElement(By.id("total")).getText();
        search("隐患排查");
        assertEquals(total, browser.findElement(By.id("total")).getText(), "Traditional and Simplified queries match alike");
        andWait(() -> browser.findElements(By.cssSelector(".hit a.doclink")).get(0).click());
        assertTrue(browser.getCurrentUrl().contains("/doc/"));
        assertFalse(browser.findElements(By.cssSelector("#normalized span.dir")).isEmpty(), "directives marked in the text");
        assertFalse(browser.findElement(By.id("original")).getText().isBlank(), "original text beside it");
        assertTrue(browser.findElement(By.id("quality")).getText().contains("encoding"));
        assertEquals(1, browser.findElements(By.id("officials")).size());
        assertEquals(1, browser.findElements(By.id("citations")).size(), "citations up listed (or 'none found')");
        screenshot("document");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("officials")));
        screenshot("document-links");
    }

    @Test
    void officePageForYunchengAndALineageGraph() throws Exception {
        browser.get(base + "/office");
        WebElement unit = browser.findElement(By.name("unit"));
        unit.sendKeys("运城市");
        andWait(unit::submit);
        assertTrue(browser.findElement(By.id("summary")).getText().contains("运城市"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#ledger tr"));
        assertTrue(rows.size() > 1, "ledger rows for 运城市");
        assertTrue(browser.findElement(By.id("ledger")).getText().contains("relayed"));
        screenshot("office");
        andWait(() -> browser.findElements(By.cssSelector("#ledger tr.relayed a[href^='/lineage']")).get(0).click());
        WebElement svg = browser.findElement(By.id("lineage"));
        List<WebElement> nodes = svg.findElements(By.cssSelector("g.node"));
        assertTrue(nodes.size() >= 2, "the source and at least one unit below it");
        assertTrue(svg.getText().contains("source"));
        WebElement relayed = svg.findElement(By.cssSelector("g.node.relayed"));
        assertTrue(relayed.getText().contains("运城市"), "Yuncheng's relay is drawn with its own wording: " + relayed.getText());
        assertTrue(relayed.getText().length() > 30, relayed.getText());
        screenshot("lineage");
    }

    @Test
    void aScriptInTheQueryIsShownAsText() throws Exception {
        search("<script>alert(1)</script>");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals("<script>alert(1)</script>", browser.findElement(By.name("q")).getAttribute("value"));
        assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "no script element reached the page");
        assertTrue(browser.getPageSource().contains("&lt;script&gt;"));
        screenshot("script-query");
    }
}
