/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.internal.connect.LoginFlow;
import dev.s2r.driver.internal.options.OptionResolver;
import dev.s2r.driver.internal.options.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection attributes sent at login identify the client, the program and the workload type.
 */
class ConnectionAttributesTests {

    @Test
    void workloadTypeAndProgramNameFromTheEnvironment() {
        Map<String, String> environment = Map.of("SINGLESTOREDB_URL", "u@h", "SINGLESTOREDB_PROGRAM_NAME", "etl",
            "SINGLESTOREDB_WORKLOAD_TYPE", "InteractiveNotebook", "SINGLESTOREDB_CONN_ATTRS", "team:data");
        Settings configuration = OptionResolver.resolve(Map.of(), environment::get);

        Map<String, String> attributes = LoginFlow.attributes(configuration, "1.2.3");

        assertThat(attributes)
            .containsEntry("_client_name", "s2r")
            .containsEntry("_client_version", "1.2.3+InteractiveNotebook")
            .containsEntry("program_name", "etl")
            .containsEntry("workload_type", "InteractiveNotebook")
            .containsEntry("team", "data");
    }

    @Test
    void withoutThemOnlyTheDriverAttributesAreSent() {
        Settings configuration = OptionResolver.resolve(Map.of("user", "u"), name -> null);

        assertThat(LoginFlow.attributes(configuration, "1.2.3"))
            .containsEntry("_client_version", "1.2.3")
            .doesNotContainKeys("program_name", "workload_type")
            .containsOnlyKeys("_client_name", "_client_version", "_os", "_pid", "_runtime_version");
    }

    @Test
    void builderSettersSetThemToo() {
        Settings configuration = OptionResolver.resolve(Map.of("user", "u", "programName", "report",
            "workloadType", "Batch"), name -> null);

        assertThat(LoginFlow.attributes(configuration, "1"))
            .containsEntry("program_name", "report")
            .containsEntry("workload_type", "Batch")
            .containsEntry("_client_version", "1+Batch");
    }
}
