/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The HTTP server SingleStore calls external functions on (python-sdk-services.md §2.5, singlestore-server.md §3.2):
 * {@code POST /invoke} and the helper routes, on reactor-netty. Bodies are aggregated under a cap, decoded by a
 * {@link dev.s2r.udf.internal.format.BatchCodec}, run by the function's
 * {@link dev.s2r.udf.internal.function.Invoker}, encoded and answered; DDL and {@code function_info} come from a
 * {@link dev.s2r.udf.internal.http.FunctionCatalog}. Imports {@code api}, {@code internal.batch},
 * {@code internal.function} and {@code internal.format}.
 */
package dev.s2r.udf.internal.http;
