/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads and writes the server variables of one scope (session, global, or SingleStore's cluster-wide session and
 * global scopes); obtained from {@link SingleStoreConnection#locals()} and its siblings. Mirrors the Python SDK's
 * {@code conn.locals}, {@code conn.globals}, {@code conn.cluster_locals} and {@code conn.cluster_globals}.
 * <p>
 * <b>Names</b> must start with a letter or underscore and contain only letters, digits, underscores and dots;
 * anything else throws {@link IllegalArgumentException} at the call, before anything is sent.
 * <p>
 * <b>Values read</b> are converted from the server's text: {@code ON}/{@code TRUE} and {@code OFF}/{@code FALSE}
 * (any case) to {@link Boolean}, integers to {@link Long} ({@link java.math.BigInteger} beyond its range),
 * decimals such as {@code 0.500000} to {@link java.math.BigDecimal}; everything else stays a {@link String}. (The
 * Python SDK converts only the booleans.)
 * <p>
 * <b>Values written</b> are rendered as SQL: booleans as {@code ON}/{@code OFF}, numbers as numeric literals
 * (finite ones only), strings, characters and enum constants as escaped string literals, {@code null} as
 * {@code NULL}; other types throw {@link IllegalArgumentException}.
 * <p>
 * Every method returns a cold publisher: the command runs on subscription. On a server without the scope (the
 * cluster scopes outside SingleStore) the publisher fails with the server's error.
 */
public interface VariableAccessor {

    /**
     * Reads one variable with {@code SHOW <scope> VARIABLES LIKE '<name>'} (the name's {@code _} escaped, so it
     * matches only itself).
     *
     * @param name the variable, such as {@code autocommit}
     * @return the converted value; fails with {@link NoSuchElementException} when the server has no such variable
     * @throws IllegalArgumentException when the name is not a valid variable name
     */
    Mono<Object> get(String name);

    /**
     * Writes one variable with {@code SET <scope> <name> = <value>}.
     *
     * @param name  the variable, such as {@code sql_mode}
     * @param value the value: a {@link Boolean}, {@link Number}, {@link CharSequence}, {@link Character},
     *              {@link Enum} or {@code null}
     * @return completes when the server accepted the value
     * @throws IllegalArgumentException when the name is invalid or the value cannot be rendered
     */
    Mono<Void> set(String name, Object value);

    /**
     * Lists every variable of the scope with {@code SHOW <scope> VARIABLES}.
     *
     * @return the variables, in the server's order, with converted values
     */
    Flux<Map.Entry<String, Object>> all();
}
