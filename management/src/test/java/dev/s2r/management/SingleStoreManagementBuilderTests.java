/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.Polling;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the builder resolves settings: setter, then environment, then default. */
final class SingleStoreManagementBuilderTests {

    private static SingleStoreManagementBuilder withEnvironment(Map<String, String> variables) {
        return SingleStoreManagement.builder().environment(variables::get);
    }

    @Test
    void defaultsAreThePublicApiAndVersionOne() {
        SingleStoreManagement client = withEnvironment(Map.of()).token("t0k3n-value").build();

        assertThat(client.toString()).contains("baseUrl=https://api.singlestore.com", "version=v1",
            "organizationId=null");
    }

    @Test
    void theEnvironmentProvidesEverySetting() {
        SingleStoreManagement client = withEnvironment(Map.of(
            "SINGLESTOREDB_MANAGEMENT_BASE_URL", "http://localhost:1234/",
            "SINGLESTOREDB_MANAGEMENT_VERSION", "v2",
            "SINGLESTOREDB_MANAGEMENT_TOKEN", "env-t0k3n",
            "SINGLESTOREDB_ORGANIZATION", "org-1")).build();

        assertThat(client.toString()).contains("baseUrl=http://localhost:1234,", "version=v2", "organizationId=org-1")
            .doesNotContain("env-t0k3n");
    }

    @Test
    void settersWinOverTheEnvironment() {
        SingleStoreManagement client = withEnvironment(Map.of("SINGLESTOREDB_MANAGEMENT_BASE_URL", "http://env",
            "SINGLESTOREDB_ORGANIZATION", "env-org"))
            .baseUrl("http://explicit").organizationId("explicit-org").token("t").build();

        assertThat(client.toString()).contains("baseUrl=http://explicit", "organizationId=explicit-org");
    }

    @Test
    void withoutATokenTheClientIsNotBuilt() {
        assertThatThrownBy(() -> withEnvironment(Map.of()).build()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("SINGLESTOREDB_MANAGEMENT_TOKEN");
    }

    @Test
    void theTokenNeverAppearsInToString() {
        assertThat(withEnvironment(Map.of()).token("very-secret-token").build().toString())
            .doesNotContain("very-secret-token").contains("token=***");
    }

    @Test
    void pollingDefaultsAreThoseOfThePythonSdk() {
        assertThat(LongOperation.CREATE_WORKSPACE.defaultPolling())
            .isEqualTo(new Polling(Duration.ofSeconds(10), Duration.ofSeconds(600)));
        assertThat(LongOperation.RESUME_WORKSPACE.defaultPolling())
            .isEqualTo(new Polling(Duration.ofSeconds(20), Duration.ofSeconds(600)));
        assertThat(withEnvironment(Map.of()).token("t")
            .polling(LongOperation.SUSPEND_WORKSPACE, new Polling(Duration.ofSeconds(1), Duration.ofSeconds(5)))
            .build().toString()).contains("SUSPEND_WORKSPACE=Polling[interval=PT1S, timeout=PT5S]");
    }

    @Test
    void pollingMustBePositive() {
        assertThatThrownBy(() -> new Polling(Duration.ZERO, Duration.ofSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
