/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import java.util.Arrays;

/**
 * {@code mysql_clear_password}: the password in clear text, NUL-terminated; refused unless the channel is
 * encrypted or the user explicitly allowed it ({@code allowClearPasswordOverPlainText}).
 */
final class ClearPasswordPlugin implements AuthenticationPlugin {

    static final String NAME = "mysql_clear_password";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] authenticate(AuthenticationContext context) {
        if (!context.isSecure() && !context.allowClearPasswordOverPlainText()) {
            throw new IllegalStateException("The server asked for " + NAME
                + ", which sends the password in clear text; refused over an unencrypted connection (use TLS, or set "
                + "allowClearPasswordOverPlainText=true to accept the risk)");
        }
        byte[] pw = Scramble.utf8(context.password());
        byte[] out = Arrays.copyOf(pw, pw.length + 1);
        Arrays.fill(pw, (byte) 0);
        return out;
    }
}
