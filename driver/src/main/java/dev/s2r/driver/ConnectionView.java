/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import org.reactivestreams.Publisher;

import java.time.Duration;

/**
 * What {@link SingleStoreConnection#unwrap()} returns: the same session through the plain R2DBC {@link Connection}
 * interface, deliberately not {@link io.r2dbc.spi.Wrapped}, so that code which unwraps connections until it reaches
 * one that is not wrapped (as frameworks do to find the target connection) ends here instead of looping.
 */
final class ConnectionView implements Connection {

    private final SingleStoreConnection connection;

    ConnectionView(SingleStoreConnection connection) {
        this.connection = connection;
    }

    @Override
    public Publisher<Void> beginTransaction() {
        return this.connection.beginTransaction();
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
        return this.connection.beginTransaction(definition);
    }

    @Override
    public Publisher<Void> close() {
        return this.connection.close();
    }

    @Override
    public Publisher<Void> commitTransaction() {
        return this.connection.commitTransaction();
    }

    @Override
    public Batch createBatch() {
        return this.connection.createBatch();
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
        return this.connection.createSavepoint(name);
    }

    @Override
    public Statement createStatement(String sql) {
        return this.connection.createStatement(sql);
    }

    @Override
    public boolean isAutoCommit() {
        return this.connection.isAutoCommit();
    }

    @Override
    public ConnectionMetadata getMetadata() {
        return this.connection.getMetadata();
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
        return this.connection.getTransactionIsolationLevel();
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
        return this.connection.releaseSavepoint(name);
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
        return this.connection.rollbackTransaction();
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
        return this.connection.rollbackTransactionToSavepoint(name);
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
        return this.connection.setAutoCommit(autoCommit);
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
        return this.connection.setLockWaitTimeout(timeout);
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
        return this.connection.setStatementTimeout(timeout);
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel isolationLevel) {
        return this.connection.setTransactionIsolationLevel(isolationLevel);
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
        return this.connection.validate(depth);
    }

    @Override
    public String toString() {
        return this.connection.toString();
    }
}
