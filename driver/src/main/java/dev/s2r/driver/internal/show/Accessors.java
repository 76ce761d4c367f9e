/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ShowAccessor;
import dev.s2r.driver.api.VariableAccessor;
import io.r2dbc.spi.Result;
import org.reactivestreams.Publisher;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Creates the {@code SHOW} and variable accessors of a connection. Internal: applications get the accessors from
 * {@link dev.s2r.driver.api.SingleStoreConnection}.
 */
public final class Accessors {

    private final SqlSession session;

    /**
     * @param execute            runs one SQL statement as text (no bind markers) and returns its results
     * @param noBackslashEscapes tells whether the session currently has {@code NO_BACKSLASH_ESCAPES}, so string
     *                           literals are escaped the way the server reads them
     */
    public Accessors(Function<String, ? extends Publisher<? extends Result>> execute,
                     BooleanSupplier noBackslashEscapes) {
        this.session = new SqlSession(execute, noBackslashEscapes);
    }

    /** @return the {@code SHOW} accessor */
    public ShowAccessor show() {
        return new DefaultShowAccessor(this.session);
    }

    /** @return the session-variable accessor */
    public VariableAccessor locals() {
        return new DefaultVariableAccessor(this.session, VariableScope.LOCAL);
    }

    /** @return the global-variable accessor */
    public VariableAccessor globals() {
        return new DefaultVariableAccessor(this.session, VariableScope.GLOBAL);
    }

    /** @return the cluster-wide session-variable accessor (SingleStore) */
    public VariableAccessor clusterLocals() {
        return new DefaultVariableAccessor(this.session, VariableScope.CLUSTER_LOCAL);
    }

    /** @return the cluster-wide global-variable accessor (SingleStore) */
    public VariableAccessor clusterGlobals() {
        return new DefaultVariableAccessor(this.session, VariableScope.CLUSTER_GLOBAL);
    }
}
