/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.r2dbc.spi.Batch;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of SQL statements without bind markers. Sent as one multi-statement query when the connection allows
 * multi-statements, otherwise pipelined: all statements are written without waiting for the previous answer. When a
 * {@link StatementInterceptor} handles one of the statements, the statements run one after the other, in order,
 * each on the client or on the server.
 */
final class SingleStoreBatch implements Batch {

    private final ConnectionResources resources;
    private final List<String> statements = new ArrayList<>();

    SingleStoreBatch(ConnectionResources resources) {
        this.resources = resources;
    }

    @Override
    public SingleStoreBatch add(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql must not be null");
        }
        // parsed now (and cached for execute), so that text the driver cannot send, such as a lone surrogate,
        // fails here with an IllegalArgumentException, as it does in createStatement
        this.resources.parse(sql);
        this.statements.add(sql);
        return this;
    }

    @Override
    public Flux<SingleStoreResult> execute() {
        List<String> sqls = new ArrayList<>(this.statements);
        this.statements.clear();
        if (sqls.isEmpty()) {
            return Flux.empty();
        }
        List<StatementInterceptor> interceptors;
        try {
            interceptors = interceptors(sqls);
        } catch (RuntimeException e) {
            return Flux.error(ExceptionFactory.interceptorFailure(e, String.join(";\n", sqls)));
        }
        if (interceptors != null) {
            return Flux.range(0, sqls.size()).concatMap(i -> interceptors.get(i) != null
                ? this.resources.intercepted(interceptors.get(i), sqls.get(i), sqls.get(i), null)
                : this.resources.executeText(sqls.get(i), null));
        }
        if (sqls.size() > 1 && this.resources.multiStatementsEnabled()) {
            return this.resources.executeText(String.join(";\n", sqls), null);
        }
        return Flux.fromIterable(sqls).flatMapSequential(sql -> this.resources.executeText(sql, null),
            this.resources.settings().get(dev.s2r.driver.api.SingleStoreOptions.PIPELINE_LIMIT));
    }

    /**
     * @return for each statement, the interceptor that handles it or {@code null}; {@code null} when none is handled,
     * and the batch goes to the server as usual
     */
    private List<StatementInterceptor> interceptors(List<String> sqls) {
        List<StatementInterceptor> found = null;
        for (int i = 0; i < sqls.size(); i++) {
            StatementInterceptor interceptor = this.resources.interceptorFor(sqls.get(i));
            if (interceptor != null) {
                if (found == null) {
                    found = new ArrayList<>(java.util.Collections.nCopies(sqls.size(), null));
                }
                found.set(i, interceptor);
            }
        }
        return found;
    }
}
