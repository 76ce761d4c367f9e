/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.util.ArrowSupport;
import dev.s2r.driver.internal.row.SingleStoreRow;
import dev.s2r.driver.internal.row.SingleStoreRowMetadata;
import dev.s2r.driver.internal.arrow.ArrowResults;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.row.RowSubscriber;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.reactivestreams.Publisher;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.core.publisher.SynchronousSink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One result of a statement: an update count, the rows of a result set, or an error, as R2DBC segments.
 * Rows are passed on as they arrive and released as soon as the user's function has seen them.
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
        Flux<Segment> segments = Flux.defer(() -> {
            SegmentDecoder decoder = new SegmentDecoder(codecs, context, sql, generatedKeys);
            return messages.concatMapIterable(decoder::onMessage);
        });
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
            return messages().<Long>handle((message, sink) -> {
                if (message instanceof OkMessage) {
                    sink.next(((OkMessage) message).getAffectedRows());
                } else if (message instanceof ErrorMessage) {
                    sink.error(error((ErrorMessage) message, this.sql));
                } else {
                    ReferenceCountUtil.release(message);
                }
            }).reduce(Long::sum).doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
        }
        return segments()
            .<Long>handle((segment, sink) -> {
                try {
                    if (segment instanceof UpdateCount) {
                        sink.next(((UpdateCount) segment).value());
                    } else if (segment instanceof ErrorSegment) {
                        sink.error(((Message) segment).exception());
                    }
                } finally {
                    release(segment);
                }
            })
            .reduce(Long::sum)
            .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
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
            return RowSubscriber.<T>flux(messages, actual ->
                    new RowMapper<>(actual, function, this.codecs, this.context, this.sql))
                .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
        }
        return segments()
            .<T>handle((segment, sink) -> onSegment(segment, sink, function))
            .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
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

    private static <T> void onSegment(Segment segment, SynchronousSink<T> sink,
                                      Function<SingleStoreRow, ? extends T> function) {
        if (segment instanceof RowSegmentImpl) {
            SingleStoreRow row = ((RowSegmentImpl) segment).row();
            try {
                T value = function.apply(row);
                if (value == null) {
                    sink.error(new IllegalStateException("The mapping function returned null"));
                } else {
                    sink.next(value);
                }
            } finally {
                row.release();
            }
        } else if (segment instanceof ErrorSegment) {
            sink.error(((Message) segment).exception());
        }
    }

    @Override
    public Result filter(Predicate<Segment> filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        return new SingleStoreResult(segments().filter(segment -> {
            boolean keep = filter.test(segment);
            if (!keep) {
                release(segment);
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
                release(segment);
                return Flux.error(e);
            }
            if (publisher == null) {
                release(segment);
                return Flux.error(new IllegalStateException("The mapping function returned null"));
            }
            return Flux.<T>from(publisher).doFinally(signal -> release(segment));
        }).doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release);
    }

    private static void release(Segment segment) {
        if (segment instanceof RowSegmentImpl) {
            ((RowSegmentImpl) segment).row().release();
        }
    }

    @Override
    public String toString() {
        return "SingleStoreResult";
    }

    private static R2dbcException error(ErrorMessage error, String sql) {
        return ExceptionFactory.create(error.getCode(), error.getSqlState(), error.getMessage(), sql);
    }

    /**
     * The fast path of {@code map}: applies the function to each row directly, without segments, and releases the
     * row right after. When the subscription is the connection's own ({@link RowSource}), rows that arrive while
     * there is demand are mapped where they lie in the socket buffer ({@link #row}), with no message object; rows
     * that waited for demand come as {@link RowMessage}s, in order. One value is emitted per row, so demand passes
     * through unchanged; a message that is not a row asks for one more.
     */
    private static final class RowMapper<T> extends RowSubscriber<T> {

        private final Function<SingleStoreRow, ? extends T> function;
        private final Codecs codecs;
        private final CodecContext context;
        private final String sql;
        private SingleStoreRowMetadata metadata;

        RowMapper(CoreSubscriber<? super T> actual, Function<SingleStoreRow, ? extends T> function, Codecs codecs,
                  CodecContext context, String sql) {
            super(actual);
            this.function = function;
            this.codecs = codecs;
            this.context = context;
            this.sql = sql;
        }

        @Override
        public void request(long n) {
            this.upstream.request(n);
        }

        @Override
        public void cancel() {
            this.upstream.cancel();
        }

        @Override
        public void onNext(ServerMessage message) {
            if (this.done) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (message instanceof RowMessage) {
                RowMessage row = (RowMessage) message;
                if (this.metadata == null) {
                    row.release();
                    fail(ExceptionFactory.protocolError("Row received before its column definitions"));
                    return;
                }
                map(new SingleStoreRow(row, this.metadata, this.codecs, this.context));
                return;
            }
            if (message instanceof ResultSetMetadata) {
                this.metadata = rowMetadata((ResultSetMetadata) message, this.codecs, this.context);
            } else if (message instanceof ErrorMessage) {
                this.done = true;
                this.actual.onError(error((ErrorMessage) message, this.sql));
                return;
            }
            this.upstream.request(1);
        }

        /** A row lent by the connection for the duration of the call (taken in place). */
        @Override
        public void row(ByteBuf buffer, int index, int length, boolean binary) {
            if (this.done) {
                return;
            }
            if (this.metadata == null) {
                fail(ExceptionFactory.protocolError("Row received before its column definitions"));
                return;
            }
            map(SingleStoreRow.lent(buffer, index, index + length, binary, this.metadata, this.codecs,
                this.context));
        }

        private void map(SingleStoreRow row) {
            T mapped;
            try {
                mapped = this.function.apply(row);
            } catch (Throwable e) {
                fail(Operators.onOperatorError(e, currentContext()));
                return;
            } finally {
                row.release();
            }
            if (mapped == null) {
                fail(new IllegalStateException("The mapping function returned null"));
            } else {
                this.actual.onNext(mapped);
            }
        }
    }

    /**
     * @return the row metadata of a result: built once per column-definition array on a connection, since the
     * connection's column cache hands out the same array while a statement's columns do not change
     */
    static SingleStoreRowMetadata rowMetadata(ResultSetMetadata message, Codecs codecs, CodecContext context) {
        ColumnDefinition[] columns = message.columns();
        if (context instanceof dev.s2r.driver.internal.client.ConnectionContext) {
            return ((dev.s2r.driver.internal.client.ConnectionContext) context).memo(columns,
                () -> new SingleStoreRowMetadata(columns, codecs));
        }
        return new SingleStoreRowMetadata(columns, codecs);
    }

    /**
     * Turns the messages of one result into segments; keeps the metadata of the current result set.
     */
    private static final class SegmentDecoder {

        private final Codecs codecs;
        private final CodecContext context;
        private final String sql;
        private final String generatedKeys;
        private SingleStoreRowMetadata metadata;

        SegmentDecoder(Codecs codecs, CodecContext context, String sql, String generatedKeys) {
            this.codecs = codecs;
            this.context = context;
            this.sql = sql;
            this.generatedKeys = generatedKeys;
        }

        List<Segment> onMessage(ServerMessage message) {
            if (message instanceof RowMessage) {
                RowMessage row = (RowMessage) message;
                if (this.metadata == null) {
                    row.release();
                    throw ExceptionFactory.protocolError("Row received before its column definitions");
                }
                return Collections.singletonList(new RowSegmentImpl(new SingleStoreRow(row, this.metadata,
                    this.codecs, this.context)));
            }
            if (message instanceof ResultSetEnd) {
                int warnings = ((ResultSetEnd) message).getWarnings();
                if (warnings > 0) {
                    List<Segment> segments = new ArrayList<>(1);
                    addWarnings(warnings, segments);
                    return segments;
                }
            } else if (message instanceof ResultSetMetadata) {
                this.metadata = rowMetadata((ResultSetMetadata) message, this.codecs, this.context);
            } else if (message instanceof OkMessage) {
                return onOk((OkMessage) message);
            } else if (message instanceof ErrorMessage) {
                ErrorMessage error = (ErrorMessage) message;
                return Collections.singletonList(new ErrorSegment(ExceptionFactory.create(error.getCode(),
                    error.getSqlState(), error.getMessage(), this.sql)));
            }
            return Collections.emptyList();
        }

        private List<Segment> onOk(OkMessage ok) {
            UpdateCountImpl count = new UpdateCountImpl(ok.getAffectedRows());
            boolean keys = this.generatedKeys != null && ok.getLastInsertId() != 0;
            if (!keys && ok.getWarnings() == 0) {
                return Collections.singletonList(count);
            }
            List<Segment> segments = new ArrayList<>();
            if (keys) {
                emitGeneratedKeys(ok, segments);
            }
            segments.add(count);
            addWarnings(ok.getWarnings(), segments);
            return segments;
        }

        private void addWarnings(int warnings, List<Segment> segments) {
            if (warnings > 0) {
                segments.add(new WarningSegment(warnings, this.sql));
            }
        }

        private void emitGeneratedKeys(OkMessage ok, List<Segment> segments) {
            ColumnDefinition column = ColumnDefinition.of(this.generatedKeys, DataTypes.LONGLONG,
                DataTypes.FLAG_NOT_NULL, DataTypes.BINARY_CHARSET, 20, 0);
            SingleStoreRowMetadata keys = new SingleStoreRowMetadata(new ColumnDefinition[]{column}, this.codecs);
            long count = Math.max(1, ok.getAffectedRows());
            for (long i = 0; i < count; i++) {
                ByteBuf buf = Unpooled.buffer(21);
                LengthEncoded.writeString(buf, Long.toString(ok.getLastInsertId() + i));
                segments.add(new RowSegmentImpl(new SingleStoreRow(buf, buf, false, keys, this.codecs, this.context)));
            }
        }
    }

    /**
     * A row segment.
     */
    private static final class RowSegmentImpl implements RowSegment {

        private final SingleStoreRow row;

        RowSegmentImpl(SingleStoreRow row) {
            this.row = row;
        }

        @Override
        public SingleStoreRow row() {
            return this.row;
        }
    }

    /**
     * An update count segment.
     */
    private static final class UpdateCountImpl implements UpdateCount {

        private final long value;

        UpdateCountImpl(long value) {
            this.value = value;
        }

        @Override
        public long value() {
            return this.value;
        }
    }

    /**
     * The server's warning count for a statement, as a message segment that does not fail {@code map} or
     * {@code getRowsUpdated}; {@code SHOW WARNINGS} lists the warnings themselves.
     */
    static final class WarningSegment implements Message {

        private final int count;
        private final String sql;

        WarningSegment(int count, String sql) {
            this.count = count;
            this.sql = sql;
        }

        /** @return the number of warnings */
        int count() {
            return this.count;
        }

        @Override
        public R2dbcException exception() {
            return new R2dbcWarning(message(), this.sql);
        }

        @Override
        public int errorCode() {
            return 0;
        }

        @Override
        public String sqlState() {
            return "01000";
        }

        @Override
        public String message() {
            return "The statement produced " + this.count + " warning(s); run SHOW WARNINGS to list them";
        }
    }

    /**
     * A warning wrapped as an exception for {@link Message#exception()}; never thrown by the driver.
     */
    static final class R2dbcWarning extends R2dbcException {

        private static final long serialVersionUID = 1L;

        R2dbcWarning(String message, String sql) {
            super(message, "01000", 0, sql);
        }
    }

    /**
     * An error reported by the server, as a message segment.
     */
    private static final class ErrorSegment implements Message {

        private final R2dbcException exception;

        ErrorSegment(R2dbcException exception) {
            this.exception = exception;
        }

        @Override
        public R2dbcException exception() {
            return this.exception;
        }

        @Override
        public int errorCode() {
            return this.exception.getErrorCode();
        }

        @Override
        public String sqlState() {
            return this.exception.getSqlState();
        }

        @Override
        public String message() {
            return this.exception.getMessage();
        }
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
