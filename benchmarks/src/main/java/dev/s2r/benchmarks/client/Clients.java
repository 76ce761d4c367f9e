/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.harness.BenchEnv;

import java.time.Duration;
import java.util.List;

/**
 * Opens a {@link BenchClient} of a named driver, configured for a workload.
 */
public final class Clients {

    /** Our driver. */
    public static final String S2R = "s2r";
    /** io.asyncer:r2dbc-mysql. */
    public static final String R2DBC_MYSQL = "r2dbc-mysql";
    /** org.mariadb:r2dbc-mariadb. */
    public static final String R2DBC_MARIADB = "r2dbc-mariadb";
    /** io.vertx:vertx-mysql-client. */
    public static final String VERTX = "vertx-mysql";
    /** org.mariadb.jdbc:mariadb-java-client. */
    public static final String MARIADB_JDBC = "mariadb-jdbc";
    /** com.singlestore:singlestore-jdbc-client; only against SingleStore. */
    public static final String SINGLESTORE_JDBC = "singlestore-jdbc";
    /** s2r's {@code toArrow}, batches of 4096 rows consumed column by column (ARROW workload). */
    public static final String S2R_ARROW = "s2r-arrow";
    /** s2r's row-by-row mapping, the baseline of the ARROW workload. */
    public static final String S2R_ROWS = "s2r-rows";
    /** Apache Arrow's JDBC adapter ({@code arrow-jdbc}) over mariadb-java-client, in the ARROW workloads. */
    public static final String ARROW_JDBC = "arrow-jdbc";
    /**
     * s2r over the Data API (HTTP, JSON), against the server process's Data API replay server (DATA_API_REPLAY,
     * DATA_API_POINT).
     */
    public static final String S2R_DATA_API = "s2r-dataapi";
    /** The floor client. */
    public static final String RAW_SOCKET = "raw-socket";

    /** Every driver compared, in the order of the first round. */
    public static final List<String> DRIVERS = List.of(S2R, R2DBC_MYSQL, R2DBC_MARIADB, VERTX, MARIADB_JDBC, SINGLESTORE_JDBC);

    /** Connections of the reactive drivers at concurrency 32. */
    public static final int REACTIVE_CONNECTIONS_C32 = 4;

    private Clients() {
    }

    /**
     * Opens the driver's connections for the workload.
     *
     * @param driver   one of the driver names above
     * @param workload the workload
     * @param env      the run's environment
     * @return the client
     * @throws Exception when it cannot connect
     */
    public static BenchClient open(String driver, Workload workload, BenchEnv env) throws Exception {
        boolean c32 = workload == Workload.POINT_C32;
        int reactiveConnections = c32 ? REACTIVE_CONNECTIONS_C32 : 1;
        Duration timeout = Duration.ofSeconds(env.watchdogSeconds());
        return switch (driver) {
            case S2R, S2R_ROWS -> new R2dbcClient(R2dbcFactories.s2r(env), reactiveConnections, timeout);
            case S2R_ARROW -> new ArrowClient(R2dbcFactories.s2r(env), timeout);
            case S2R_DATA_API -> new R2dbcClient(R2dbcFactories.s2rDataApi(env), 1, timeout);
            case R2DBC_MYSQL -> new R2dbcClient(R2dbcFactories.r2dbcMysql(env), reactiveConnections, timeout);
            case R2DBC_MARIADB -> new R2dbcClient(R2dbcFactories.r2dbcMariadb(env), reactiveConnections, timeout);
            case VERTX -> new VertxClient(env, reactiveConnections, timeout);
            case MARIADB_JDBC, SINGLESTORE_JDBC -> jdbc(driver, workload, env, c32 ? 32 : 1);
            case ARROW_JDBC -> new ArrowJdbcClient(jdbcUrl(false, env, ""), env.user(), env.password());
            case RAW_SOCKET -> new RawSocketClient(env.host(), env.port(), env.user(), env.password(), env.database());
            default -> throw new IllegalArgumentException("Unknown driver " + driver + "; known: " + DRIVERS);
        };
    }

    private static BenchClient jdbc(String driver, Workload workload, BenchEnv env, int connections) throws Exception {
        boolean singlestore = driver.equals(SINGLESTORE_JDBC);
        if (singlestore && !env.isSingleStore()) {
            throw new IllegalStateException("singlestore-jdbc-client only connects to SingleStore (its connect query "
                + "reads SingleStore-only variables); the server is " + env.server());
        }
        String options = switch (workload) {
            // the documented way to get server-side prepared statements (the statement cache is on by default)
            case POINT_C1, POINT_C32 -> "?useServerPrepStmts=true&cachePrepStmts=true";
            // mariadb-java-client defaults send COM_STMT_BULK_EXECUTE; SingleStore's driver documents the rewrite
            case INSERT -> singlestore ? "?rewriteBatchedStatements=true" : "";
            default -> "";
        };
        return new JdbcClient(jdbcUrl(singlestore, env, options), env.user(), env.password(), connections,
            env.watchdogSeconds());
    }

    private static String jdbcUrl(boolean singlestore, BenchEnv env, String options) {
        return (singlestore ? "jdbc:singlestore://" : "jdbc:mariadb://") + env.host() + ":" + env.port() + "/"
            + env.database() + options;
    }
}
