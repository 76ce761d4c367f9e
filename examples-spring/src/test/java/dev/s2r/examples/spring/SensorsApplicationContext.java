/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import dev.s2r.test.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Duration;

/**
 * The application as its integration tests start it: the real {@link SensorsApplication} on a random port, against a
 * database of its own on the test server, with a pool of one connection, so that a request that needs the database
 * waits for the connection the previous one used.
 */
final class SensorsApplicationContext implements AutoCloseable {

    /** The longest any request of a test may take, generous for a slow machine. */
    static final Duration WAIT = Duration.ofSeconds(60);

    /** Spring Boot leaves the test JVM's Logback configuration alone. */
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final ConfigurableApplicationContext context;

    private SensorsApplicationContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static SensorsApplicationContext start(TestDatabase database) {
        System.setProperty(LOGGING_SYSTEM, "none");
        return new SensorsApplicationContext(SensorsApplication.start(database.url(),
            "--server.port=0", "--server.address=127.0.0.1",
            "--spring.r2dbc.pool.initial-size=1", "--spring.r2dbc.pool.max-size=1"));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + this.context.getEnvironment().getRequiredProperty("local.server.port");
    }

    WebTestClient webTestClient() {
        return WebTestClient.bindToServer().baseUrl(baseUrl()).responseTimeout(WAIT).build();
    }

    WebClient webClient() {
        return WebClient.builder().baseUrl(baseUrl()).build();
    }

    @Override
    public void close() {
        this.context.close();
    }
}
