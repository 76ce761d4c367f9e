/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.arrow.ArrowResults;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.row.RowResults;
import dev.s2r.driver.internal.row.SingleStoreRow;
import dev.s2r.driver.internal.util.ArrowSupport;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One result of a statement: an update count, the rows of a result set, or an error, as R2DBC segments.
 * Rows are passed on as they arrive and released as soon as the user's function has seen them. The row layer
 * ({@link RowResults}) consumes the messages; this class chooses between its direct paths and its segments.
 */
final class SingleStoreResult implements dev.s2r.driver.api.SingleStoreResult {

    /** The update count of most per-binding results of a batch, shared: a {@code Mono.just} holds no state. */
    private static final Mono<Long> ONE_ROW = Mono.just(1L);

    private final Flux<Segment> segments;
    private final Flux<ServerMessage> messages;
    private final OkMessage count;
    private final Codecs codecs;
    private final CodecContext context;
    private final String sql;

    private SingleStoreResult(Flux<Segment> segments, Flux<ServerMessage> messages, Codecs codecs,
                              CodecContext context, String sql) {
        this.segments = segments;
        this.messages = messages;
        this.count = null;
        this.codecs = codecs;
        this.context = context;
        this.sql = sql;
    }

    private SingleStoreResult(OkMessage count, Codecs codecs, CodecContext context, String sql) {
        this.segments = null;
        this.messages = null;
        this.count = count;
        this.codecs = codecs;
        this.context = context;
        this.sql = sql;
    }

    /**
     * @param messages      the messages of one result (ending with OK, result-set end or ERR)
     * @param codecs        the codecs
     * @param context       the codec context
     * @param sql           the SQL, for error messages
     * @param generatedKeys the column name for generated keys, or {@code null} when not requested
     * @return the result
     */
    static SingleStoreResult of(Flux<ServerMessage> messages, Codecs codecs, CodecContext context, String sql,
                                String generatedKeys) {
        Flux<Segment> segments = RowResults.segments(messages, codecs, context, sql, generatedKeys);
        return new SingleStoreResult(segments, generatedKeys == null ? messages : null, codecs, context, sql);
    }

    /**
     * A result that is one OK packet already at hand, without generated keys (a per-binding result of a batch):
     * its publishers are made only when they are asked for, and {@link #getRowsUpdated()} costs none.
     *
     * @param ok      the OK packet
     * @param codecs  the codecs
     * @param context the codec context
     * @param sql     the SQL
     * @return the result
     */
    static SingleStoreResult ofCount(OkMessage ok, Codecs codecs, CodecContext context, String sql) {
        return new SingleStoreResult(ok, codecs, context, sql);
    }

    private Flux<ServerMessage> messages() {
        return this.count != null ? Flux.just(this.count) : this.messages;
    }

    private Flux<Segment> segments() {
        return this.count != null ? of(Flux.just(this.count), this.codecs, this.context, this.sql, null).segments
            : this.segments;
    }

    @Override
    public Mono<Long> getRowsUpdated() {
        if (this.count != null) {
            long rows = this.count.getAffectedRows();
            return rows == 1 ? ONE_ROW : Mono.just(rows);
        }
        Long known = knownUpdateCount();
        if (known != null) {
            return Mono.just(known);
        }
        if (messages() != null) {
            return RowResults.countRows(messages(), this.sql);
        }
        return RowResults.countSegments(segments());
    }

    /**
     * @return the update count of a result that is a single OK already at hand (one of the per-binding results of a
     * batch), so that reading it costs no operator chain; else {@code null}
     */
    @SuppressWarnings("unchecked")
    private Long knownUpdateCount() {
        if (!(this.messages instanceof reactor.core.Fuseable.ScalarCallable)) {
            return null;
        }
        Object only;
        try {
            only = ((reactor.core.Fuseable.ScalarCallable<ServerMessage>) this.messages).call();
        } catch (Exception e) {
            return null;
        }
        return only instanceof OkMessage ? ((OkMessage) only).getAffectedRows() : null;
    }

    @Override
    public <T> Flux<T> map(BiFunction<Row, RowMetadata, ? extends T> mappingFunction) {
        if (mappingFunction == null) {
            throw new IllegalArgumentException("mappingFunction must not be null");
        }
        return mapRows(row -> mappingFunction.apply(row, row.getMetadata()));
    }

    @Override
    public <T> Flux<T> map(Function<? super Readable, ? extends T> mappingFunction) {
        if (mappingFunction == null) {
            throw new IllegalArgumentException("mappingFunction must not be null");
        }
        return mapRows(mappingFunction::apply);
    }

    private <T> Flux<T> mapRows(Function<SingleStoreRow, ? extends T> function) {
        Flux<ServerMessage> messages = messages();
        if (messages != null) {
            return RowResults.mapRows(messages, function, this.codecs, this.context, this.sql);
        }
        return RowResults.mapSegments(segments(), function);
    }

    /**
     * {@inheritDoc}
     * <p>
     * The Arrow classes are referred to only by {@link ArrowResults}, which is loaded by the first call; without
     * Arrow on the class path the call fails here with a clear message and the rest of the driver is unaffected.
     */
    @Override
    public Flux<VectorSchemaRoot> toArrow(BufferAllocator allocator, int batchRows) {
        if (!ArrowSupport.isAvailable()) {
            throw new IllegalStateException("SingleStoreResult.toArrow needs Apache Arrow on the class path: add "
                + "org.apache.arrow:arrow-vector and org.apache.arrow:arrow-memory-netty (or arrow-memory-unsafe)");
        }
        if (allocator == null) {
            throw new IllegalArgumentException("allocator must not be null");
        }
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be at least 1, got " + batchRows);
        }
        if (messages() == null) {
            throw new IllegalStateException("toArrow is not available on a filtered result or on one that returns "
                + "generated keys");
        }
        return ArrowResults.toArrow(messages(), allocator, batchRows, this.codecs, this.context, this.sql);
    }

    @Override
    public Result filter(Predicate<Segment> filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        return new SingleStoreResult(segments().filter(segment -> {
            boolean keep = filter.test(segment);
            if (!keep) {
                RowResults.release(segment);
            }
            return keep;
        }), null, this.codecs, this.context, this.sql);
    }

    @Override
    public <T> Flux<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mappingFunction) {
        if (mappingFunction == null) {
            throw new IllegalArgumentException("mappingFunction must not be null");
        }
        return segments().concatMap(segment -> {
            Publisher<? extends T> publisher;
            try {
                publisher = mappingFunction.apply(segment);
            } catch (RuntimeException e) {
                RowResults.release(segment);
                return Flux.error(e);
            }
            if (publisher == null) {
                RowResults.release(segment);
                return Flux.error(new IllegalStateException("The mapping function returned null"));
            }
            return Flux.<T>from(publisher).doFinally(signal -> RowResults.release(segment));
        }).doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }

    @Override
    public String toString() {
        return "SingleStoreResult";
    }

    /**
     * @param message a response message
     * @return whether it is the last message of one result
     */
    static boolean endsResult(ServerMessage message) {
        return message instanceof OkMessage || message instanceof ResultSetEnd
            || message instanceof ErrorMessage;
    }
}
