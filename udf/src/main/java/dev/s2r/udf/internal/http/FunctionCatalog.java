/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import java.util.Optional;

/**
 * The texts of the HTTP server's helper routes, which describe the served functions rather than call them
 * (python-sdk-services.md §2.5). Implementations are thread-safe and do not block: the routes call them on an event
 * loop.
 */
public interface FunctionCatalog {

    /**
     * The body of {@code GET /show/create_function}.
     *
     * @param url the URL the statements name as the service ({@code AS REMOTE SERVICE "<url>"})
     * @param name the one function to describe (its served name, {@code s2-ef-name}), or empty for all
     * @return the {@code CREATE EXTERNAL FUNCTION} statements, one a line; empty when no function matches
     */
    String createFunctions(String url, Optional<String> name);

    /**
     * The body of {@code GET /show/function_info} and {@code GET /}.
     *
     * @param url the URL the statements in it ({@code sql_statement}) name as the service
     * @return the JSON document {@code {"functions": {...}}}
     */
    String functionInfo(String url);
}
