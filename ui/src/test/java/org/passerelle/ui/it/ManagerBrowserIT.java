package org.passerelle.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.passerelle.backend.it.ItSupport;
import org.passerelle.ui.browser.Browser;

/**
 * The managers' interface driven in headless Chromium against the shared running application: sign in,
 * create a programme with eligibility rules and publish it, see a bad dataset refused with its errors,
 * move a project through its workflow, switch to English. Every test uses codes of its own
 * ({@code TEST-UI-<time>}) so that other tests on the same instance are not disturbed, and saves a
 * screenshot to {@code docs/screenshots/manager-*.png}.
 */
class ManagerBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static PasserelleProcess app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        app = PasserelleProcess.shared();
        browser = new Browser(app.base().toString());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signs_in_and_lands_on_the_dashboard_with_its_figures_and_charts() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/manage");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        browser.documentScreenshot("manager-login");

        signIn();

        assertThat(browser.driver().getCurrentUrl()).endsWith("/manage");
        WebElement cards = browser.find(By.id("dashboard-cards"));
        assertThat(cards.getText()).contains("programmes", "appels ouverts", "projets");
        assertThat(browser.driver().findElements(By.cssSelector(".chart img"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.tagName("vaadin-side-nav")).getText())
                .contains("Tableau de bord", "Programmes", "Projets", "Import / export", "Comptes");
        browser.documentScreenshot("manager-dashboard");
    }

    @Test
    void creates_a_programme_with_eligibility_rules_publishes_it_and_finds_it_in_the_public_catalogue() {
        signIn();
        String code = unique("TEST-UI");
        browser.open("/manage/programmes");
        browser.click(browser.find(By.id("programme-new")));
        browser.find(By.id("programme-editor"));

        type("#programme-code input", code);
        type("#programme-nameFr input", "Programme d’essai " + code);
        type("#programme-nameEn input", "Test programme " + code);
        type("#programme-summaryFr textarea", "Soutient les échanges de jeunes entre les deux rives.");
        chooseInMultiSelect("programme-axes", "Mobilité");
        tick("programme-applicant-types", "Association");
        tick("programme-territories", "Nouvelle-Aquitaine");
        browser.click(browser.find(By.cssSelector("#programme-partner input")));
        type("#programme-min-age input", "18");
        type("#programme-max-age input", "30");
        type("#programme-max-amount input", "15000");
        type("#programme-conditionsFr textarea", "Le projet dure moins d’un an.");
        browser.waitForVaadin();

        // the preview follows the typing (lazily): wait for the last field typed to show
        String preview = browser.until(d -> {
            String text = (String) browser.script("return document.getElementById('criteria-preview').textContent;");
            return text.contains("Le projet dure moins d’un an.") ? text : null;
        });
        assertThat(preview).contains("Association", "Nouvelle-Aquitaine", "de 18 à 30 ans",
                "autre rive", "Le projet dure moins d’un an.", "15 000");
        browser.documentScreenshot("manager-programme-editor");

        browser.click(browser.find(By.id("programme-save")));
        browser.until(d -> d.findElement(By.id("programme-publish")).isDisplayed());
        browser.click(browser.find(By.id("programme-publish")));
        browser.until(d -> !d.findElement(By.id("programme-publish")).isDisplayed());
        assertThat(browser.find(By.cssSelector("#programme-editor .status-badge, .status-badge")).getText())
                .isEqualTo("Publié");
        browser.documentScreenshot("manager-programme-published");

        JsonNode published = eventually(() -> json(ItSupport.get(url(), "/api/programmes?q=" + code).body()),
                found -> found.toString().contains(code));
        assertThat(published.toString()).contains(code, "Programme d’essai");
        JsonNode programme = json(ItSupport.get(url(), "/api/programmes/" + code).body());
        assertThat(programme.path("eligibility").path("minAge").asInt()).isEqualTo(18);
        assertThat(programme.path("eligibility").path("maxAge").asInt()).isEqualTo(30);
        assertThat(programme.path("eligibility").path("partnerFromOtherSideRequired").asBoolean()).isTrue();
        assertThat(programme.path("eligibility").path("applicantTypes").toString()).contains("ASSOCIATION");
    }

    @Test
    void refuses_a_bad_dataset_listing_each_error_with_its_path_and_changing_nothing() throws IOException {
        signIn();
        long before = json(ItSupport.asAdmin("GET", url(), "/api/admin/export", null).body()).path("programmes").size();
        Path bad = Files.createTempFile("bad-dataset", ".json");
        Files.writeString(bad, """
                {"format": "passerelle-dataset", "version": 1,
                 "programmes": [{"code": "bad code", "name": {"fr": ""}, "status": "SOMETIMES"}],
                 "projects": [{"reference": "TEST-UI-DANGLING", "programme": "NO-SUCH-PROGRAMME"}]}
                """);
        browser.open("/manage/dataset");
        WebElement upload = browser.find(By.id("dataset-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        browser.script("arguments[0].removeAttribute('hidden'); arguments[0].style.display = 'block';", input);
        input.sendKeys(bad.toAbsolutePath().toString());
        browser.script("arguments[0].setAttribute('hidden', ''); arguments[0].style.display = '';", input);
        browser.until(d -> d.findElement(By.id("dataset-import")).isEnabled());
        browser.click(browser.find(By.id("dataset-import")));
        browser.until(d -> d.findElement(By.id("dataset-errors")).isDisplayed());

        String errors = (String) browser.script("return Array.from(document.querySelectorAll("
                + "'#dataset-errors vaadin-grid-cell-content')).map(e => e.textContent).join('\\n');");
        assertThat(errors).contains("$.programmes[0]");
        assertThat(browser.find(By.id("dataset-outcome")).getText()).contains("rien n’a été modifié");
        browser.documentScreenshot("manager-import-errors");
        long after = json(ItSupport.asAdmin("GET", url(), "/api/admin/export", null).body()).path("programmes").size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void moves_a_project_through_its_workflow_offering_only_the_allowed_transitions() {
        signIn();
        String reference = createDraftProject();
        browser.open("/manage/projects?ref=" + reference);
        browser.find(By.id("project-editor"));
        assertThat(actions()).containsExactlyInAnyOrder("transition-submit", "transition-withdraw");

        browser.click(browser.find(By.id("transition-submit")));
        browser.until(d -> actions().contains("transition-start-review"));
        browser.click(browser.find(By.id("transition-start-review")));
        browser.until(d -> actions().contains("transition-approve"));
        assertThat(actions()).containsExactlyInAnyOrder("transition-approve", "transition-reject",
                "transition-withdraw");

        browser.click(browser.find(By.id("transition-approve")));
        type("#transition-amount input", "1000");
        browser.click(browser.find(By.id("transition-confirm")));
        browser.until(d -> "Accepté".equals(d.findElement(By.id("project-status")).getText()));
        assertThat(actions()).containsExactlyInAnyOrder("transition-start", "transition-withdraw");
        String history = (String) browser.script("return Array.from(document.querySelectorAll("
                + "'#project-history vaadin-grid-cell-content')).map(e => e.textContent).join('|');");
        assertThat(history).contains("Déposé", "En instruction", "Accepté");
        browser.documentScreenshot("manager-project-workflow");

        JsonNode stored = json(ItSupport.asAdmin("GET", url(), "/api/projects/" + reference, null).body());
        assertThat(stored.path("status").asText()).isEqualTo("APPROVED");
        assertThat(stored.path("grantedAmount").decimalValue()).isEqualByComparingTo("1000");
    }

    @Test
    void switches_to_english_and_remembers_it() {
        signIn();
        browser.open("/manage/programmes");
        browser.click(browser.find(By.id("lang-en")));
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Dashboard"));
        browser.open("/manage/projects");
        assertThat(browser.find(By.tagName("vaadin-side-nav")).getText()).contains("Dashboard", "Projects");
        assertThat(browser.driver().manage().getCookieNamed("passerelle-lang").getValue()).isEqualTo("en");
        browser.documentScreenshot("manager-projects-english");
        browser.click(browser.find(By.id("lang-fr")));
        browser.until(d -> d.findElement(By.tagName("vaadin-side-nav")).getText().contains("Tableau de bord"));
    }

    @Test
    void refuses_a_save_over_a_newer_version_keeping_the_edits_and_offering_a_reload() {
        signIn();
        String code = createDraftProgramme();
        browser.open("/manage/programmes");
        type("#programme-search input", code);
        browser.waitForVaadin();
        WebElement row = browser.until(d -> d.findElements(By.cssSelector("#programmes-grid vaadin-grid-cell-content"))
                .stream().filter(c -> code.equals(c.getText())).findFirst().orElse(null));
        browser.click(row);
        browser.find(By.id("programme-editor"));
        type("#programme-nameFr input", "Ma version");

        ObjectNode theirs = (ObjectNode) json(ItSupport.asAdmin("GET", url(), "/api/manage/programmes/" + code, null).body());
        ((ObjectNode) theirs.get("name")).put("fr", "Leur version");
        ItSupport.Answer saved = ItSupport.asAdmin("PUT", url(), "/api/manage/programmes/" + code, theirs.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        browser.click(browser.find(By.id("programme-save")));
        browser.until(d -> d.findElement(By.id("conflict-dialog")).getAttribute("opened") != null);
        assertThat(browser.find(By.cssSelector("#programme-nameFr input")).getAttribute("value")).isEqualTo("Ma version");
        browser.documentScreenshot("manager-conflict");
        JsonNode stored = json(ItSupport.asAdmin("GET", url(), "/api/manage/programmes/" + code, null).body());
        assertThat(stored.path("name").path("fr").asText()).isEqualTo("Leur version");

        browser.click(browser.find(By.id("conflict-reload")));
        browser.until(d -> "Leur version".equals(
                d.findElement(By.cssSelector("#programme-nameFr input")).getAttribute("value")));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static void signIn() {
        browser.open("/login");
        if (!browser.driver().getCurrentUrl().contains("/login")) {
            return;
        }
        type("vaadin-text-field[name='username'] input", ItSupport.ADMIN);
        WebElement password = browser.find(By.cssSelector("vaadin-password-field[name='password'] input"));
        password.sendKeys(ItSupport.ADMIN_PASSWORD, Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().contains("/manage"));
        browser.waitForVaadin();
    }

    /** A new draft programme copying a published one, under a code of its own. */
    private static String createDraftProgramme() {
        JsonNode catalogue = json(ItSupport.get(url(), "/api/programmes?size=1").body());
        String existing = catalogue.path("items").get(0).path("code").asText();
        ObjectNode programme = (ObjectNode) json(
                ItSupport.asAdmin("GET", url(), "/api/manage/programmes/" + existing, null).body());
        String code = unique("TEST-UI-C");
        programme.put("code", code);
        programme.put("status", "DRAFT");
        ItSupport.Answer created = ItSupport.asAdmin("POST", url(), "/api/manage/programmes", programme.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** A new draft project copying an existing one's programme, lead and amounts, under a code of its own. */
    private static String createDraftProject() {
        JsonNode listing = json(ItSupport.asAdmin("GET", url(), "/api/projects?size=1", null).body());
        ObjectNode project = (ObjectNode) listing.path("items").get(0).deepCopy();
        String reference = unique("TEST-UI-P");
        project.put("reference", reference);
        project.remove(List.of("version", "allowedTransitions", "history", "grantedAmount"));
        project.put("status", "DRAFT");
        ItSupport.Answer created = ItSupport.asAdmin("POST", url(), "/api/projects", project.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return reference;
    }

    private static List<String> actions() {
        return browser.driver().findElements(By.cssSelector("#workflow-actions vaadin-button")).stream()
                .map(b -> b.getAttribute("id")).toList();
    }

    private static void type(String css, String text) {
        WebElement field = browser.find(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    /** Ticks the checkbox of a group whose label contains {@code label}. */
    private static void tick(String groupId, String label) {
        WebElement box = browser.find(By.id(groupId)).findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(b -> b.getText().contains(label)).findFirst().orElseThrow();
        browser.click(box.findElement(By.tagName("input")));
    }

    private static void chooseInMultiSelect(String id, String text) {
        WebElement input = browser.find(By.cssSelector("#" + id + " input"));
        input.sendKeys(text);
        browser.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty());
        WebElement item = browser.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"))
                .stream().filter(i -> i.getText().contains(text)).findFirst().orElse(null));
        item.click();
        input.sendKeys(Keys.ESCAPE);
        browser.waitForVaadin();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Instant.now().toEpochMilli() % 100_000_000;
    }

    private static URL url() {
        try {
            return app.base().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T eventually(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = probe.get();
        }
        return value;
    }
}
