/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import dev.s2r.driver.internal.message.server.RetainedBytes;
import dev.s2r.driver.internal.message.server.ErrorMessage;
import dev.s2r.driver.internal.message.server.OkMessage;
import dev.s2r.driver.internal.message.server.ResultSetEnd;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.internal.message.server.ServerStatus;
import dev.s2r.driver.internal.transport.ExceptionFactory;
import io.netty.buffer.ByteBuf;
import io.r2dbc.spi.R2dbcException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import static dev.s2r.driver.internal.http.ResultsReader.describe;
import static dev.s2r.driver.internal.http.ResultsReader.expect;

/**
 * Decodes the JSON body of one Data API answer, as its chunks arrive, into the server messages a MySQL-protocol
 * response of the same statement would have produced, so that the row layer and the codecs read it unchanged.
 * <p>
 * <b>Use.</b> Create one per response, for the endpoint that answered ({@link #queryTuples()} or {@link #exec()}),
 * call {@link #feed} with each chunk of the body as it arrives and {@link #end} once the body is complete. Each
 * call hands the messages it completed to {@code out}, in order, before it returns: the {@link ResultSetMetadata}
 * once a result's {@code columns} array ends, each row as a text-protocol {@link
 * dev.s2r.driver.internal.message.server.RowMessage} as soon as its array ends, then the end of the result. Calls
 * must not overlap (one thread at a time, as on an event loop). It decodes the bodies of {@code 200} answers only:
 * a failed request's body is bare text (an HTTP status of 400 or more), for the caller to map.
 * <p>
 * <b>Buffers.</b> {@code feed} reads the chunk's readable bytes without moving its indices and keeps no reference to
 * it: the caller still owns it and releases it after the call. Each row the decoder emits is owned by its receiver,
 * which releases it as any row; rows lie in garbage-collected heap blocks shared by consecutive rows (see {@link
 * RowWriter}), so the decoder itself never holds pooled or direct memory, and an answer abandoned half-way leaks
 * nothing. {@link #close()} gives the parser's buffers back early in that case.
 * <p>
 * <b>Results.</b> Every result ends with exactly one {@link ResultSetEnd}, {@link OkMessage} or {@link ErrorMessage}
 * (what {@code SingleStoreResult.endsResult} splits results on), whose status has
 * {@link ServerStatus#MORE_RESULTS_EXISTS} when another result follows, and always {@link ServerStatus#AUTOCOMMIT}
 * (the Data API has no transactions). The end of a result is emitted when the next token tells whether more follow,
 * that is when the next result begins or the {@code results} array is followed by an {@code error} or the end of the
 * body. A result with no {@code columns} ends with an {@link OkMessage} of 0 rows; an empty {@code results} array is
 * one such result. An {@code error} object (which the Data API writes after rows when a statement fails while its
 * rows stream) becomes an {@link ErrorMessage} that takes the place of the last result's end, as an ERR packet cuts a
 * MySQL result short; it ends the answer, and whatever follows it is checked as JSON and ignored. {@code exec}
 * answers {@code {"lastInsertId":..,"rowsAffected":..}} as one {@link OkMessage}.
 * <p>
 * <b>Failures.</b> A body that is not JSON, ends before its JSON does, or has another shape (a proxy's HTML page,
 * {@code results} not an array, a row longer than its columns, a BLOB that is not base64) makes {@code feed} or
 * {@code end} throw an {@link io.r2dbc.spi.R2dbcNonTransientResourceException} with SQLSTATE {@code 08S01}, whose
 * message starts "The Data API answer was malformed" and says how; every later call throws it again. An exception
 * thrown by {@code out} propagates as it is, and also ends the decoding. A
 * {@code dataType} this driver does not know is no failure: its column is text ({@link DataApiTypes}).
 */
public final class DataApiResponseDecoder implements AutoCloseable {

    /**
     * Field names are not interned (JSON columns bring arbitrary keys); strings have no length limit beyond what
     * memory allows, as a LONGTEXT or LONGBLOB value over the MySQL protocol.
     */
    private static final JsonFactory JSON = new JsonFactoryBuilder()
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();

    /** Direct chunks are copied into the parser through a heap window of this size. */
    private static final int WINDOW = 8192;
    private static final int HEAD = 48;
    private static final byte[] NO_BYTES = new byte[0];

