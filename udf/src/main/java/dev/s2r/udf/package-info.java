/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * External-function servers for SingleStore: {@code UdfServer} serves annotated Java methods over HTTP (ROWDAT_1,
 * JSON, Arrow) or a collocated Unix socket, and registers them with {@code CREATE EXTERNAL FUNCTION}. The top
 * layer: may import every package of the module.
 */
package dev.s2r.udf;
