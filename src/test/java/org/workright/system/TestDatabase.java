package org.workright.system;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database of a test run. The build runs the suite twice: on H2 (default) and with
 * -Dworkright.test.database=postgres on a real PostgreSQL: the server named by WORKRIGHT_TEST_PG_URL
 * (with _USER and _PASSWORD) when given, else an embedded one started from Maven jars, once per JVM.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static EmbeddedPostgres embedded;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"postgres".equals(System.getProperty("workright.test.database"))) {
            return;
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", postgres()));
    }

    private static synchronized Map<String, Object> postgres() {
        String url = System.getenv("WORKRIGHT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return Map.of("spring.datasource.url", url,
                    "spring.datasource.username", env("WORKRIGHT_TEST_PG_USER", "postgres"),
                    "spring.datasource.password", env("WORKRIGHT_TEST_PG_PASSWORD", "postgres"));
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
                log.info("Embedded PostgreSQL on port {}", embedded.getPort());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
            }
        }
        return Map.of("spring.datasource.url", embedded.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