    private static final int ROOT = 0;
    private static final int TOP = 1;
    private static final int TOP_VALUE = 2;
    private static final int RESULTS = 3;
    private static final int ERROR = 4;
    private static final int ERROR_VALUE = 5;
    private static final int SKIP = 6;
    private static final int DONE = 7;

    private final boolean exec;
    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private final ResultsReader results;
    /** The fast path through rows, for {@code query/tuples}; {@code null} for {@code exec}. */
    private final RowScanner scanner;
    private boolean scanning;
    /** Where in the body the parser last saw the bracket that opens the rows the scanner reads. */
    private long scanFrom;
    /** What to add to the parser's byte offsets for the body's: the bytes the scanner read, less those it added. */
    private long shift;
    /** Tokens of the scanner's {@link RowScanner#handOver()} still to be read past. */
    private int silent;
    private byte[] window;
    private final byte[] head = new byte[HEAD];
    private int headLength;
    private long fed;
    private boolean tokenSeen;
    private RuntimeException failure;
    private boolean ended;

    private int state = ROOT;
    private String field;
    private int skipDepth;
    private int skipReturn;
    private boolean resultsSeen;
    private boolean errorSeen;
    private long errorCode;
    private String errorText = "";
    private boolean rowsAffectedSeen;
    private long rowsAffected;
    private long lastInsertId;

