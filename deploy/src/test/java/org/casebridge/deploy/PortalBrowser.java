package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs)
 * signed in as one demo user through the identity provider's own sign-in page. It saves a screenshot of each page a
 * test names under {@code deploy/target/screenshots}, and runs axe-core on it, failing on any serious or critical
 * WCAG 2.2 A/AA violation.
 */
public final class PortalBrowser implements AutoCloseable {

    public static final String PASSWORD = "casebridge";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private final ChromeDriver driver;
    private final Path userDataDir;

    private PortalBrowser(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /**
     * Starts a browser. Without Chromium the test is skipped, except under CI, where {@code .ci/run} has installed it
     * and its absence is a failure.
     */
    public static PortalBrowser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                    + "chromium-driver); .ci/run installs them");
        }
        assertThat(present)
                .as("chromium and chromedriver are installed (.ci/run installs them)")
                .isTrue();
        try {
            Path profile = Files.createTempDirectory("casebridge-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            return new PortalBrowser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens a portal page; the first time, the portal sends the browser to the identity provider, where the demo
     * user signs in, and the provider sends it back to the page.
     */
    public PortalBrowser signIn(URI page, String user) {
        driver.get(page.toString());
        WebElement username = await(
                WAIT,
                "the identity provider's sign-in page",
                ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        await(WAIT, "the way back to " + origin(page), d -> d.getCurrentUrl().startsWith(origin(page)));
        return this;
    }

    public PortalBrowser open(URI page) {
        driver.get(page.toString());
        return this;
    }

    public WebElement find(By by) {
        return await(WAIT, "an element " + by, ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Types into a text field or text area found by its id, replacing what was there. */
    public PortalBrowser type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Chooses a radio or checkbox by its name and value (clicks its label, as a user does). */
    public PortalBrowser choose(String name, String value) {
        WebElement input = find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .click();
        return this;
    }

    /**
     * Clicks the button or link with exactly this visible text and waits until the browser has left the page it was
     * on: every control a test clicks posts a form or follows a link, and reading the page before the next one has
     * replaced it reads the old one, or an element that is gone.
     */
    public PortalBrowser click(String text) {
        String literal = xpathLiteral(text);
        By control = By.xpath("//button[normalize-space(.)=" + literal + "] | //a[normalize-space(.)=" + literal + "] "
                + "| //input[@type='submit' and @value=" + literal + "]");
        WebElement element =
                await(WAIT, "a button or link '" + text + "'", ExpectedConditions.elementToBeClickable(control));
        element.click();
        await(WAIT, "the page after '" + text + "'", ExpectedConditions.stalenessOf(element));
        return this;
    }

    /**
     * {@code text} as an XPath 1.0 string literal, which has no escape: quoted with whichever quote it lacks, or built
     * with {@code concat} when it has both ("You marked the school's action done").
     */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** The page's visible text, read again if the page is replaced while it is read. */
    public String text() {
        return await(
                WAIT, "the page's text", d -> d.findElement(By.tagName("body")).getText());
    }

    /** Waits until the page's main heading is this one. */
    public PortalBrowser expectHeading(String heading) {
        await(
                WAIT,
                "the heading '" + heading + "'",
                d -> heading.equals(d.findElements(By.tagName("h1")).stream()
                        .findFirst()
                        .map(WebElement::getText)
                        .orElse("")));
        return this;
    }

    /**
     * Opens the page again until it shows the text: each service's read side, and the next service along Kafka,
     * follow a command within moments, not at once.
     */
    public PortalBrowser reloadUntil(URI page, String text) {
        await(PROPAGATION, "'" + text + "' on " + page, d -> {
            d.get(page.toString());
            return d.findElement(By.tagName("body")).getText().contains(text);
        });
        return this;
    }

    /** Waits, without reloading, until the page shows the text: a part of the page that keeps itself current. */
    public PortalBrowser awaitText(String text) {
        await(
                PROPAGATION,
                "'" + text + "' without reloading",
                d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    /**
     * Waits until the form holding the field says its draft is saved (the portal's autosave, which keeps what is typed
     * when a session times out or the tab closes).
     */
    public PortalBrowser awaitDraftSaved(String fieldId) {
        By status = By.xpath("//*[@id=" + xpathLiteral(fieldId) + "]/ancestor::form//*[@data-autosave-status]");
        await(
                WAIT,
                "the draft of the form of '" + fieldId + "' to be saved",
                d -> d.findElement(status).getText().startsWith("Draft saved at"));
        return this;
    }

    /** The current value of a text field or text area found by its id. */
    public String value(String id) {
        return find(By.id(id)).getDomProperty("value");
    }

    /** Saves a screenshot of the page as {@code <name>.png} and checks it with axe-core. */
    public PortalBrowser capture(String name) {
        screenshot(name);
        assertAccessible(name);
        return this;
    }

    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("casebridge.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * No serious or critical WCAG 2.2 A/AA violation on the page as it is now. axe runs in the page itself (its
     * legacy mode): the portals' pages have no frames from another origin, which is all the default mode adds, and
     * the default mode opens a second tab on every call to merge its results there: about 0.35 s of some 1.2 s per
     * page on a loaded 2-core machine, over some 90 pages. The rules and the violations found are the same.
     */
    @SuppressWarnings("deprecation")
    public PortalBrowser assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG).setLegacyMode(true).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> page + " has accessibility violations:\n"
                        + serious.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
        return this;
    }

    /**
     * Waits for the condition; a page that changes under the check is looked at again. If it never comes, the
     * failure says what the browser shows instead (address, heading, error summary) and saves a screenshot.
     */
    private <T> T await(Duration timeout, String what, java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(250))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (TimeoutException e) {
            Path shot = screenshot("failed-" + System.currentTimeMillis());
            String heading = driver.findElements(By.tagName("h1")).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .orElse("(no heading)");
            String problems = driver.findElements(By.className("govuk-error-summary")).stream()
                    .findFirst()
                    .map(WebElement::getText)
                    .orElse("(no error summary)");
            throw new AssertionError(
                    "Waited " + timeout.toSeconds() + " s for " + what + " but the browser is at "
                            + driver.getCurrentUrl() + " showing '" + heading + "', " + problems.replace('\n', ' ')
                            + "; screenshot " + shot,
                    e);
        }
    }

    private static String origin(URI page) {
        return page.getScheme() + "://" + page.getAuthority();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // The profile is in the temporary directory; the OS clears what is left.
        }
    }
}
