/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideTable;
import dev.s2r.benchmarks.harness.Loopback;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts (or reuses) the benchmark server once for a whole run: s2r-test's embedded MariaDB 10.11 (the one the
 * driver's integration tests use), or the server named by {@code SINGLESTOREDB_URL}; creates database {@code bench} (and, on the embedded
 * server, user {@code bench}), loads {@code wide}, verifies its checksum, starts the {@link ReplayProxy} and the
 * {@link DataApiReplayServer} of the replayed workloads, writes the connection properties for {@code run.sh} and then waits until the stop file appears or its parent process is gone, and stops the server.
 *
 * <p>Usage: {@code ServerMain --rows N --properties FILE --stop-file FILE [--max-hours H]}.
 */
public final class ServerMain {

    private ServerMain() {
    }

    /**
     * Runs the launcher.
     *
     * @param args see the class comment
     * @throws Exception on any failure (the server is stopped)
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rows = Integer.parseInt(options.getOrDefault("--rows", "1000000"));
        Path properties = Path.of(require(options, "--properties"));
        Path stopFile = Path.of(require(options, "--stop-file"));
        double maxHours = Double.parseDouble(options.getOrDefault("--max-hours", "4"));

        long started = System.nanoTime();
        TestServer server = TestServers.start();
        Thread hook = new Thread(server::close, "bench-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Loopback.require(server.host());
            ServerInfo info = prepare(server, rows);
            System.out.printf(Locale.ROOT, "bench server: %s %s at mysql://%s@%s:%d/%s (%d rows, checksum %s, ready in %.0f s)%n",
                info.flavor, info.version, info.user, server.host(), server.port(), info.database, rows, info.expected,
                (System.nanoTime() - started) / 1e9);
            try (ReplayProxy replay = ReplayProxy.start(server.host(), server.port(), WideTable.SELECT_ALL);
                 DataApiReplayServer dataApi = startDataApi(server, info, rows)) {
                writeProperties(properties, server, info, rows, replay.port(), dataApi == null ? 0 : dataApi.port());
                waitForStop(stopFile, Duration.ofMinutes((long) (maxHours * 60)));
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops the server
            }
            server.close();
        }
    }

    /** What {@link #prepare} found and made. */
    private record ServerInfo(String flavor, String version, String user, String password, String database,
                              String expected, String pid) {
    }

    private static ServerInfo prepare(TestServer server, int rows) throws SQLException {
        String adminUrl = "jdbc:mariadb://" + server.host() + ":" + server.port() + "/";
        try (Connection admin = DriverManager.getConnection(adminUrl, server.user(), server.password());
             Statement st = admin.createStatement()) {
            boolean singlestore = Sql.queryString(st, "SELECT @@memsql_version") != null;
            String version = Sql.queryString(st, "SELECT VERSION()");
            String pid = null;
            st.execute("CREATE DATABASE IF NOT EXISTS bench");
            String user = server.user();
            String password = server.password();
            if (server.kind() == TestServer.Kind.EMBEDDED_MARIADB) {
                user = "bench";
                password = "bench";
                for (String host : new String[] {"%", "localhost"}) {
                    st.execute("CREATE OR REPLACE USER 'bench'@'" + host
                        + "' IDENTIFIED VIA mysql_native_password USING PASSWORD('bench')");
                    st.execute("GRANT ALL PRIVILEGES ON bench.* TO 'bench'@'" + host + "'");
                }
                String pidFile = Sql.queryString(st, "SELECT @@pid_file");
                pid = pidFile == null ? null : Sql.readPid(Path.of(pidFile));
            }
            if (!singlestore) {
                Sql.tryExecute(st, "SET GLOBAL innodb_buffer_pool_size = 1073741824");
            }
            String expected = Checksum.ofIds(rows).toString();
            st.execute("USE bench");
            if (!Sql.tableHolds(st, rows)) {
                load(st, rows);
            }
            String actual = Sql.tableChecksum(admin);
            if (!expected.equals(actual)) {
                throw new IllegalStateException("table wide has checksum " + actual + ", expected " + expected
                    + ": the server generated other values than WideRow.generate");
            }
            return new ServerInfo(singlestore ? "singlestore" : "mariadb", version, user, password, "bench", expected, pid);
        }
    }

