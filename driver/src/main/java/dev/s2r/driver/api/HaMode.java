/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.util.Locale;

/**
 * How a new connection picks one of several hosts ({@code r2dbc:singlestore://h1:3306,h2:3306/db}). Either way a
 * host that fails to connect is put on a JVM-wide deny list for a while and the next host is tried; only new
 * connections are affected, an open connection is never moved to another host.
 */
public enum HaMode {

    /** Hosts in the order given: the first one that answers is used (failover). The default. */
    SEQUENTIAL,

    /** A random order for each new connection, spreading connections across hosts (e.g. SingleStore aggregators). */
    LOADBALANCE;

    /**
     * @param text {@code sequential} or {@code failover}; {@code loadbalance}, {@code load-balance} or
     *             {@code load_balance}; case-insensitive
     * @return the mode
     * @throws IllegalArgumentException for any other text
     */
    public static HaMode parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sequential":
            case "failover":
                return SEQUENTIAL;
            case "loadbalance":
            case "load-balance":
            case "load_balance":
                return LOADBALANCE;
            default:
                throw new IllegalArgumentException("Unknown HA mode '" + text + "'; expected sequential (or "
                    + "failover) or loadbalance (or load-balance)");
        }
    }

    /**
     * The mode named by the protocol slot of a URL, {@code r2dbc:singlestore:<protocol>://}.
     *
     * @param protocol the protocol slot, not empty
     * @return the mode
     * @throws IllegalArgumentException for any protocol that is neither an HA mode nor the Data API's
     *                                  {@code http}/{@code https} (which {@link Transport} reads), with a message
     *                                  saying what is supported
     */
    public static HaMode ofProtocol(String protocol) {
        String name = protocol.toLowerCase(Locale.ROOT);
        try {
            return parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Protocol '" + protocol + "' is not supported (an unsupported protocol "
                + "after 'r2dbc:singlestore:'): use r2dbc:singlestore://host:port/database, "
                + "r2dbc:singlestore:https://host/database for the Data API, or "
                + "r2dbc:singlestore:sequential:// (alias failover) or r2dbc:singlestore:loadbalance:// (alias "
                + "load-balance) with several hosts");
        }
    }
}
