/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import io.r2dbc.spi.ConnectionMetadata;

/**
 * The server product and version of a connection.
 */
final class SingleStoreConnectionMetadata implements ConnectionMetadata {

    private final String productName;
    private final String version;

    SingleStoreConnectionMetadata(String productName, String version) {
        this.productName = productName;
        this.version = version;
    }

    @Override
    public String getDatabaseProductName() {
        return this.productName;
    }

    @Override
    public String getDatabaseVersion() {
        return this.version;
    }

    @Override
    public String toString() {
        return this.productName + ' ' + this.version;
    }
}
