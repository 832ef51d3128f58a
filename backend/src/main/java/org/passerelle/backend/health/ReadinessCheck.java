package org.passerelle.backend.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.passerelle.backend.startup.Readiness.Step;

/**
 * {@code GET /health/ready}: UP (200) once the database is migrated, the data loaded and the search
 * indexes built; DOWN (503) before, with what is already done.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private org.passerelle.backend.startup.Readiness readiness;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("passerelle")
                .status(readiness.isReady());
        for (Step step : Step.values()) {
            response.withData(step.name().toLowerCase(java.util.Locale.ROOT), readiness.done().contains(step));
        }
        if (readiness.failure() != null) {
            response.withData("failure", readiness.failure());
        }
        return response.build();
    }
}