    private static void load(Statement st, int rows) throws SQLException {
        long t0 = System.nanoTime();
        st.execute("DROP TABLE IF EXISTS wide");
        st.execute("DROP TABLE IF EXISTS bench_digits");
        st.execute("CREATE TABLE bench_digits (v INT NOT NULL PRIMARY KEY)");
        st.execute("INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        st.execute(WideTable.CREATE);
        st.execute(WideTable.loadSql("bench_digits", rows));
        st.execute("DROP TABLE bench_digits");
        System.out.printf(Locale.ROOT, "loaded %d rows into wide in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Reads the full scan once over the MySQL protocol and serves it, and the lookup of each of its rows by id, as
     * Data API answers built from the rows it returned; or, when the answer would not be the one the Data API gives, says why and starts nothing (the
     * DATA_API_REPLAY and DATA_API_POINT workloads then fail, the others run).
     */
    private static DataApiReplayServer startDataApi(TestServer server, ServerInfo info, int rows) throws SQLException {
        long t0 = System.nanoTime();
        String url = "jdbc:mariadb://" + server.host() + ":" + server.port() + "/" + info.database;
        DataApiAnswer answer;
        try (Connection connection = DriverManager.getConnection(url, info.user, info.password);
             Statement st = connection.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet result = st.executeQuery(WideTable.SELECT_ALL)) {
                answer = DataApiAnswer.of(result);
            }
        }
        List<String> types = answer.columns().stream().map(DataApiAnswer.Column::dataType).toList();
        if (answer.rows() != rows || !types.equals(WideTable.DATA_API_TYPES) || !answer.firstCellsAreRowNumbers()) {
            System.out.println("data api replay: not started: the answer of the scan has " + answer.rows()
                + " rows of types " + types + ", expected " + rows + " of " + WideTable.DATA_API_TYPES
                + " with ids 1.." + rows + " in order");
            return null;
        }
        byte[] body = answer.finish();
        DataApiReplayServer replay = DataApiReplayServer.start(WideTable.SELECT_ALL, WideTable.LOOKUP_PREFIX, answer);
        System.out.printf(Locale.ROOT, "data api replay: %d rows, %d bytes of JSON (%.1f per row), dataType %s, "
                + "built in %.1f s, on port %d%n", answer.rows(), body.length, body.length / (double) rows, types,
            (System.nanoTime() - t0) / 1e9, replay.port());
        return replay;
    }

    private static void writeProperties(Path file, TestServer server, ServerInfo info, int rows, int replayPort,
                                        int dataApiPort) throws Exception {
        StringBuilder p = new StringBuilder("# written by ServerMain\n");
        p.append("host=").append(server.host()).append('\n');
        p.append("port=").append(server.port()).append('\n');
        p.append("replayPort=").append(replayPort).append('\n');
        p.append("dataApiPort=").append(dataApiPort).append('\n');
        p.append("user=").append(info.user).append('\n');
        p.append("password=").append(info.password).append('\n');
        p.append("database=").append(info.database).append('\n');
        p.append("server=").append(info.flavor).append('\n');
        p.append("serverVersion=").append(info.version).append('\n');
        p.append("serverKind=").append(server.kind()).append('\n');
        p.append("rows=").append(rows).append('\n');
        p.append("expected=").append(info.expected).append('\n');
        if (info.pid != null) {
            p.append("serverPid=").append(info.pid).append('\n');
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, p.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void waitForStop(Path stopFile, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        while (!Files.exists(stopFile)) {
            if (parent != null && !parent.isAlive()) {
                System.out.println("bench server: parent process is gone, stopping");
                return;
            }
            if (System.nanoTime() > deadline) {
                System.out.println("bench server: maximum lifetime reached, stopping");
                return;
            }
            Thread.sleep(200);
        }
        System.out.println("bench server: stop requested");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int k = 0; k + 1 < args.length; k += 2) {
            options.put(args[k], args[k + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
