/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

/**
 * Capability flags of the MySQL protocol handshake (MariaDB's extended capabilities in bits 32 to 63).
 */
public final class Capabilities {

    public static final long CLIENT_MYSQL = 1L;
    public static final long FOUND_ROWS = 1L << 1;
    public static final long LONG_FLAG = 1L << 2;
    public static final long CONNECT_WITH_DB = 1L << 3;
    public static final long LOCAL_FILES = 1L << 7;
    public static final long IGNORE_SPACE = 1L << 8;
    public static final long PROTOCOL_41 = 1L << 9;
    public static final long INTERACTIVE = 1L << 10;
    public static final long SSL = 1L << 11;
    public static final long TRANSACTIONS = 1L << 13;
    public static final long SECURE_CONNECTION = 1L << 15;
    public static final long MULTI_STATEMENTS = 1L << 16;
    public static final long MULTI_RESULTS = 1L << 17;
    public static final long PS_MULTI_RESULTS = 1L << 18;
    public static final long PLUGIN_AUTH = 1L << 19;
    public static final long CONNECT_ATTRS = 1L << 20;
    public static final long PLUGIN_AUTH_LENENC_CLIENT_DATA = 1L << 21;
    public static final long SESSION_TRACK = 1L << 23;
    public static final long DEPRECATE_EOF = 1L << 24;
    /**
     * MariaDB extended capability (bit 2 of the extended flags): {@code COM_STMT_BULK_EXECUTE}. Negotiated only with
     * servers that do not set {@link #CLIENT_MYSQL}, which then read the client's extended flags as well.
     */
    public static final long MARIADB_STMT_BULK_OPERATIONS = 1L << 34;
    /**
     * MariaDB extended capability (bit 4, MariaDB 10.6+): result metadata of a prepared statement is sent again only
     * when it changed; the column count packet of an execution then carries a "metadata follows" byte.
     */
    public static final long MARIADB_CACHE_METADATA = 1L << 36;

    private Capabilities() {
    }
}
