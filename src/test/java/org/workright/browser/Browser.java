package org.workright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs), headless,
 * one per test, as a person would use it. Without them the browser tests are skipped with a message
 * saying how to get them. What a page shows is checked as a person reads it: its text, no English
 * words of the kind that slip through, no errors in the console.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));

    /** Words of the engine or the code that must never reach a user. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(null|undefined|NaN|Exception|Error|error|true|false|Bad Request|Unauthorized|Forbidden|Not Found|Loading|Submit|"
                    + "Login|Logout|Password|Username|LEGAL_AID|SUPERVISION|WAGE_ARREARS|ONLINE|APPLIED)\\b");

    private WebDriver driver;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Browser tests skipped: no " + CHROMIUM + " or " + DRIVER
                        + " (install Debian's chromium and chromium-driver, as bash .ci/run does)");
        profile = Files.createTempDirectory("workright-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // this machine's network is closed: no background connections, no first-run, no sandbox as root
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                // the browser keeps Kunming's time, as the people using it do
                .withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** A phone-sized window (a worker applies on their phone). */
    public Browser phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    public Browser desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        return this;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text}, and returns the text. */
    public String waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator).getText();
    }

    public void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** A date field filled as a date picker would (typing depends on the browser's locale). */
    public void date(By locator, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                waitFor(locator), isoDate);
    }

    /**
     * The window as a PNG in the directory {@code -Dbrowser.shots} names, for a person to look at
     * (nothing without it).
     */
    public Browser shot(String name) {
        String dir = System.getProperty("browser.shots");
        if (dir != null) {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
                java.nio.file.Files.write(java.nio.file.Path.of(dir, name + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return this;
    }

    /** The page as a person reads it: its visible text, checked for the words that must not show. */
    public String text() {
        String text = driver.findElement(By.tagName("body")).getText();
        Matcher english = ENGLISH.matcher(text);
        assertThat(english.find()).as("English or code words on %s: %s", driver.getCurrentUrl(),
                english.find(0) ? english.group() : "").isFalse();
        return text;
    }

    /** Forgets the console so far (e.g. the Camunda login page's own expected 401s). */
    public void forgetConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** No errors in the console since the last look (failed requests, script errors). */
    public void assertNoConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("console errors").isEmpty();
    }

    /** Logs in through the Tasklist login page, as staff do. */
    public Browser loginToTasklist(String base, String user) {
        return loginToTasklist(base, user, "demo");
    }

    public Browser loginToTasklist(String base, String user, String password) {
        open(base + "/camunda/app/tasklist/default/");
        type(By.cssSelector("input[type=text], input[name=username]"), user);
        type(By.cssSelector("input[type=password]"), password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // logged in: the login form is gone
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
        forgetConsole();
        return this;
    }
}
