/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.ZeroDateOption;

import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The session settings that change how values are decoded and encoded.
 */
public interface CodecContext {

    /**
     * @return the time zone of the session, used to turn DATETIME/TIMESTAMP values into instants and back
     */
    ZoneId sessionZone();

    /**
     * @return whether the session's {@code sql_mode} contains {@code NO_BACKSLASH_ESCAPES}, which changes how
     * string literals are escaped in client-side interpolated SQL
     */
    boolean noBackslashEscapes();

    /**
     * @return how zero dates are read (default {@link ZeroDateOption#NULL})
     */
    default ZeroDateOption zeroDateOption() {
        return ZeroDateOption.NULL;
    }

    /**
     * A one-entry memo of the session, keyed by identity: the value made for the same key last time, or a new one.
     * The rows of a result build their row metadata through it, once per column-definition array, which the
     * connection's column cache reuses while the columns do not change. This default keeps nothing.
     *
     * @param key    the key, compared by identity
     * @param create makes the value for a new key
     * @param <T>    the value type
     * @return the value
     */
    default <T> T memo(Object key, Supplier<T> create) {
        return create.get();
    }

    /**
     * A context with the JVM's default zone and backslash escapes on; for tests and synthetic values.
     *
     * @return the context
     */
    static CodecContext defaults() {
        return new CodecContext() {
            @Override
            public ZoneId sessionZone() {
                return ZoneId.systemDefault();
            }

            @Override
            public boolean noBackslashEscapes() {
                return false;
            }
        };
    }
}
