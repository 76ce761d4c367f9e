/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * Starts a {@code ghcr.io/singlestore-labs/singlestoredb-dev} container through Testcontainers.
 *
 * <p>The image can be overridden with the system property {@value #IMAGE_PROPERTY} or the environment variable
 * {@value #IMAGE_ENV}; a license is passed on from {@code SINGLESTORE_LICENSE} when set.
 */
final class DockerSingleStore {

    static final String IMAGE_PROPERTY = "s2r.test.image";
    static final String IMAGE_ENV = "S2R_TEST_IMAGE";
    static final String DEFAULT_IMAGE = "ghcr.io/singlestore-labs/singlestoredb-dev:latest";
    private static final int MYSQL_PORT = 3306;

    private DockerSingleStore() {
    }

    /** @return whether Testcontainers is on the class path and finds a Docker daemon; never throws */
    static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static TestServer start() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = "s2r-" + HexFormat.of().formatHex(random);
        String image = System.getProperty(IMAGE_PROPERTY, System.getenv().getOrDefault(IMAGE_ENV, DEFAULT_IMAGE));

        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image));
        container.withEnv("ROOT_PASSWORD", password)
            .withEnv("SINGLESTORE_SET_GLOBAL_DEFAULT_PARTITIONS_PER_LEAF", "1")
            .withExposedPorts(MYSQL_PORT)
            .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(5)));
        String license = System.getenv("SINGLESTORE_LICENSE");
        if (license != null && !license.isEmpty()) {
            container.withEnv("SINGLESTORE_LICENSE", license);
        }
        container.start();
        TestServer server = new TestServer(TestServer.Kind.DOCKER_SINGLESTORE, container.getHost(),
            container.getMappedPort(MYSQL_PORT), new TestUser("root", password), null, Map.of(), container::stop);
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