    private DataApiResponseDecoder(boolean exec, RetainedBytes retained) {
        this.exec = exec;
        try {
            this.parser = JSON.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.feeder = (ByteArrayFeeder) this.parser.getNonBlockingInputFeeder();
        this.results = new ResultsReader(this.parser, retained);
        this.scanner = exec ? null : new RowScanner(this.results.writer(), this.results);
    }

    /** @return a decoder for the body of a {@code query/tuples} answer */
    public static DataApiResponseDecoder queryTuples() {
        return new DataApiResponseDecoder(false, null);
    }

    /**
     * @param retained a counter of the bytes the rows hold until their receiver releases them
     * @return a decoder for the body of a {@code query/tuples} answer whose rows count their bytes
     */
    public static DataApiResponseDecoder queryTuples(RetainedBytes retained) {
        return new DataApiResponseDecoder(false, retained);
    }

    /** @return a decoder for the body of an {@code exec} answer */
    public static DataApiResponseDecoder exec() {
        return new DataApiResponseDecoder(true, null);
    }

    /**
     * Decodes the next chunk of the body.
     *
     * @param chunk the chunk's readable bytes; not retained, released or moved: the caller releases it afterwards
     * @param out   receives each message completed by this chunk, in order
     * @throws io.r2dbc.spi.R2dbcNonTransientResourceException when the body is malformed
     * @throws IllegalStateException after {@link #end}
     */
    public void feed(ByteBuf chunk, Consumer<? super ServerMessage> out) {
        failed();
        int index = chunk.readerIndex();
        int length = chunk.readableBytes();
        try {
            keepHead(chunk, index, length);
            if (chunk.hasArray()) {
                decode(chunk.array(), chunk.arrayOffset() + index, length, out);
                return;
            }
            if (this.window == null) {
                this.window = new byte[WINDOW];
            }
            for (int done = 0; done < length; done += WINDOW) {
                int part = Math.min(WINDOW, length - done);
                chunk.getBytes(index + done, this.window, 0, part);
                decode(this.window, 0, part, out);
            }
        } catch (IOException e) {
            throw fail(malformed(e));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /**
     * Ends the body: emits what the end completes (the end of the last result, or the OK of an {@code exec}).
     *
     * @param out receives the last messages
     * @throws io.r2dbc.spi.R2dbcNonTransientResourceException when the body is empty, cut short or malformed
     * @throws IllegalStateException when called twice
     */
    public void end(Consumer<? super ServerMessage> out) {
        failed();
        try {
            if (this.scanning) {
                this.scanner.stop(this.fed);
                handOver(out);
            }
            this.feeder.endOfInput();
            drain(out);
            if (this.state != DONE) {
                throw malformed(this.fed == 0 || !this.tokenSeen ? "the body is empty"
                    : "the body ended before its JSON did, " + where(), null);
            }
            this.ended = true;
            close();
        } catch (IOException e) {
            // what the bytes fed so far did not fail on fails only for want of the rest: the body was cut short
            throw fail(malformed("the body ended before its JSON did, " + where() + " (" + reason(e) + ")", e));
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    /** Gives the parser's buffers back; for an answer abandoned before its end. Idempotent. */
    @Override
    public void close() {
        try {
            this.parser.close();
        } catch (IOException e) {
            // closing a non-blocking parser releases buffers only; nothing can fail that matters here
        }
    }

    /**
     * Feeds bytes to the parser and reads every token they complete, except the rows that the {@link RowScanner}
     * reads; then feeds it nothing, so that it keeps no reference to {@code bytes} (a pooled chunk's array is reused
     * once the caller releases the chunk). What a token cut by the end of the bytes needs, the parser has copied by
     * then, and the scanner a row. Outside rows, the bytes are fed up to each {@code [} in turn, so that the parser
     * stops right after the one that opens a {@code rows} array, where the scanner takes over.
     */
    private void decode(byte[] bytes, int offset, int length, Consumer<? super ServerMessage> out) throws IOException {
        long at = this.fed - offset;
        this.fed += length;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (this.scanning) {
                i = this.scanner.scan(bytes, i, end, at + i, out);
                if (i == RowScanner.MORE) {
                    break;
                }
                handOver(out);
                continue;
            }
            boolean sliced = this.scanner != null && !this.results.inRows();
            int stop = sliced ? afterBracket(bytes, i, end) : end;
            this.feeder.feedInput(bytes, i, stop);
            drain(out);
            i = stop;
            if (sliced && this.state == RESULTS && this.results.beginScan(this.scanner)) {
                this.scanning = true;
                this.scanFrom = at + i;
            }
        }
        this.feeder.feedInput(NO_BYTES, 0, 0);
    }

    /** @return the index after the first {@code [} of {@code bytes[from, to)}, or {@code to} */
    private static int afterBracket(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '[') {
                return i + 1;
            }
        }
        return to;
    }

    /** Ends the fast path: the parser reads on from where the scanner stopped, in the state it would be in. */
    private void handOver(Consumer<? super ServerMessage> out) throws IOException {
        this.scanning = false;
        byte[] prefix = this.scanner.handOver();
        this.shift += this.scanner.handOverAt() - this.scanFrom - prefix.length;
        this.silent = this.scanner.handOverTokens();
        if (prefix.length > 0) {
            this.feeder.feedInput(prefix, 0, prefix.length);
            drain(out);
        }
        if (this.scanner.carried() > 0) {
            this.feeder.feedInput(this.scanner.carry(), 0, this.scanner.carried());
            this.scanner.reset();
            drain(out);
        }
    }

    private void drain(Consumer<? super ServerMessage> out) throws IOException {
        JsonToken token;
        while ((token = this.parser.nextToken()) != JsonToken.NOT_AVAILABLE && token != null) {
            if (this.silent > 0) {
                this.silent--;
                continue;
            }
            this.tokenSeen = true;
            if (this.state == RESULTS) {
                if (this.results.onToken(token, out)) {
                    this.state = TOP;
                }
            } else {
                onToken(token, out);
            }
        }
    }

    private void onToken(JsonToken token, Consumer<? super ServerMessage> out) throws IOException {
        switch (this.state) {
            case ROOT:
                expect(token == JsonToken.START_OBJECT, "the body is not a JSON object but " + describe(token));
                this.state = TOP;
                break;
            case TOP:
                if (token == JsonToken.END_OBJECT) {
                    finish(out);
                } else {
                    this.field = this.parser.currentName();
                    this.state = TOP_VALUE;
                }
                break;
            case TOP_VALUE:
                onTopValue(token, out);
                break;
            case ERROR:
                if (token == JsonToken.END_OBJECT) {
                    onError(out);
                } else {
                    this.field = this.parser.currentName();
                    this.state = ERROR_VALUE;
                }
                break;
            case ERROR_VALUE:
                onErrorValue(token);
                break;
            case SKIP:
                if (token.isStructStart()) {
                    this.skipDepth++;
                } else if (token.isStructEnd() && --this.skipDepth == 0) {
                    this.state = this.skipReturn;
                }
                break;
            default:
                throw malformed("the body goes on after its JSON object", null);
        }
    }

    private void onTopValue(JsonToken token, Consumer<? super ServerMessage> out) throws IOException {
        String name = this.field;
        if ("error".equals(name) && token != JsonToken.VALUE_NULL) {
            expect(token == JsonToken.START_OBJECT, "\"error\" is " + describe(token) + ", not an object");
            this.state = ERROR;
        } else if (this.exec && ("rowsAffected".equals(name) || "lastInsertId".equals(name))) {
            long value = integer(token, name);
            if ("rowsAffected".equals(name)) {
                this.rowsAffected = value;
                this.rowsAffectedSeen = true;
            } else {
                this.lastInsertId = value;
            }
            this.state = TOP;
        } else if (!this.exec && "results".equals(name) && !this.errorSeen) {
            this.resultsSeen = true;
            if (token == JsonToken.VALUE_NULL) {
                this.state = TOP;
            } else {
                expect(token == JsonToken.START_ARRAY, "\"results\" is " + describe(token)
                    + ", not an array");
                this.state = RESULTS;
            }
        } else {
            skip(token, TOP);
        }
    }

    private void onErrorValue(JsonToken token) throws IOException {
        if ("code".equals(this.field)) {
            expect(token == JsonToken.VALUE_NUMBER_INT
                && this.parser.getNumberType() == JsonParser.NumberType.INT, "\"code\" of the error is "
                + describe(token) + ", not an int");
            this.errorCode = this.parser.getIntValue();
            this.state = ERROR;
        } else if ("message".equals(this.field) && token == JsonToken.VALUE_STRING) {
            this.errorText = this.parser.getText();
            this.state = ERROR;
        } else {
            skip(token, ERROR);
        }
    }

    /** The error ends the answer, in place of the end of the last result. */
    private void onError(Consumer<? super ServerMessage> out) {
        this.results.dropEnd();
        this.errorSeen = true;
        this.state = TOP;
        out.accept(new ErrorMessage((int) this.errorCode, "HY000", this.errorText));
    }

    private void finish(Consumer<? super ServerMessage> out) {
        this.state = DONE;
        if (this.errorSeen) {
            return;
        }
        if (this.exec) {
            expect(this.rowsAffectedSeen, "the exec answer has no \"rowsAffected\"");
            out.accept(new OkMessage(this.rowsAffected, this.lastInsertId, ServerStatus.AUTOCOMMIT, 0));
            return;
        }
        expect(this.resultsSeen, "the query answer has neither \"results\" nor \"error\"");
        this.results.endEmpty(out);
    }

    private void skip(JsonToken token, int returnState) {
        if (token.isStructStart()) {
            this.skipDepth = 1;
            this.skipReturn = returnState;
            this.state = SKIP;
        } else {
            this.state = returnState;
        }
    }

    private long integer(JsonToken token, String name) throws IOException {
        expect(token == JsonToken.VALUE_NUMBER_INT, "\"" + name + "\" is " + describe(token)
            + ", not an integer");
        return this.parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? this.parser.getBigIntegerValue().longValue() : this.parser.getLongValue();
    }

    private String where() {
        switch (this.state) {
            case ROOT:
                return "before it began";
            case RESULTS:
                return "in " + this.results.where();
            case ERROR:
            case ERROR_VALUE:
                return "in its error";
            default:
                return "after " + this.fed + " bytes";
        }
    }

    private void keepHead(ByteBuf chunk, int index, int length) {
        int kept = Math.min(HEAD - this.headLength, length);
        if (kept > 0) {
            chunk.getBytes(index, this.head, this.headLength, kept);
            this.headLength += kept;
        }
    }

    private R2dbcException malformed(IOException e) {
        long at = e instanceof JsonProcessingException && ((JsonProcessingException) e).getLocation() != null
            ? ((JsonProcessingException) e).getLocation().getByteOffset() : -1;
        String how = "invalid JSON" + (at >= 0 ? " at byte " + (at + this.shift) : "") + ", " + where() + ": "
            + reason(e);
        if (!this.tokenSeen) {
            how += "; the body starts with \"" + printable() + "\"";
        }
        return malformed(how, e);
    }

    private static String reason(IOException e) {
        return e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    }

    private static R2dbcException malformed(String how, Throwable cause) {
        return ExceptionFactory.malformedDataApiAnswer(how, cause);
    }

    /** The first bytes of the body, ASCII controls and non-ASCII bytes as {@code ?}. */
    private String printable() {
        StringBuilder text = new StringBuilder(this.headLength);
        for (int i = 0; i < this.headLength; i++) {
            int b = this.head[i];
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return text.toString();
    }

    private void failed() {
        if (this.failure != null) {
            throw this.failure;
        }
        if (this.ended) {
            throw new IllegalStateException("The body of this Data API answer has already ended");
        }
    }

    private RuntimeException fail(RuntimeException e) {
        if (this.failure == null) {
            this.failure = e;
            this.results.reset();
            if (this.scanner != null) {
                this.scanner.reset();
            }
            close();
        }
        return e;
    }
}
