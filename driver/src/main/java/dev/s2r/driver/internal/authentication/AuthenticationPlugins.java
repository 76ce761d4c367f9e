/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.authentication;

import java.util.Set;

/**
 * The authentication plugins the driver implements.
 */
public final class AuthenticationPlugins {

    private static final Set<String> SUPPORTED = Set.of(NativePasswordPlugin.NAME, CachingSha2PasswordPlugin.NAME,
        ClearPasswordPlugin.NAME, Sha256PasswordPlugin.NAME, Ed25519PasswordPlugin.NAME);

    private AuthenticationPlugins() {
    }

    /**
     * @param name a plugin name
     * @return whether the driver implements it
     */
    public static boolean isSupported(String name) {
        return SUPPORTED.contains(name);
    }

    /**
     * Creates a fresh plugin instance for one login.
     *
     * @param name the plugin name the server asked for
     * @return the plugin
     * @throws IllegalArgumentException when the driver does not implement it
     */
    public static AuthenticationPlugin create(String name) {
        switch (name) {
            case NativePasswordPlugin.NAME:
                return new NativePasswordPlugin();
            case CachingSha2PasswordPlugin.NAME:
                return new CachingSha2PasswordPlugin();
            case ClearPasswordPlugin.NAME:
                return new ClearPasswordPlugin();
            case Sha256PasswordPlugin.NAME:
                return new Sha256PasswordPlugin();
            case Ed25519PasswordPlugin.NAME:
                return new Ed25519PasswordPlugin();
            default:
                throw new IllegalArgumentException("Authentication plugin '" + name + "' is not supported (supported: "
                    + SUPPORTED + ")");
        }
    }
}
