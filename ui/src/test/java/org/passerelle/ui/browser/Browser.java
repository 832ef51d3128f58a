package org.passerelle.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium against a running Passerelle. Screenshots go to
 * {@code target/screenshots}; the README's ones are copied from there into {@code docs/screenshots}.
 * Vaadin components live in shadow DOM: {@link #shadow} reaches inside one.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final String baseUrl;
    private final WebDriver driver;

    public Browser(String baseUrl) {
        this(baseUrl, 1400, 900);
    }

    public Browser(String baseUrl, int width, int height) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application and waits until Vaadin has finished rendering it. */
    public Browser open(String path) {
        driver.get(baseUrl + (path.startsWith("/") ? path : "/" + path));
        waitForVaadin();
        return this;
    }

    /** Waits until the Vaadin client is loaded and has no request in flight. */
    public void waitForVaadin() {
        until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return false; }"
                        + "var clients = window.Vaadin.Flow.clients;"
                        + "for (var c in clients) { if (clients[c].isActive && clients[c].isActive()) { return false; } }"
                        + "return document.readyState === 'complete';")));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    public WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    /** The shadow root of a Vaadin component, to reach its inner parts. */
    public SearchContext shadow(WebElement host) {
        return host.getShadowRoot();
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves a PNG of the page as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Path directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a PNG of the page like {@link #screenshot(String)} and copies it to {@code docs/screenshots/}
     * at the project's root, where the README shows it.
     */
    public Path documentScreenshot(String name) {
        Path file = screenshot(name);
        try {
            Path docs = Path.of("..", "docs", "screenshots");
            Files.createDirectories(docs);
            return Files.copy(file, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls {@code element} into the middle of the view, clicks it and waits for Vaadin to settle. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
