/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.row.RowSubscriber;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import reactor.core.publisher.Flux;

/**
 * The entry point of the Arrow decoding, called by the driver's result for
 * {@link dev.s2r.driver.api.SingleStoreResult#toArrow}. Internal: not part of the driver's API.
 */
public final class ArrowResults {

    private ArrowResults() {
    }

    /**
     * Decodes the rows of one result into Arrow batches.
     *
     * @param messages  the messages of the result (column definitions, rows, and the closing OK, end or error)
     * @param allocator the allocator of the batches' buffers
     * @param batchRows the rows per batch, at least 1
     * @param codecs    the driver's codecs
     * @param context   the codec context
     * @param sql       the SQL, for error messages
     * @return the batches, each owned by the subscriber, who must close it
     */
    public static Flux<VectorSchemaRoot> toArrow(Flux<ServerMessage> messages, BufferAllocator allocator,
                                                 int batchRows, Codecs codecs, CodecContext context, String sql) {
        // each subscription decodes the messages with its own batcher, subscribed to them directly
        return RowSubscriber.<VectorSchemaRoot>flux(messages, actual ->
                new ArrowBatcher(actual, allocator, batchRows, codecs, context, sql))
            .doOnDiscard(VectorSchemaRoot.class, VectorSchemaRoot::close)
            .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }
}
