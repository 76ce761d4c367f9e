/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import org.reactivestreams.Publisher;

/**
 * Answers some statements on the client instead of sending them to the server: the hook that Fusion SQL commands
 * (such as {@code SHOW WORKSPACES}) plug into, usable for any client-side command.
 * <p>
 * Before a statement or batch is sent, each interceptor of the connection is asked, in order, whether it
 * {@linkplain #handles handles} the SQL as written. The first that does runs it: nothing is sent to the server for
 * that statement, and the results it publishes are the statement's results. A statement no interceptor handles goes to
 * the server unchanged.
 * <p>
 * Interceptors come from {@code SingleStoreConnectionConfiguration.Builder.statementInterceptor(…)} (or the
 * {@code statementInterceptors} option), then, when the option {@code fusionEnabled} is on
 * ({@code SINGLESTOREDB_FUSION_ENABLED=1}), from the {@link java.util.ServiceLoader} entries
 * {@code META-INF/services/dev.s2r.driver.api.StatementInterceptor} on the class path.
 * <p>
 * An implementation must be thread-safe and must not block: {@link #handles} is called for every statement, and
 * {@link #execute} runs on whatever thread subscribes (or on the connection's event loop, when it is chained after
 * another query). An error it raises or publishes fails the statement; an {@link io.r2dbc.spi.R2dbcException} is passed
 * on as it is, anything else is wrapped in one.
 */
public interface StatementInterceptor {

    /**
     * Decides, cheaply and without side effects, whether this interceptor runs a statement (typically by its leading
     * keywords).
     *
     * @param sql the statement as written, with its bind markers
     * @return whether {@link #execute} is to run it
     */
    boolean handles(String sql);

    /**
     * Runs a statement this interceptor {@linkplain #handles handles}, once per binding.
     *
     * @param sql        the statement, with the bound values written into it as SQL literals (escaped as for the
     *                   server), or as written when it has no bind markers
     * @param connection the connection the statement was created on, for commands that query the server themselves
     * @return the statement's results, usually one
     */
    Publisher<ClientResult> execute(String sql, SingleStoreConnection connection);
}
