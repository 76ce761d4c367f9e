/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code SINGLESTOREDB_URL} becomes the R2DBC URL only when the application configures none. */
class SingleStoreUrlEnvironmentPostProcessorTests {

    private final SingleStoreUrlEnvironmentPostProcessor processor = new SingleStoreUrlEnvironmentPostProcessor();

    @Test
    void aSinglestoredbUrlNamesTheDriverAndIsPassedOnAsItsUrlOption() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("SINGLESTOREDB_URL", "singlestoredb://admin:secret@db.example.com:3306/app");

        this.processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:singlestore:///");
        assertThat(environment.getProperty("spring.r2dbc.properties.url"))
            .isEqualTo("singlestoredb://admin:secret@db.example.com:3306/app");
    }

    @Test
    void aConfiguredR2dbcUrlWinsOverSinglestoredbUrl() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.r2dbc.url", "r2dbc:singlestore://other:3306/db")
            .withProperty("SINGLESTOREDB_URL", "admin:secret@db.example.com:3306/app");

        this.processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:singlestore://other:3306/db");
        assertThat(environment.getProperty("spring.r2dbc.properties.url")).isNull();
    }

    @Test
    void withoutSinglestoredbUrlNothingIsSet() {
        MockEnvironment environment = new MockEnvironment().withProperty("SINGLESTOREDB_URL", " ");

        this.processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(SingleStoreUrlEnvironmentPostProcessor.SOURCE_NAME))
            .isFalse();
        assertThat(environment.getProperty("spring.r2dbc.url")).isNull();
    }

    @Test
    void theApplicationsOwnDriverOptionsStayAboveTheFallback() {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("SINGLESTOREDB_URL", "admin:secret@db.example.com:3306/app")
            .withProperty("spring.r2dbc.properties.url", "admin:secret@elsewhere:3306/app");

        this.processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.r2dbc.properties.url"))
            .isEqualTo("admin:secret@elsewhere:3306/app");
    }
}
