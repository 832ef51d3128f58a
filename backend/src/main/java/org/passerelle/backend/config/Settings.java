package org.passerelle.backend.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The installation's settings, read through MicroProfile Config so that each can come from the
 * environment ({@code PASSERELLE_DATA_DIR} for {@code passerelle.data.dir}, and so on), a system
 * property or {@code META-INF/microprofile-config.properties}. Secrets only ever come from outside.
 */
public final class Settings {

    public static final String DATA_DIR = "passerelle.data.dir";
    public static final String DB_URL = "passerelle.db.url";
    public static final String DB_USER = "passerelle.db.user";
    public static final String DB_PASSWORD = "passerelle.db.password";
    public static final String ADMIN_PASSWORD = "passerelle.admin.password";
    public static final String DEMO_DATA = "passerelle.demo.data";
    public static final String EUR_TO_CAD = "passerelle.eur.to.cad";
    public static final String LLM_PROVIDER = "passerelle.llm.provider";
    public static final String LLM_BASE_URL = "passerelle.llm.base.url";
    public static final String LLM_MODEL = "passerelle.llm.model";
    public static final String LLM_API_KEY = "passerelle.llm.api.key";

    /** The documented default exchange rate: 1 EUR = 1.50 CAD (close to the 2025–2026 average). */
    public static final BigDecimal DEFAULT_EUR_TO_CAD = new BigDecimal("1.50");

    private final Config config;

    private Settings(Config config) {
        this.config = config;
    }

    public static Settings current() {
        return new Settings(ConfigProvider.getConfig(Settings.class.getClassLoader()));
    }

    public static Settings of(Config config) {
        return new Settings(config);
    }

    public Path dataDir() {
        return Path.of(text(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    }

    /** The JDBC URL of PostgreSQL (or another database) when set; otherwise the embedded H2 file. */
    public String databaseUrl() {
        return text(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("passerelle"));
    }

    public boolean usesEmbeddedDatabase() {
        return text(DB_URL).isEmpty();
    }

    public Optional<String> databaseUser() {
        return text(DB_USER);
    }

    public Optional<String> databasePassword() {
        return text(DB_PASSWORD);
    }

    public Optional<String> adminPassword() {
        return text(ADMIN_PASSWORD);
    }

    public boolean loadDemoData() {
        return text(DEMO_DATA).map(v -> !v.equalsIgnoreCase("false") && !v.equals("0")).orElse(true);
    }

    public BigDecimal eurToCad() {
        return text(EUR_TO_CAD).map(v -> {
            try {
                BigDecimal rate = new BigDecimal(v.trim().replace(',', '.'));
                if (rate.signum() <= 0) {
                    throw new IllegalArgumentException();
                }
                return rate;
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("PASSERELLE_EUR_TO_CAD must be a positive number, not '" + v + "'.");
            }
        }).orElse(DEFAULT_EUR_TO_CAD);
    }

    public String llmProvider() {
        return text(LLM_PROVIDER).orElse("none").toLowerCase(java.util.Locale.ROOT);
    }

    public Optional<String> llmBaseUrl() {
        return text(LLM_BASE_URL);
    }

    public Optional<String> llmModel() {
        return text(LLM_MODEL);
    }

    public Optional<String> llmApiKey() {
        return text(LLM_API_KEY);
    }

    public Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }
}
