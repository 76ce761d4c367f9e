/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

/**
 * The kind of server at the other end of a MySQL-protocol connection.
 */
public enum ServerFlavor {

    /** SingleStore (reports a MySQL 5.7 handshake version; its engine version is {@code @@memsql_version}). */
    SINGLESTORE("SingleStore"),
    /** MySQL. */
    MYSQL("MySQL"),
    /** MariaDB. */
    MARIADB("MariaDB");

    private final String productName;

    ServerFlavor(String productName) {
        this.productName = productName;
    }

    /**
     * @return the product name reported by {@code ConnectionMetadata.getDatabaseProductName()}
     */
    public String productName() {
        return this.productName;
    }
}
