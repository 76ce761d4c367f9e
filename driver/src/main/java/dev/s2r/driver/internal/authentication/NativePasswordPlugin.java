/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

/**
 * {@code mysql_native_password}: a SHA-1 scramble of the password.
 */
final class NativePasswordPlugin implements AuthenticationPlugin {

    static final String NAME = "mysql_native_password";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] authenticate(AuthenticationContext context) {
        return Scramble.nativePassword(context.password(), context.seed());
    }
}
