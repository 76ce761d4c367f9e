/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.ClientResult;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.api.StatementInterceptor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A statement interceptor registered in the tests' {@code META-INF/services}, as a Fusion SQL handler set would be:
 * it answers {@code SHOW SERVICE LOADED} with one row.
 */
public final class ServiceLoadedInterceptor implements StatementInterceptor {

    @Override
    public boolean handles(String sql) {
        return sql.strip().toUpperCase(java.util.Locale.ROOT).startsWith("SHOW SERVICE LOADED");
    }

    @Override
    public Publisher<ClientResult> execute(String sql, SingleStoreConnection connection) {
        return Mono.just(ClientResult.builder().column("Found", ClientResult.ColumnType.TEXT).row("yes").build());
    }
}
