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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * an index of {@code corpus/} (with {@code ../shared/corpus/national} when present, for the office and lineage
 * pages) and over more than a thousand directives made of the seeds (sort, paging, export). Screenshots of every
 * page go to {@code target/screenshots/}. Skipped where Chromium is not installed, except in CI, where
 * {@code .ci/run} installs it and its absence is a failure; the office test is skipped without ../shared (outside CI).
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path data;
    @TempDir
    static Path many;
    @TempDir
    static Path profile;
    static WebServer server;
    static WebServer big;
    static ChromeDriver browser;
    static String base;
    static String bigBase;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if (TestCorpus.ci()) {
                Assertions.fail("CI must have chromium and chromedriver (.ci/run installs them)");
            }
            Assumptions.abort("chromium/chromedriver not installed; skipping browser tests");
        }
        List<Path> files = new ArrayList<>(TestCorpus.seeds());
        if (TestCorpus.present("corpus/national") || TestCorpus.ci()) {
            files.addAll(TestCorpus.list(TestCorpus.shared("corpus/national")));
        }
        server = LocalHttp.ingestAndServe(data, files);
        base = "http://127.0.0.1:" + server.address().getPort();
        ManyDirectives.build(many);
        big = new WebServer(many, "127.0.0.1", 0);
        big.start();
        bigBase = "http://127.0.0.1:" + big.address().getPort();
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
        if (big != null) {
            big.close();
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
    void homeAndSearchInChineseWithHighlightsAndFacets() throws Exception {
        browser.get(base + "/");
        assertTrue(browser.findElement(By.id("glance")).getText().startsWith("文档 "), "the corpus at a glance");
        assertFalse(browser.findElements(By.cssSelector("#levels-years tr")).isEmpty());
        assertTrue(browser.findElement(By.tagName("nav")).getText().contains("督办台账"));
        screenshot("home");
        search("隐患排查");
        assertTrue(browser.findElement(By.id("total")).getText().matches("共 \\d+ 条指示.*"), browser.findElement(By.id("total")).getText());
        List<WebElement> marks = browser.findElements(By.cssSelector(".hit .snippet mark"));
        assertFalse(marks.isEmpty(), "highlighted words");
        assertTrue(marks.stream().allMatch(m -> List.of("隐患", "排查", "隐患排查").contains(m.getText())));
        assertTrue(browser.findElement(By.id("facet-level")).getText().startsWith("层级"), "facet names in Chinese");
        screenshot("search");

        // Filter by level with a click on the level facet, then add a second level, then by the form's select.
        WebElement county = browser.findElement(By.cssSelector("#facet-level a[href*='level=county']"));
        andWait(county::click);
        List<WebElement> levels = browser.findElements(By.cssSelector(".hit .level"));
        assertFalse(levels.isEmpty());
        assertTrue(levels.stream().allMatch(l -> l.getText().equals("县级")), "only county directives after the facet click");
        new Select(browser.findElement(By.name("level"))).selectByVisibleText("省级");
        andWait(() -> browser.findElement(By.name("q")).submit());
        levels = browser.findElements(By.cssSelector(".hit .level"));
        assertTrue(levels.stream().allMatch(l -> l.getText().equals("省级")));
        screenshot("search-province");
    }

    @Test
    void sortNewestPagesPastAThousandAndExportsTheWholeList() throws Exception {
        browser.get(bigBase + "/?q=*&limit=500");
        new Select(browser.findElement(By.name("sort"))).selectByValue("newest");
        andWait(() -> browser.findElement(By.name("q")).submit());
        List<String> dates = browser.findElements(By.cssSelector(".hit .date")).stream().map(WebElement::getText)
                .filter(d -> d.matches("\\d{4}年\\d+月\\d+日")).toList();
        assertTrue(dates.size() > 10);
        List<Integer> keys = dates.stream().map(BrowserTest::dayKey).toList();
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i - 1) >= keys.get(i), "newest first: " + dates.get(i - 1) + " before " + dates.get(i));
        }
        assertEquals("从新到旧", browser.findElement(By.cssSelector("#sorts .sort-current")).getText());
        for (int page = 2; page <= 3; page++) {
            andWait(() -> browser.findElement(By.cssSelector(".pager a[rel=next]")).click());
        }
        String shown = browser.findElement(By.id("total")).getText();
        assertTrue(shown.contains("第 1001–"), "the third page of 500 is past the thousandth hit: " + shown);
        assertFalse(browser.findElements(By.cssSelector(".hit")).isEmpty());
        screenshot("search-page-3");

        String href = browser.findElement(By.id("export-csv")).getAttribute("href");
        HttpResponse<byte[]> csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] b = csv.body();
        assertEquals((byte) 0xEF, b[0], "BOM");
        long lines = new String(b, StandardCharsets.UTF_8).lines().filter(l -> l.matches("^[0-9a-f]{32}#\\d+,.*")).count();
        long total = Long.parseLong(shown.replaceAll("^共 (\\d+) .*", "$1"));
        assertTrue(total > 1000);
        assertEquals(total, lines, "the export holds the whole result set, not a page");
        assertTrue(browser.findElement(By.id("export-jsonl")).getAttribute("href").contains("format=jsonl"));
    }

    private static int dayKey(String d) {
        String[] p = d.replace("年", "-").replace("月", "-").replace("日", "").split("-");
        return Integer.parseInt(p[0]) * 10_000 + Integer.parseInt(p[1]) * 100 + Integer.parseInt(p[2]);
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
        assertTrue(browser.findElement(By.id("quality")).getText().contains("编码"));
        assertEquals(1, browser.findElements(By.id("officials")).size());
        assertEquals(1, browser.findElements(By.id("citations")).size(), "citations up listed (or 'none found')");
        screenshot("document");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("officials")));
        screenshot("document-links");
    }

    @Test
    void officePageInChineseAndANestedLineage() throws Exception {
        TestCorpus.shared("corpus/national");
        browser.get(base + "/office");
        WebElement unit = browser.findElement(By.name("unit"));
        unit.sendKeys("运城市");
        WebElement asOf = browser.findElement(By.name("as_of"));
        asOf.clear();
        asOf.sendKeys("2019-12-31"); // the corpus is of 2019: the period is the twelve months before this
        andWait(unit::submit);
        assertTrue(browser.findElement(By.id("summary")).getText().contains("运城市"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#ledger tr"));
        assertTrue(rows.size() > 1, "ledger rows for 运城市");
        List<String> statuses = browser.findElements(By.cssSelector("#ledger td.status")).stream().map(WebElement::getText).toList();
        assertTrue(statuses.contains("已传达") && statuses.contains("未落实"), statuses.toString());
        assertFalse(browser.findElements(By.cssSelector("#ledger .context .date")).isEmpty());
        screenshot("office");
        andWait(() -> browser.findElements(By.cssSelector("#ledger tr.relayed a[href^='/lineage']")).get(0).click());
        WebElement tree = browser.findElement(By.id("lineage"));
        WebElement province = tree.findElements(By.cssSelector("section.unit.level-province")).stream()
                .filter(p -> p.findElement(By.cssSelector(".head")).getText().startsWith("山西省")).findFirst().orElseThrow();
        WebElement city = province.findElement(By.cssSelector("section.unit.level-city"));
        assertTrue(city.findElement(By.cssSelector(".head a")).getText().contains("运城市"), "运城市 drawn inside 山西省");
        assertTrue(city.getText().contains("已传达") && city.getText().length() > 30, "Yuncheng's relay with its own wording: " + city.getText());
        assertTrue(tree.getText().contains("原指示"));
        screenshot("lineage");
        andWait(() -> city.findElement(By.cssSelector(".head a")).click());
        assertTrue(browser.getCurrentUrl().contains("/office?unit="), "a unit's box links to its office page");
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
