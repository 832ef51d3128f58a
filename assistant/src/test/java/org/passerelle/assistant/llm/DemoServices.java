package org.passerelle.assistant.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.eligibility.EligibilityEngine;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.ExchangeRate;
import org.passerelle.assistant.semantic.DemoProgrammes;
import org.passerelle.backend.config.Settings;

/**
 * The real catalogue and eligibility service over the demo dataset, without a container.
 */
final class DemoServices {

    static final LocalDate TODAY = LocalDate.parse("2026-03-01");
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static Catalogue catalogue;
    private static EligibilityService eligibility;

    private DemoServices() {
    }

    static synchronized Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = Catalogue.of(DemoProgrammes.published(), DemoProgrammes.calls());
        }
        return catalogue;
    }

    static synchronized EligibilityService eligibility() {
        if (eligibility == null) {
            eligibility = new EligibilityService(catalogue(),
                    new EligibilityEngine(ExchangeRate.eurToCad(Settings.DEFAULT_EUR_TO_CAD)), CLOCK);
        }
        return eligibility;
    }
}
