/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.arrow;

import dev.s2r.driver.codec.CodecContext;
import dev.s2r.driver.codec.Codecs;
import dev.s2r.driver.message.server.ServerMessage;
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

    /** The most row packets requested from the connection ahead of decoding. */
    private static final int MAX_PREFETCH = 4096;
    /** The fewest: requesting one packet at a time would stop and restart socket reads for every row. */
    private static final int MIN_PREFETCH = 64;

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
        // The packets of up to one batch are requested ahead (kept undecoded, as received); decoding happens in
        // handle, only as fast as the subscriber requests batches.
        int prefetch = Math.max(MIN_PREFETCH, Math.min(batchRows, MAX_PREFETCH));
        return Flux.defer(() -> {
            ArrowBatcher batcher = new ArrowBatcher(allocator, batchRows, codecs, context, sql);
            return messages.limitRate(prefetch).handle(batcher).doFinally(signal -> batcher.dispose());
        })
            .doOnDiscard(VectorSchemaRoot.class, VectorSchemaRoot::close)
            .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }
}
