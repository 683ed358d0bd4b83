package fr.gouv.hubee.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (Selenium Manager never runs), with
 * a fresh profile each time and waits that survive PrimeFaces replacing DOM nodes.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;

    Browser() {
        try {
            profile = Files.createTempDirectory("hubee-chromium-");
            downloads = Files.createTempDirectory("hubee-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // The console, to catch every Content-Security-Policy violation (cspViolations).
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** The folder Chromium downloads into. */
    Path downloads() {
        return downloads;
    }

    /** Waits for a downloaded file whose name ends with {@code suffix} to be complete. */
    Path downloaded(String suffix) throws IOException, InterruptedException {
        for (int i = 0; i < 150; i++) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download ending with " + suffix);
    }

    void clearDownloads() throws IOException {
        try (var files = Files.list(downloads)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(TestServer.BASE_URL + path);
    }

    /** Text of an element once it is there, retrying while Ajax swaps nodes. */
    String textOf(By locator) {
        return wait(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var element = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
                    return element == null ? null : element.getText();
                });
    }

    /** Clicks a full-page (non-Ajax) submit and waits for the next page to replace this one. */
    void submit(By locator) {
        // Chromium may still be swapping documents after a previous submit: retry on its transient errors.
        var button = wait(Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.elementToBeClickable(locator));
        button.click();
        // Gone from the document: Chromium says so as "stale" or, mid-swap, as an inspector error.
        wait(Duration.ofSeconds(15)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    void click(By locator) {
        wait(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var element = ExpectedConditions.elementToBeClickable(locator).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    void type(By locator, String text) {
        wait(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var element = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.clear();
                    element.sendKeys(text);
                    return true;
                });
    }

    /** « Déconnexion », then wait until the welcome page is there. */
    void logout() {
        submit(By.id("user-menu:logout"));
        textOf(By.id("welcome-title"));
    }

    /**
     * Waits until PrimeFaces' Ajax queue is empty. Typing fires its request after the inputs'
     * 200 ms delay, so that delay is let pass first.
     */
    void awaitAjax() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait(Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * What axe-core finds against WCAG 2.0 and 2.1, levels A and AA, on the page as it is now
     * (dialogs open included): one line per rule and element.
     */
    java.util.List<String> accessibilityViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream().flatMap(rule -> rule.getNodes().stream()
                .map(node -> rule.getId() + " " + node.getTarget() + " — " + firstLine(node.getFailureSummary()))).toList();
    }

    private static String firstLine(String summary) {
        String[] lines = summary == null ? new String[0] : summary.split("\n");
        return lines.length > 1 ? lines[1].strip() : String.join(" ", lines);
    }

    /** What the page's Content-Security-Policy refused since the last call (Chromium's console). */
    java.util.List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    @Override
    public void close() {
        driver.quit();
        for (Path dir : new Path[] {profile, downloads}) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary folder is harmless.
            }
        }
    }
}
