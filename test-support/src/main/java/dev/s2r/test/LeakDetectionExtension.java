/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reports a leaked buffer (or any other leak-tracked resource) while it runs.
 *
 * <p>Meant to be registered for every test class through JUnit's extension auto-detection, so that
 * {@link NettyLeakDetection#install()} runs before any buffer is allocated: a module lists
 * {@code dev.s2r.test.LeakDetectionExtension} in its test resource
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and sets
 * {@code junit.jupiter.extensions.autodetection.enabled=true} in its {@code junit-platform.properties}. This jar
 * registers nothing by itself. Before each test class the extension checks that it came early enough; after each
 * top-level test class it forces garbage collection and fails the class with the leak records if there was a leak.
 */
public final class LeakDetectionExtension implements BeforeAllCallback, AfterAllCallback {

    static {
        NettyLeakDetection.install();
    }

    /** Creates the extension and installs the recording leak detector; JUnit calls this. */
    public LeakDetectionExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (NettyLeakDetection.isEnabled() && !NettyLeakDetection.isRecordingBufferLeaks()) {
            throw new IllegalStateException("Netty's buffer classes were initialised before the recording leak"
                + " detector was installed; buffer leaks would go unnoticed. Is JUnit extension auto-detection on?");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            return; // @Nested class: its enclosing class checks
        }
        NettyLeakDetection.assertNoLeaks(context.getDisplayName());
    }
}
