/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The types a user of the UDF server writes against: the annotations that declare functions, the column types of
 * batch functions, the server's options and the wire formats. The bottom layer: imports nothing of the module.
 */
package dev.s2r.udf.api;
