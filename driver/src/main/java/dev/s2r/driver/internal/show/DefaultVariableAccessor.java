/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.VariableAccessor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.AbstractMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * Reads variables with {@code SHOW <scope> VARIABLES [LIKE ...]} and writes them with {@code SET <scope> ...}.
 */
final class DefaultVariableAccessor implements VariableAccessor {

    private final SqlSession session;
    private final VariableScope scope;

    DefaultVariableAccessor(SqlSession session, VariableScope scope) {
        this.session = session;
        this.scope = scope;
    }

    @Override
    public Mono<Object> get(String name) {
        VariableValues.checkName(name);
        return variables(() -> " LIKE " + this.session.literal(SqlText.exactPattern(name)))
            .filter(entry -> entry.getKey().equalsIgnoreCase(name))
            .reduce((first, ignored) -> first)
            .switchIfEmpty(Mono.error(() -> new NoSuchElementException("The server has no "
                + this.scope.description() + " variable '" + name + "'")))
            .flatMap(entry -> Mono.justOrEmpty(entry.getValue()));
    }

    @Override
    public Mono<Void> set(String name, Object value) {
        VariableValues.checkName(name);
        VariableValues.render(value, this.session); // rejects an unsupported value now, not at subscription
        String prefix = "SET " + this.scope.setKeyword() + ' ' + name + " = ";
        return Mono.defer(() -> this.session.run(prefix + VariableValues.render(value, this.session)));
    }

    @Override
    public Flux<Map.Entry<String, Object>> all() {
        return variables(() -> "");
    }

    private Flux<Map.Entry<String, Object>> variables(Supplier<String> like) {
        return Flux.defer(() -> this.session.query("SHOW " + this.scope.showKeyword() + " VARIABLES" + like.get(),
            (row, metadata) -> new AbstractMap.SimpleImmutableEntry<>(row.get(0, String.class),
                VariableValues.parse(row.get(1, String.class)))));
    }

    @Override
    public String toString() {
        return "VariableAccessor{" + this.scope.description() + '}';
    }
}
