package org.passerelle.assistant.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.passerelle.backend.config.Settings;

/**
 * The engine, with the exchange rate of the installation ({@code PASSERELLE_EUR_TO_CAD}). Dependent
 * scope: the engine is immutable and final (no proxy), and each holder keeps its own.
 */
@ApplicationScoped
public class EngineProducer {

    @Produces
    EligibilityEngine engine() {
        return new EligibilityEngine(ExchangeRate.eurToCad(Settings.current().eurToCad()));
    }
}
