package org.passerelle.backend.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api}. Its OpenAPI document is served by the runtime at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Passerelle API", version = "1",
        description = "Programmes, calls, organisations and projects of the Nouvelle-Aquitaine – Québec partnership;"
                + " eligibility and the assistant."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PasserelleApi extends Application {

    /**
     * Jersey's JSON-B feature is switched off: otherwise its writer and {@link JsonProvider} both claim
     * {@code application/json}, and which one answers is left to chance (JSON-B sorts fields, ignores
     * the Jackson annotations that shape the records, and writes numbers its own way).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.disableJsonBinding", true);
    }
}
