/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * What SingleStore is told about the served functions: the {@code CREATE EXTERNAL FUNCTION} and
 * {@code CREATE LINK} statements, the {@code function_info} JSON, and the registration that runs the statements
 * through R2DBC. Imports {@code api}, {@code internal.batch} and {@code internal.function}.
 */
package dev.s2r.udf.internal.ddl;
