/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * From {@link dev.s2r.udf.api.Udf}-annotated Java methods to
 * {@link dev.s2r.udf.internal.function.FunctionSpec}s: the SQL signature (types, nullability, defaults, kind) read
 * by reflection, with the invoker that runs the method. Imports {@code api}, {@code internal.batch},
 * {@code internal.function} and {@code internal.invoke}.
 */
package dev.s2r.udf.internal.signature;
