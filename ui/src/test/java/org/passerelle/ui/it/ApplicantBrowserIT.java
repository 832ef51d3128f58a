package org.passerelle.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.MalformedURLException;
import java.net.URL;
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
 * The applicants' pages driven in headless Chromium against the shared running application with the
 * demo data, as someone without an account uses them: find a programme by a synonym, read its page,
 * check eligibility in the simulator, ask the assistant. The verdicts expected are the eligibility
 * API's for the same profile, not numbers written here. Each test saves {@code docs/screenshots/public-*.png}.
 */
class ApplicantBrowserIT {

    private static final String CAE_PROGRAMME = "NA-QC-CAE";
    private static final String CAE_PROFILE = "{\"profile\": {\"applicantType\": \"CAE\", \"territory\": \"NOUVELLE_AQUITAINE\","
            + " \"partnerFromOtherSide\": true, \"requestedAmount\": 15000, \"projectBudget\": 40000, \"currency\": \"EUR\"},"
            + " \"programmes\": [\"" + CAE_PROGRAMME + "\"]}";
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
    void finds_a_programme_in_the_catalogue_by_a_synonym_and_opens_its_page() {
        browser.open("/programmes");
        WebElement search = browser.find(By.cssSelector("vaadin-text-field.catalogue-search input"));

        search.sendKeys("business and employment cooperative");
        WebElement card = browser.find(By.cssSelector(".programme-card[data-code='" + CAE_PROGRAMME + "']"));
        browser.waitForVaadin();
        assertThat(browser.find(By.cssSelector(".catalogue-summary")).getText()).matches("\\d+ programmes?");
        browser.documentScreenshot("public-catalogue");

        browser.click(card.findElement(By.cssSelector("a")));
        browser.until(d -> d.getCurrentUrl().endsWith("/programmes/" + CAE_PROGRAMME));
        WebElement title = browser.find(By.cssSelector(".programme-view h1"));
        assertThat(title.getText()).contains("coopératives d'activités et d'emploi");
        assertThat(browser.find(By.cssSelector(".programme-criteria")).getText())
                .contains("Réservé aux CAE ou coopératives.", "Porteurs situés en Nouvelle-Aquitaine ou au Québec.");
        assertThat(browser.find(By.cssSelector(".programme-funding")).getText()).contains("Aide de 15", "au maximum");
        browser.documentScreenshot("public-programme");
    }

    @Test
    void says_plainly_when_the_catalogue_has_nothing_for_a_search() {
        browser.open("/programmes");
        browser.find(By.cssSelector("vaadin-text-field.catalogue-search input")).sendKeys("zzyzx-introuvable");

        WebElement empty = browser.until(d -> d.findElements(By.cssSelector(".empty-state")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));

        assertThat(empty.getText()).startsWith("Aucun programme ne correspond");
    }

    @Test
    void narrows_the_catalogue_with_a_facet_and_counts_what_is_left() {
        browser.open("/programmes");
        int all = count(browser.find(By.cssSelector(".catalogue-summary")).getText());

        choose("#catalogue-territory", "Québec");
        browser.until(d -> count(d.findElement(By.cssSelector(".catalogue-summary")).getText()) < all);

        int narrowed = count(browser.find(By.cssSelector(".catalogue-summary")).getText());
        assertThat(narrowed).isPositive().isLessThan(all);
        ItSupport.Answer api = ItSupport.get(url(), "/api/programmes?territory=QUEBEC&size=200");
        assertThat(narrowed).isEqualTo(api.json().get("total").asInt());
    }

    @Test
    void shows_the_pages_in_english_when_the_applicant_switches() {
        try (Browser english = new Browser(app.base().toString())) {
            english.open("/simulateur");
            english.find(By.id("lang-en")).click();
            english.until(d -> {
                try {
                    return d.findElement(By.cssSelector(".simulator-view h1")).getText().equals("Eligibility check");
                } catch (org.openqa.selenium.StaleElementReferenceException reloading) {
                    return false;
                }
            });
            english.waitForVaadin();

            assertThat(english.find(By.cssSelector(".public-nav")).getText()).contains("Assistant", "Programmes",
                    "Eligibility check");
            assertThat(english.find(By.cssSelector("#simulator-submit")).getText()).isEqualTo("See my eligibility");
            english.documentScreenshot("public-simulator-en");
        }
    }

    private static int count(String summary) {
        return Integer.parseInt(summary.replaceAll("\\D", "").isEmpty() ? "0" : summary.replaceAll("\\D", ""));
    }

