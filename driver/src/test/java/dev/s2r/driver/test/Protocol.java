/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.util.Map;

/**
 * The two ways the driver runs a statement with bound values; tests that must hold for both take one of these as
 * a parameter ({@code @EnumSource(Protocol.class)}).
 */
public enum Protocol {

    /** {@code useServerPrepStmts=false}: values interpolated into the SQL by the client, text result rows. */
    TEXT(false),

    /** {@code useServerPrepStmts=true}: server-side prepared statements, binary result rows. */
    PREPARED(true);

    private final boolean serverPrepared;

    Protocol(boolean serverPrepared) {
        this.serverPrepared = serverPrepared;
    }

    /** @return the URL options that select this protocol */
    public Map<String, String> options() {
        return Map.of("useServerPrepStmts", Boolean.toString(serverPrepared));
    }

    /**
     * Returns the URL options that select this protocol together with {@code more}.
     *
     * @param more further options; they win over this protocol's
     * @return the combined options
     */
    public Map<String, String> options(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(options());
        all.putAll(more);
        return all;
    }
}
