/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Management API's resources and request bodies as immutable records, with the JSON field names of the spec
 * (singlestore-server.md §1.5). A field the API leaves out is {@code null} (lists are empty); fields the records do
 * not know are ignored; a state the client does not know is kept as a {@link dev.s2r.management.model.State}.
 * <p>
 * Imports no package of this module; a workspace opens R2DBC connections through the driver, found by R2DBC
 * discovery.
 */
package dev.s2r.management.model;
