/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application with {@code SINGLESTOREDB_URL} and no {@code spring.r2dbc.url} connects where it points.
 */
class SingleStoreUrlFallbackIntegrationTests {

    /** An application with nothing of its own. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @Test
    void theApplicationsConnectionFactoryConnectsWhereSinglestoredbUrlPoints() {
        TestServer server = TestServers.shared();
        // the driver's own URL form (docs/driver.md, "SINGLESTOREDB_URL"), given as the variable would be
        String singlestoredbUrl = server.url().replaceFirst("^r2dbc:singlestore://", "singlestoredb://");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .run("--SINGLESTOREDB_URL=" + singlestoredbUrl)) {
            assertThat(context.getEnvironment().getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:singlestore:///");

            Object answer = Mono.usingWhen(context.getBean(ConnectionFactory.class).create(),
                    connection -> Mono.from(connection.createStatement("SELECT 40 + 2").execute())
                        .flatMap(result -> Mono.from(result.map(row -> row.get(0, Long.class)))),
                    Connection::close)
                .block(Duration.ofSeconds(30));

            assertThat(answer).isEqualTo(42L);
        }
    }
}
