/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.util.List;

/**
 * One wire format of a function call's body, both directions. Implementations are stateless and thread-safe.
 */
public interface BatchCodec {

    /**
     * Decodes a whole request body. Reads {@code body} from its reader index to its writer index; does not release
     * it.
     *
     * @param body the request body
     * @param types the arguments' types, in order
     * @return the rows: row ids and one column per type
     * @throws MalformedBatchException when the body is not a well-formed batch of these types
     */
    Batch decode(ByteBuf body, List<WireType> types);

    /**
     * Encodes a response body.
     *
     * @param batch the rows: row ids and one column per type
     * @param types the return columns' types, in order
     * @param allocator where the body's buffer comes from
     * @return the body, which the caller releases (or writes out)
     * @throws IllegalArgumentException when a value cannot travel in the format (a year beyond 9999, a string with a
     *     lone surrogate, a value of the wrong class for its type); the buffer is released and the message names
     *     the row and column
     */
    ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator);
}
