/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The driver over the Data API transport, against the test Data API server backed by the embedded database.
 */
package dev.s2r.driver.dataapi;
