/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import io.r2dbc.spi.Result;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import reactor.core.publisher.Flux;

/**
 * A {@link Result} of the s2r driver, with SingleStore SDK extensions. Every {@code Result} the driver returns
 * implements it: {@code ((SingleStoreResult) result).toArrow(allocator, 4096)}.
 */
public interface SingleStoreResult extends Result {

    /**
     * Decodes the rows of this result straight from the row packets into Apache Arrow vectors, {@code batchRows}
     * rows per batch (the last batch may be smaller; a result set without rows gives one empty batch that carries
     * the schema; a result without rows, such as an update count, gives none). The type of each column is listed
     * in {@code docs/singlestore.md} ("Arrow type mapping"); zero dates become nulls. Like {@link #map}, this
     * consumes the result and can be called once.
     * <p>
     * <b>Ownership:</b> each emitted {@link VectorSchemaRoot} belongs to the subscriber, who must
     * {@link VectorSchemaRoot#close() close} it (its buffers come from {@code allocator}). Batches are decoded on
     * demand: the next batch is decoded only once the subscriber requests it (meanwhile at most {@code batchRows}
     * row packets, at least 64 and at most 4096, are read ahead from the connection and kept as received). The batch
     * being filled when the subscription is cancelled or fails is closed by the driver, and every row packet is released
     * as soon as it has been copied into the vectors.
     * <p>
     * Requires the optional dependencies {@code org.apache.arrow:arrow-vector} and an Arrow memory implementation
     * such as {@code org.apache.arrow:arrow-memory-netty}, and no JVM option; writing the batches with Arrow's own
     * IPC writers ({@code ArrowFileWriter}, {@code ArrowStreamWriter}) needs
     * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} on Java 17 and later.
     *
     * @param allocator the allocator of the batches' buffers
     * @param batchRows the number of rows per batch, at least 1
     * @return the batches
     * @throws IllegalArgumentException if {@code allocator} is {@code null} or {@code batchRows} is less than 1
     * @throws IllegalStateException    if Arrow is not on the class path, or the result was filtered or asked for
     *                                  generated keys
     */
    Flux<VectorSchemaRoot> toArrow(BufferAllocator allocator, int batchRows);
}
