/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

/**
 * Server status flags carried by OK and EOF packets.
 */
public final class ServerStatus {

    /** A transaction is open. */
    public static final int IN_TRANSACTION = 0x0001;
    /** Auto-commit mode is on. */
    public static final int AUTOCOMMIT = 0x0002;
    /** Another result follows. */
    public static final int MORE_RESULTS_EXISTS = 0x0008;
    /** The session has {@code NO_BACKSLASH_ESCAPES} in its sql_mode. */
    public static final int NO_BACKSLASH_ESCAPES = 0x0200;
    /** Session state changed (session tracking). */
    public static final int SESSION_STATE_CHANGED = 0x4000;

    private ServerStatus() {
    }
}
