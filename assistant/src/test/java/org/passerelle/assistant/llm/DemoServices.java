package org.passerelle.assistant.llm;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.eligibility.EligibilityEngine;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.ExchangeRate;
import org.passerelle.assistant.semantic.DemoProgrammes;
import org.passerelle.backend.config.Settings;
import org.passerelle.backend.service.PublishedProgrammes;

/**
 * The real catalogue and eligibility service over the demo dataset, without a container: the beans
 * are created as CDI would and their injected fields set by reflection.
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
            Catalogue loaded = new Catalogue();
            inject(loaded, "published", new PublishedProgrammes() {
                @Override
                public Snapshot load() {
                    return new Snapshot(DemoProgrammes.published(), DemoProgrammes.calls());
                }
            });
            loaded.reload();
            catalogue = loaded;
        }
        return catalogue;
    }

    static synchronized EligibilityService eligibility() {
        if (eligibility == null) {
            EligibilityService service = new EligibilityService();
            inject(service, "catalogue", catalogue());
            inject(service, "engine", new EligibilityEngine(ExchangeRate.eurToCad(Settings.DEFAULT_EUR_TO_CAD)));
            inject(service, "clock", CLOCK);
            eligibility = service;
        }
        return eligibility;
    }

    private static void inject(Object bean, String field, Object value) {
        try {
            Field f = bean.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field + " of " + bean.getClass().getSimpleName(), e);
        }
    }
}
