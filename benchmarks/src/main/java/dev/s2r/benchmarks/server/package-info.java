/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The server process of a run: it starts the database and loads {@code wide}, and runs the replay servers that
 * answer the full scan from memory, over the MySQL protocol ({@link dev.s2r.benchmarks.server.ReplayProxy}) and over
 * the Data API ({@link dev.s2r.benchmarks.server.DataApiReplayServer}).
 */
package dev.s2r.benchmarks.server;
