/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import io.r2dbc.spi.Result;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a connection that records the SQL the accessors send and answers with no results.
 */
final class SqlRecorder {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final SqlSession session;

    SqlRecorder(boolean noBackslashEscapes) {
        this.session = new SqlSession(sql -> {
            this.sent.add(sql);
            return Flux.<Result>empty();
        }, () -> noBackslashEscapes);
    }

    /** @return the SQL sent so far, in order */
    List<String> sent() {
        return this.sent;
    }

    DefaultShowAccessor show() {
        return new DefaultShowAccessor(this.session);
    }

    DefaultVariableAccessor variables(VariableScope scope) {
        return new DefaultVariableAccessor(this.session, scope);
    }
}
