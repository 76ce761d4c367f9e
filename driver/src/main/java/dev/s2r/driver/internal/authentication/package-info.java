/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The authentication plugins of the MySQL protocol: native, caching_sha2, sha256, clear text and MariaDB's
 * ed25519, with the scrambles and RSA encryption they need.
 * <p>
 * May import util and api.
 */
package dev.s2r.driver.internal.authentication;
