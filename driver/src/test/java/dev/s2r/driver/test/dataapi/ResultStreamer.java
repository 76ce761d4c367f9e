/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.test.dataapi.ColumnTypes.Column;
import dev.s2r.driver.test.dataapi.ColumnTypes.Form;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.ReferenceCounted;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes the results of one statement as the body of a {@code query/tuples} or {@code query/rows} answer, in chunks
 * as the rows arrive: each row is written from its protocol message while the driver lends it, and a chunk leaves
 * once about {@value #CHUNK} bytes have gathered (and at the end). Demand flows back from the HTTP response to the
 * driver, which reads from the database only what was asked for, so no more than a few chunks are ever held.
 *
 * <p>The answer counts as started (status 200) once the first result set's columns have arrived: an error before
 * that fails the stream, to be answered with an error status; an error after it ends the body with an
 * {@code "error"} object (singlestore-server.md §2.4). [unverified] that the columns are the point of no return, as
 * in a Go handler whose query call returns once the columns are read.
 */
final class ResultStreamer {

    /** Which endpoint's shape the rows take. */
    enum Shape {
        /** {@code query/tuples}: columns, then rows as arrays. */
        TUPLES,
        /** {@code query/rows}: rows as objects keyed by column name. */
        ROWS
    }

    /** [unverified] Go's HTTP server buffers a response body in a few kilobytes before sending each chunk. */
    static final int CHUNK = 4096;

    private static final int NULL_MARKER = 0xFB;
    private static final RuntimeException CUT = new RuntimeException("cut on purpose", null, false, false) {
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
        // [unverified] Go's encoding/json writes backslash-u escapes in lower case, and escapes <, >, &, U+2028, U+2029
        .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .build()
        .setCharacterEscapes(new GoEscapes());

    private final Shape shape;
    private Set<String> jsonColumns = Set.of();
    private final Fault fault;
    private final AtomicLong rowCounter;
    private final Chunk out = new Chunk();
    private final JsonGenerator json;
    private Column[] columns;
    private String[] names;
    private int[] slots;
    private int[] starts;
    private int[] lengths;
    private boolean started;
    private long rows;
    private volatile boolean cut;

    /**
     * @param shape      the endpoint's shape
     * @param fault      the fault armed for this answer, or {@code null}
     * @param rowCounter counts every row written, across answers
     */
    ResultStreamer(Shape shape, Fault fault, AtomicLong rowCounter) {
        this.shape = shape;
        this.fault = fault;
        this.rowCounter = rowCounter;
        try {
            this.json = FACTORY.createGenerator(this.out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param keys {@link #jsonColumnKey} keys of the columns that hold JSON though their wire type is text
     * @return this streamer
     */
    ResultStreamer withJsonColumns(Set<String> keys) {
        this.jsonColumns = keys;
        return this;
    }

    /** @return the key of a column in the set of JSON columns */
    static String jsonColumnKey(String schema, String table, String column) {
        return schema + '\u0000' + table + '\u0000' + column;
    }

    /** @return whether the answer was cut on purpose ({@link Fault.Kind#CUT}): the connection must be closed */
    boolean wasCut() {
        return this.cut;
    }

    /**
     * @param results the statement's results
     * @return the chunks of the body; an error before the answer started fails it
     */
    Flux<byte[]> stream(Publisher<? extends Result> results) {
        return Flux.concat(
                Flux.from(results).concatMap(result -> DriverResults.messages(result)
                    .<byte[]>handle(this::onMessage)
                    .doOnDiscard(ReferenceCounted.class, ReferenceCountUtil::release)),
                Mono.fromCallable(this::finish))
            .onErrorResume(this::onError);
    }

    private void onMessage(ServerMessage message, SynchronousSink<byte[]> sink) {
        try {
            if (message instanceof RowMessage) {
                onRow((RowMessage) message, sink);
                return;
            }
            if (message instanceof ResultSetMetadata) {
                startResult(((ResultSetMetadata) message).columns());
                if (faultIs(Fault.Kind.LATE_ERROR) && this.fault.rows() == 0) {
                    sink.error(forcedError());
                    return;
                }
            } else if (message instanceof ResultSetEnd) {
                endResult();
            } else if (message instanceof ErrorMessage) {
                ErrorMessage error = (ErrorMessage) message;
                sink.error(new EngineError(error.getCode(), error.getSqlState(), error.getMessage()));
                return;
            }
            // an OkMessage is an update count, or the end of a CALL: python-sdk-driver.md §5.4 shows the SDK adding an
            // empty result set of its own for CALL, so the service sends none for it
            emitIfFull(sink);
        } catch (IOException e) {
            sink.error(e);
        } finally {
            ReferenceCountUtil.release(message);
        }
    }

    /** singlestore-server.md §2.1: each result set is one entry of {@code results}, with its columns for tuples. */
    private void startResult(ColumnDefinition[] definitions) throws IOException {
        startAnswer();
        endResult();
        int count = definitions.length;
        this.columns = new Column[count];
        for (int i = 0; i < count; i++) {
            ColumnDefinition definition = definitions[i];
            boolean isJson = this.jsonColumns.contains(jsonColumnKey(definition.getSchema(), definition.getOrgTable(),
                definition.getOrgName()));
            this.columns[i] = ColumnTypes.column(definition, isJson);
        }
        this.starts = new int[count];
        this.lengths = new int[count];
        this.json.writeStartObject();
        if (this.shape == Shape.TUPLES) {
            // python-sdk-driver.md §5.3: columns [{"name", "dataType", "nullable"}]
            this.json.writeArrayFieldStart("columns");
            for (Column column : this.columns) {
                this.json.writeStartObject();
                this.json.writeStringField("name", column.name());
                this.json.writeStringField("dataType", column.dataType());
                this.json.writeBooleanField("nullable", column.nullable());
                this.json.writeEndObject();
            }
            this.json.writeEndArray();
        } else {
            keySlots();
        }
        this.json.writeArrayFieldStart("rows");
    }

    /**
     * singlestore-server.md §2.1: query/rows gives objects keyed by column name. [unverified] a name that several
     * columns share appears once, at its first column's place, with the last such column's value (as a Go map would
     * keep it).
     */
    private void keySlots() {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (int i = 0; i < this.columns.length; i++) {
            last.remove(this.columns[i].name());
            last.put(this.columns[i].name(), i);
        }
        Map<String, Integer> firstPlace = new LinkedHashMap<>();
        for (Column column : this.columns) {
            firstPlace.putIfAbsent(column.name(), last.get(column.name()));
        }
        this.names = firstPlace.keySet().toArray(new String[0]);
        this.slots = firstPlace.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private void startAnswer() throws IOException {
        if (!this.started) {
            this.started = true;
            this.json.writeStartObject();
            this.json.writeArrayFieldStart("results");
        }
    }

    private void endResult() throws IOException {
        if (this.columns != null) {
            this.columns = null;
            this.json.writeEndArray();
            this.json.writeEndObject();
        }
    }

    private void onRow(RowMessage row, SynchronousSink<byte[]> sink) throws IOException {
        if (row.isBinary()) {
            throw new IllegalStateException("DataApiServer runs text queries only, got a binary row");
        }
        if (this.columns == null) {
            throw new IllegalStateException("A row outside a result set");
        }
        boolean cutHere = (faultIs(Fault.Kind.CUT) || faultIs(Fault.Kind.STALL)) && this.rows == this.fault.rows();
        this.json.flush();
        int before = this.out.size();
        writeRow(row.cells(), row.cellsStart());
        this.rows++;
        this.rowCounter.incrementAndGet();
        this.json.flush();
        if (cutHere) {
            // a body cut in the middle of a row: what a dropped connection leaves the client with; or, for a
            // stall, what a server hung mid-answer leaves it waiting on
            this.cut = faultIs(Fault.Kind.CUT);
            sink.next(this.out.takeFirst(before + Math.max(1, (this.out.size() - before) / 2)));
            sink.error(CUT);
            return;
        }
        if (faultIs(Fault.Kind.LATE_ERROR) && this.rows == this.fault.rows()) {
            sink.error(forcedError());
            return;
        }
        emitIfFull(sink);
    }

    private void writeRow(ByteBuf cells, int index) throws IOException {
        int position = index;
        for (int i = 0; i < this.columns.length; i++) {
            int first = cells.getUnsignedByte(position);
            if (first == NULL_MARKER) {
                this.starts[i] = -1;
                position++;
                continue;
            }
            long length;
            int header;
            if (first < NULL_MARKER) {
                length = first;
                header = 1;
            } else if (first == 0xFC) {
                length = cells.getUnsignedShortLE(position + 1);
                header = 3;
            } else if (first == 0xFD) {
                length = cells.getUnsignedMediumLE(position + 1);
                header = 4;
            } else {
                length = cells.getLongLE(position + 1);
                header = 9;
            }
            this.starts[i] = position + header;
            this.lengths[i] = Math.toIntExact(length);
            position += header + this.lengths[i];
        }
        if (this.shape == Shape.TUPLES) {
            this.json.writeStartArray();
            for (int i = 0; i < this.columns.length; i++) {
                writeValue(cells, i);
            }
            this.json.writeEndArray();
        } else {
            this.json.writeStartObject();
            for (int k = 0; k < this.names.length; k++) {
                this.json.writeFieldName(this.names[k]);
                writeValue(cells, this.slots[k]);
            }
            this.json.writeEndObject();
        }
    }

    /** singlestore-server.md §2.5, the JSON form of each type (see {@link ColumnTypes#form}). */
    private void writeValue(ByteBuf cells, int column) throws IOException {
        int start = this.starts[column];
        int length = this.lengths[column];
        Form form = this.columns[column].form();
        if (start < 0 || form == Form.NULL) {
            // §2.5: NULL as JSON null
            this.json.writeNull();
            return;
        }
        switch (form) {
            case NUMBER:
                // §2.5: "JSON number, as-is": the engine's own text
                this.json.writeRawValue(cells.toString(start, length, StandardCharsets.US_ASCII));
                break;
            case JSON:
                // §2.5: "embedded JSON value"; JSON null and SQL NULL are then indistinguishable
                this.json.writeRawValue(cells.toString(start, length, StandardCharsets.UTF_8));
                break;
            case BASE64:
                byte[] bytes = new byte[length];
                cells.getBytes(start, bytes);
                // §2.5: "base64 string"
                this.json.writeBinary(bytes);
                break;
            default:
                this.json.writeString(cells.toString(start, length, StandardCharsets.UTF_8));
        }
    }

    private void emitIfFull(SynchronousSink<byte[]> sink) throws IOException {
        this.json.flush();
        if (this.out.size() >= CHUNK) {
            sink.next(this.out.takeAll());
        }
    }

    /**
     * The last chunk. [unverified] a statement without any result set (an INSERT sent to query/tuples) answers one
     * empty entry, as a Go loop over {@code rows.NextResultSet()} that writes the current set first would.
     */
    private byte[] finish() throws IOException {
        if (!this.started) {
            startAnswer();
            this.json.writeStartObject();
            if (this.shape == Shape.TUPLES) {
                this.json.writeArrayFieldStart("columns");
                this.json.writeEndArray();
            }
            this.json.writeArrayFieldStart("rows");
            this.json.writeEndArray();
            this.json.writeEndObject();
        }
        endResult();
        this.json.writeEndArray();
        this.json.writeEndObject();
        this.json.flush();
        return this.out.takeAll();
    }

    private Publisher<byte[]> onError(Throwable error) {
        if (error == CUT) {
            return faultIs(Fault.Kind.STALL) ? Flux.never() : Flux.empty();
        }
        if (!this.started) {
            return Flux.error(error);
        }
        try {
            // singlestore-server.md §2.4: after a 200, the body carries "error": {"code": <int>, "message": <string>}
            endResult();
            this.json.writeEndArray();
            this.json.writeObjectFieldStart("error");
            this.json.writeNumberField("code", errorCode(error));
            this.json.writeStringField("message", errorMessage(error));
            this.json.writeEndObject();
            this.json.writeEndObject();
            this.json.flush();
            return Flux.just(this.out.takeAll());
        } catch (IOException e) {
            return Flux.error(e);
        }
    }

    private static int errorCode(Throwable error) {
        if (error instanceof EngineError) {
            return ((EngineError) error).code();
        }
        return error instanceof R2dbcException ? ((R2dbcException) error).getErrorCode() : 0;
    }

    /** [unverified] the engine's message alone, without the {@code Error <code>} prefix of error bodies. */
    private static String errorMessage(Throwable error) {
        if (error instanceof R2dbcException) {
            return DataApiFailure.serverMessage((R2dbcException) error);
        }
        return String.valueOf(error.getMessage());
    }

    private boolean faultIs(Fault.Kind kind) {
        return this.fault != null && this.fault.is(kind);
    }

    private EngineError forcedError() {
        return new EngineError(this.fault.code(), "HY000", this.fault.text());
    }

    /** The bytes written and not yet sent. */
    private static final class Chunk extends ByteArrayOutputStream {

        Chunk() {
            super(2 * CHUNK);
        }

        byte[] takeAll() {
            byte[] bytes = toByteArray();
            reset();
            return bytes;
        }

        byte[] takeFirst(int length) {
            byte[] bytes = Arrays.copyOf(this.buf, Math.min(length, this.count));
            reset();
            return bytes;
        }
    }
}
