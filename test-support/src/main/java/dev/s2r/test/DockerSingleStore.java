/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.time.Duration;
import java.util.Map;

/**
 * Starts the harness's {@link SingleStoreContainer}: the SQL port only, {@code default_partitions_per_leaf=1} (as
 * the SingleStore Python SDK's test container does), a random root password.
 *
 * <p>The image can be overridden with the system property {@value #IMAGE_PROPERTY} or the environment variable
 * {@value #IMAGE_ENV}; a license is passed on from {@code SINGLESTORE_LICENSE} when set.
 */
final class DockerSingleStore {

    static final String IMAGE_PROPERTY = "s2r.test.image";
    static final String IMAGE_ENV = "S2R_TEST_IMAGE";

    private DockerSingleStore() {
    }

    /**
     * Configures the container without starting it.
     *
     * @param image   the image, or {@code null} for {@link SingleStoreContainer#DEFAULT_IMAGE}
     * @param license the license, or {@code null} for the image's own
     * @return the container
     */
    static SingleStoreContainer container(String image, String license) {
        SingleStoreContainer container = image == null || image.isBlank()
            ? new SingleStoreContainer() : new SingleStoreContainer(image);
        return container.withLicense(license)
            .withGlobalVariable("default_partitions_per_leaf", "1")
            .withDataApi(false);
    }

    static TestServer start(String reason) {
        String image = System.getProperty(IMAGE_PROPERTY, System.getenv(IMAGE_ENV));
        SingleStoreContainer container = container(image, System.getenv("SINGLESTORE_LICENSE"));
        container.start();
        TestServer server = new TestServer(TestServer.Kind.DOCKER_SINGLESTORE, container.getHost(),
            container.getMappedPort(SingleStoreContainer.SQL_PORT),
            new TestUser(container.getUsername(), container.getPassword()), null, Map.of(), container::stop, reason);
        try {
            server.awaitConnectable(Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            String logs = container.getLogs();
            server.close();
            throw new IllegalStateException("SingleStore container did not become ready; logs:\n" + logs, e);
        }
        return server;
    }
}
