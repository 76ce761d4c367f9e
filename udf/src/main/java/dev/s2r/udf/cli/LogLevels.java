/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Method;

/**
 * Applies {@code --log-level} to whichever SLF4J binding is on the class path: Logback's root logger when it is
 * there, else the {@code slf4j-simple} default level (a system property read when its first logger is made).
 * With any other binding the level is left to its configuration.
 */
final class LogLevels {

    private LogLevels() {
    }

    /** @param level trace, debug, info, warn or error */
    static void apply(String level) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        Object root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        try {
            Class<?> levelType = Class.forName("ch.qos.logback.classic.Level", false, root.getClass()
                .getClassLoader());
            Method toLevel = levelType.getMethod("toLevel", String.class);
            root.getClass().getMethod("setLevel", levelType).invoke(root, toLevel.invoke(null, level));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // not Logback: its own configuration decides
        }
    }
}
