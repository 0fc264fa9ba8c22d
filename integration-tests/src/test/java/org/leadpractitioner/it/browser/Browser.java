package org.leadpractitioner.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.leadpractitioner.it.api.TestPeople;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Debian's chromedriver, with the checks every journey makes
 * on every page it visits: axe-core against WCAG 2.0/2.1/2.2 A and AA (no violation allowed), and a
 * screenshot saved under {@code integration-tests/target/screenshots} for reviewers.
 */
public final class Browser implements AutoCloseable {

    /** The axe-core rule tags for WCAG 2.2 AA (which includes 2.0 and 2.1 A/AA). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** How many key presses {@link #tabTo} tries before it fails. */
    static final int MAX_TABS = 200;

    private final WebDriver driver;
    private final URL base;
    private final Path tempProfile;

    public Browser(URL base) throws IOException {
        this.base = base;
        this.tempProfile = Files.createTempDirectory("lp-chromium");
        String binary = System.getProperty("browser.binary", "/usr/bin/chromium");
        String driverPath = System.getProperty("browser.driver", "/usr/bin/chromedriver");
        for (String file : List.of(binary, driverPath)) {
            if (!Files.isExecutable(Path.of(file))) {
                throw new IllegalStateException(file + " is missing: install Debian's browser for the journeys with"
                        + " 'apt-get install -y chromium chromium-driver', or point -Dbrowser.binary / -Dbrowser.driver at them");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + tempProfile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driverPath).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application (relative to the context root, e.g. {@code app/home.xhtml}). */
    public void open(String path) {
        driver.get(base.toString() + path);
    }

    /** Signs in from the login page as a test practitioner (password {@link TestPeople#PASSWORD}). */
    public void signIn(String username) {
        open("app/home.xhtml");
        find(By.id("j_username")).sendKeys(username);
        find(By.id("j_password")).sendKeys(TestPeople.PASSWORD);
        find(By.cssSelector("button[type=submit]")).click();
        waitFor(d -> d.getPageSource().contains("Signed in as"));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        // an element replaced by an ajax update while the condition reads it is read again on the next try
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** The element that has the keyboard focus (the page's body when nothing has). */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The id of the element that has the keyboard focus ("" when it has none). */
    public String focusedId() {
        String id = focused().getDomAttribute("id");
        return id == null ? "" : id;
    }

    /** Presses keys (or types text) wherever the focus is, as a keyboard user does: nothing is clicked or focused first. */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /**
     * Presses TAB until the element with this id has the focus, reaching it as a keyboard user would; fails after
     * {@value #MAX_TABS} presses, naming where the focus was, when it cannot be reached that way.
     */
    public void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            try {
                if (id.equals(focusedId())) {
                    return;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                // the focused element was just replaced by an update: press on from wherever the focus is now
            }
            press(Keys.TAB);
        }
        throw new AssertionError("#" + id + " was not reached with " + MAX_TABS + " presses of TAB on "
                + driver.getCurrentUrl() + "; the focus is on " + focused().getTagName() + " #" + focusedId());
    }

    /**
     * Presses {@code key} (an arrow, in a group of radio buttons or a list) until the element with this id has the
     * focus; fails after {@value #MAX_TABS} presses.
     */
    public void pressUntilFocused(CharSequence key, String id) {
        for (int i = 0; i < MAX_TABS && !id.equals(focusedId()); i++) {
            press(key);
        }
        if (!id.equals(focusedId())) {
            throw new AssertionError("#" + id + " was not reached with " + MAX_TABS + " presses; the focus is on #" + focusedId());
        }
    }

    /**
     * Runs axe-core on the current page and fails, listing every violation, unless there is none; then
     * saves a screenshot named after the journey step.
     */
    public void checkPage(String step) throws IOException {
        screenshot(step);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("Accessibility violations on " + step + " (" + driver.getCurrentUrl() + "):\n  " + report);
        }
    }

    public void screenshot(String step) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, dir.resolve(step + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(tempProfile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