    @Test
    void runs_the_simulator_and_sees_the_verdict_the_rules_give() {
        String expected = verdictFromTheApi();
        browser.open("/simulateur?programme=" + CAE_PROGRAMME);

        choose("#simulator-applicant-type", "CAE");
        choose("#simulator-territory", "Nouvelle");
        browser.click(browser.find(By.xpath("//vaadin-radio-group[@id='simulator-partner']//vaadin-radio-button[normalize-space()='Oui']")));
        type("#simulator-amount input", "15000");
        type("#simulator-budget input", "40000");
        browser.click(browser.find(By.cssSelector("vaadin-button.simulator-submit")));

        WebElement badge = browser.find(By.cssSelector(".verdict-card[data-code='" + CAE_PROGRAMME + "'] .verdict"));
        assertThat(badge.getAttribute("data-verdict")).isEqualTo(expected).isEqualTo("ELIGIBLE");
        assertThat(badge.getText()).isEqualTo("Éligible");
        assertThat(browser.find(By.cssSelector(".simulator-summary")).getText()).startsWith("Éligible : 1");
        browser.documentScreenshot("public-simulator");
    }

    @Test
    void explains_a_refusal_in_the_simulator_with_the_rule_that_failed() {
        browser.open("/simulateur?programme=" + CAE_PROGRAMME);

        choose("#simulator-applicant-type", "Entreprise");
        browser.click(browser.find(By.cssSelector("vaadin-button.simulator-submit")));

        WebElement card = browser.find(By.cssSelector(".verdict-card[data-code='" + CAE_PROGRAMME + "']"));
        assertThat(card.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("Non éligible");
        assertThat(card.getText()).contains("Ce programme est réservé aux", "CAE", "vous êtes une entreprise",
                "À préciser : votre territoire.");
    }

    @Test
    void asks_the_assistant_about_a_programme_and_sees_the_right_verdict() {
        String expected = verdictFromTheApi();
        browser.open("/");

        ask(browser, "Nous sommes une CAE en Gironde avec un partenaire au Québec : pouvons-nous demander 15 000 € "
                + "au programme " + CAE_PROGRAMME + " pour un budget de 40 000 € ?");

        WebElement badge = browser.find(By.cssSelector(".answer-details .verdict-card[data-code='" + CAE_PROGRAMME
                + "'] .verdict"));
        assertThat(badge.getAttribute("data-verdict")).isEqualTo(expected);
        assertThat(messages(browser)).hasSize(2);
        assertThat(messages(browser).get(1)).isNotBlank();
        browser.documentScreenshot("public-assistant");

        browser.click(browser.find(By.cssSelector("vaadin-button.assistant-new")));
        assertThat(messages(browser)).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".answer-details .verdict-card"))).isEmpty();
    }

    @Test
    void fits_a_phone_screen_and_still_answers() {
        try (Browser phone = new Browser(app.base().toString(), 390, 844)) {
            phone.open("/");
            ask(phone, "Quels programmes pour une CAE en Nouvelle-Aquitaine ?");
            phone.find(By.cssSelector(".answer-details .verdict-card, .answer-details h2"));

            Object overflow = phone.script("return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            assertThat(phone.find(By.cssSelector("vaadin-button.assistant-new")).isDisplayed()).isTrue();
            phone.documentScreenshot("public-assistant-phone");
        }
    }

    private static String verdictFromTheApi() {
        ItSupport.Answer answer = ItSupport.call("POST", url(), "/api/eligibility", CAE_PROFILE, null, null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        return results.get(0).get("verdict").asText();
    }

    private static void ask(Browser on, String question) {
        WebElement textarea = (WebElement) on.script("const mi = document.querySelector('vaadin-message-input');"
                + "return mi.querySelector('textarea') || mi.shadowRoot.querySelector('textarea');");
        textarea.sendKeys(question);
        textarea.sendKeys(Keys.ENTER);
        on.waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private static List<String> messages(Browser on) {
        return (List<String>) on.script(
                "return (document.querySelector('vaadin-message-list').items || []).map(i => i.text);");
    }

    private static void choose(String css, String text) {
        WebElement box = browser.find(By.cssSelector(css));
        WebElement input = box.findElement(By.cssSelector("input"));
        input.sendKeys(text);
        browser.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    private static void type(String css, String text) {
        WebElement field = browser.find(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    private static URL url() {
        try {
            return app.base().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
