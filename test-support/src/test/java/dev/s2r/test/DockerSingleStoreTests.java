/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness's own container is a {@link SingleStoreContainer}: SQL port only, one partition per leaf as in the
 * Python SDK's test container (python-sdk-driver.md §9.1), image and license from the environment.
 */
class DockerSingleStoreTests {

    @Test
    void exposesOnlyTheSqlPortWithOnePartitionPerLeaf() {
        SingleStoreContainer container = DockerSingleStore.container(null, null);
        container.configure();

        assertThat(container.getExposedPorts()).containsExactly(3306);
        assertThat(container.getEnvMap())
            .containsEntry("SINGLESTORE_SET_GLOBAL_DEFAULT_PARTITIONS_PER_LEAF", "1")
            .doesNotContainKey("SINGLESTORE_LICENSE");
    }

    @Test
    void takesTheImageAndLicenseGiven() {
        SingleStoreContainer container = DockerSingleStore.container("registry.example/sdb-dev:0.2.81", "KEY");
        container.configure();

        assertThat(container.toString()).contains("registry.example/sdb-dev:0.2.81");
        assertThat(container.getEnvMap()).containsEntry("SINGLESTORE_LICENSE", "KEY");
    }
}
