/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.util.Objects;

/**
 * A database account of a {@link TestServer}: a user name and its password.
 *
 * <p>{@link #toString()} never reveals the password, so a {@code TestUser} may appear in test names and
 * assertion messages.
 *
 * @param name     the user name
 * @param password the password, possibly empty
 */
public record TestUser(String name, String password) {

    /**
     * The main test account of an embedded server: all privileges on every database, with grant option,
     * authenticated with {@code mysql_native_password}.
     */
    public static final TestUser MAIN = new TestUser("s2r", "s2r-pass");

    /**
     * The second account used by authentication tests: {@code mysql_native_password}, no privileges beyond
     * logging in and running queries that touch no table.
     */
    public static final TestUser NATIVE_PASSWORD = new TestUser("s2r_native", "s2r-native-pass");

    /**
     * The account of the ed25519 tests: MariaDB's {@code ed25519} plugin, created by an embedded server only when the
     * plugin is installed on the machine (see {@code TestServers#ed25519PluginFile()}).
     */
    public static final TestUser ED25519 = new TestUser("s2r_ed25519", "s2r-ed25519-pass");

    /**
     * Creates a user.
     *
     * @param name     the user name
     * @param password the password, possibly empty
     * @throws NullPointerException when a component is {@code null}
     */
    public TestUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "TestUser[" + name + "]";
    }
}
