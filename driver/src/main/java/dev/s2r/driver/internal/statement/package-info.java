/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Statement features on top of the transport: multi-row INSERT rewriting ({@code BatchInsert}) and MariaDB bulk
 * commands ({@code BulkInsert}) for {@code add()} batches, {@code LOAD DATA LOCAL INFILE} ({@code LocalInfile}),
 * the client-side statement timeout ({@code AnswerDeadline}), the query log, the observation hook, results
 * answered on the client ({@code ClientResults}), the prepared-statement cache and the encoding of bound values
 * ({@code BindValues}).
 * <p>
 * May import observation, row, client, transport, message, codec, sql, options, util and api.
 */
package dev.s2r.driver.internal.statement;
