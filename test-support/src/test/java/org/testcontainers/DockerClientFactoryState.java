/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package org.testcontainers;

import org.testcontainers.dockerclient.DockerClientProviderStrategy;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads, from Testcontainers' own package, whether it has looked for a Docker engine yet: a found engine leaves a
 * strategy or a client in {@link DockerClientFactory}; a failed search sets {@code FAIL_FAST_ALWAYS} in
 * {@link DockerClientProviderStrategy} (read by reflection; a renamed field fails the test that uses this).
 */
public final class DockerClientFactoryState {

    private DockerClientFactoryState() {
    }

    /** @return whether anything in this JVM has asked Testcontainers for a Docker client */
    public static boolean dockerWasProbed() {
        DockerClientFactory factory = DockerClientFactory.instance();
        synchronized (factory) {
            if (factory.strategy != null || factory.client != null || factory.cachedClientFailure != null) {
                return true;
            }
        }
        try {
            Field failed = DockerClientProviderStrategy.class.getDeclaredField("FAIL_FAST_ALWAYS");
            failed.setAccessible(true);
            return ((AtomicBoolean) failed.get(null)).get();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Testcontainers changed: cannot tell whether it probed Docker", e);
        }
    }
}
