/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

/**
 * A bind parameter in both of its wire forms: the binary value of {@code COM_STMT_EXECUTE} and the SQL literal
 * used when parameters are interpolated into the query text on the client.
 * <p>
 * Parameters are immutable and hold no reference-counted resources, so a statement can be executed several times
 * with the same bindings.
 */
public interface Parameter {

    /**
     * @return the {@code MYSQL_TYPE_*} code announced in {@code COM_STMT_EXECUTE}
     */
    int type();

    /**
     * @return whether the UNSIGNED flag is announced with the type (by default not)
     */
    default boolean unsigned() {
        return false;
    }

    /**
     * @return whether this is SQL {@code NULL} (sent in the null bitmap, no value bytes); by default not
     */
    default boolean isNull() {
        return false;
    }

    /**
     * Writes the value in the binary protocol form (length-encoded where the type requires it).
     * Not called for {@code NULL}.
     *
     * @param out the buffer to write to
     */
    void writeBinary(ByteBuf out);

    /**
     * @param scratch a buffer the default implementation may clear and write to
     * @return how many bytes {@link #writeBinary} writes; by default measured by writing into {@code scratch}
     */
    default int binarySize(ByteBuf scratch) {
        scratch.clear();
        writeBinary(scratch);
        return scratch.readableBytes();
    }

    /**
     * Writes the value as a SQL literal in UTF-8, escaped so that it is safe inside the query text.
     *
     * @param out                the buffer to write to
     * @param noBackslashEscapes whether the session has {@code NO_BACKSLASH_ESCAPES} (then only quotes are doubled
     *                           and backslashes are literal)
     */
    void writeText(ByteBuf out, boolean noBackslashEscapes);
}
