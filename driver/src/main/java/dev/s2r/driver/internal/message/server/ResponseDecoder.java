/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;

/**
 * Decodes the packets of one command's response into {@link ServerMessage}s.
 * <p>
 * MySQL packets carry no type tag that is meaningful on its own: the same first byte means different things
 * depending on the command that was sent and on how far its response has come. Each exchange therefore owns one
 * decoder, created with the {@link Mode} of its command, and the connection hands every packet to the decoder of
 * the exchange at the head of its in-flight queue. This keeps decoding correct when several commands are in
 * flight (pipelining).
 * <p>
 * Ownership: {@link #decode} never releases the payload; it returns {@code null} for packets that produce no
 * message, and a {@link RowMessage} that owns a retained slice of the payload for rows.
 */
public final class ResponseDecoder {

    /**
     * The kind of response a command produces.
     */
    public enum Mode {
        /** The server greeting, then the authentication exchange until OK or ERR. */
        LOGIN,
        /** An OK or ERR (ping, reset connection, init db, set option). */
        SIMPLE,
        /** One or more results of {@code COM_QUERY}: OK, ERR, local-infile request, or text result sets. */
        TEXT_RESULT,
        /** One or more results of {@code COM_STMT_EXECUTE}: OK, ERR, or binary result sets. */
        BINARY_RESULT,
        /** The answer to {@code COM_STMT_PREPARE}. */
        PREPARE
    }

    private enum State {
        START, COLUMNS, COLUMNS_EOF, ROWS, PREPARE_PARAMS, PREPARE_PARAMS_EOF, PREPARE_COLUMNS, PREPARE_COLUMNS_EOF,
        DONE
    }

    private static final int OK = 0x00;
    private static final int AUTH_MORE_DATA = 0x01;
    private static final int LOCAL_INFILE = 0xFB;
    private static final int EOF = 0xFE;
    private static final int ERR = 0xFF;
    private static final int MAX_PACKET = 0xFFFFFF;

    private final Mode mode;
    private final boolean deprecateEof;
    private final RetainedBytes retainedBytes;
    private InboundView inboundView;
    private State state = State.START;
    private boolean greeted;
    private final ColumnCache columnCache;
    private final boolean cacheMetadata;
    private final StatementColumns statementColumns;
    private ColumnDefinition[] columns;
    private int columnIndex;
    private long statementId;
    private int parameterCount;
    private int prepareWarnings;

    /**
     * @param mode         the kind of response
     * @param deprecateEof whether {@code CLIENT_DEPRECATE_EOF} was negotiated (no EOF after column definitions,
     *                     an OK with the EOF header ends result sets)
     */
    public ResponseDecoder(Mode mode, boolean deprecateEof) {
        this(mode, deprecateEof, null);
    }

    /**
     * @param mode          the kind of response
     * @param deprecateEof  whether {@code CLIENT_DEPRECATE_EOF} was negotiated
     * @param retainedBytes a counter of the bytes that decoded rows hold until released, or {@code null}
     */
    public ResponseDecoder(Mode mode, boolean deprecateEof, RetainedBytes retainedBytes) {
        this(mode, deprecateEof, retainedBytes, null);
    }

    /**
     * @param mode          the kind of response
     * @param deprecateEof  whether {@code CLIENT_DEPRECATE_EOF} was negotiated
     * @param retainedBytes a counter of the bytes that decoded rows hold until released, or {@code null}
     * @param columnCache   the connection's column definitions of previous results, or {@code null}
     */
    public ResponseDecoder(Mode mode, boolean deprecateEof, RetainedBytes retainedBytes,
                           ColumnCache columnCache) {
        this(mode, deprecateEof, retainedBytes, columnCache, false, null);
    }

    /**
     * @param mode             the kind of response
     * @param deprecateEof     whether {@code CLIENT_DEPRECATE_EOF} was negotiated
     * @param retainedBytes    a counter of the bytes that decoded rows hold until released, or {@code null}
     * @param columnCache      the connection's column definitions of previous results, or {@code null}
     * @param cacheMetadata    whether MariaDB's {@code MARIADB_CLIENT_CACHE_METADATA} was negotiated: the column
     *                         count of a binary result is then followed by a "metadata follows" byte
     * @param statementColumns the executed statement's last announced columns, used when the server skips them; or
     *                         {@code null}
     */
    public ResponseDecoder(Mode mode, boolean deprecateEof, RetainedBytes retainedBytes,
                           ColumnCache columnCache, boolean cacheMetadata, StatementColumns statementColumns) {
        this.mode = mode;
        this.deprecateEof = deprecateEof;
        this.retainedBytes = retainedBytes;
        this.columnCache = columnCache;
        this.cacheMetadata = cacheMetadata && mode == Mode.BINARY_RESULT;
        this.statementColumns = statementColumns;
    }

    /**
     * @param view the window over the framer's input through which rows read their cells, or {@code null}
     * @return this decoder
     */
    public ResponseDecoder inboundView(InboundView view) {
        this.inboundView = view;
        return this;
    }

    public Mode getMode() {
        return this.mode;
    }

    /**
     * @return whether the response is complete: the exchange expects no further packet
     */
    public boolean isDone() {
        return this.state == State.DONE;
    }

    /**
     * @param buffer a buffer holding a packet payload
     * @param index  the index of the payload's first byte
     * @param length the payload's length
     * @return whether it is a row of the result set being read (not its end, nor an error), which the caller may then
     * consume itself instead of {@linkplain #decode decoding} it into a {@link RowMessage}
     */
    public boolean isRow(ByteBuf buffer, int index, int length) {
        if (this.state != State.ROWS || length == 0) {
            return false;
        }
        int header = buffer.getUnsignedByte(index);
        return header != ERR && !(header == EOF && isTerminator(length));
    }

    /** @return whether the rows of this response are binary-protocol rows */
    public boolean isBinaryRows() {
        return this.mode == Mode.BINARY_RESULT;
    }

    /**
     * Decodes one packet payload.
     *
     * @param payload the payload: a returned {@link RowMessage} takes it over (the caller must not release it then,
     *                releasing the message releases it); otherwise it stays the caller's to release
     * @param discard {@code true} when the receiver has cancelled: rows are skipped without being retained
     * @return the message, or {@code null} when the packet yields none (a column definition before the last, an
     * intermediate EOF, or a skipped row)
     * @throws IllegalStateException when the packet is malformed or unexpected in the current state
     */
    public ServerMessage decode(ByteBuf payload, boolean discard) {
        if (!payload.isReadable()) {
            throw new IllegalStateException("Empty packet in state " + this.state + " of a " + this.mode + " response");
        }
        try {
            switch (this.state) {
                case START:
                    return start(payload);
                case COLUMNS:
                    return column(payload);
                case COLUMNS_EOF:
                    expectEof(payload);
                    this.state = State.ROWS;
                    return metadata();
                case ROWS:
                    return row(payload, discard);
                case PREPARE_PARAMS:
                    return prepareParameter(payload);
                case PREPARE_PARAMS_EOF:
                    expectEof(payload);
                    return afterParameters();
                case PREPARE_COLUMNS:
                    return prepareColumn(payload);
                case PREPARE_COLUMNS_EOF:
                    expectEof(payload);
                    return prepareComplete();
                default:
                    throw new IllegalStateException("Unexpected packet after the end of a " + this.mode + " response");
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalStateException("Malformed packet in state " + this.state + " of a " + this.mode
                + " response: " + e.getMessage(), e);
        }
    }

    private ServerMessage start(ByteBuf payload) {
        int header = payload.getUnsignedByte(payload.readerIndex());
        if (header == ERR) {
            this.state = State.DONE;
            return ErrorMessage.decode(payload);
        }
        switch (this.mode) {
            case LOGIN:
                return login(payload, header);
            case SIMPLE:
                return simple(payload, header);
            case PREPARE:
                return prepareOk(payload, header);
            default:
                return resultStart(payload, header);
        }
    }

    private ServerMessage login(ByteBuf payload, int header) {
        if (!this.greeted) {
            this.greeted = true;
            return HandshakeV10.decode(payload);
        }
        switch (header) {
            case OK:
                this.state = State.DONE;
                return OkMessage.decode(payload);
            case EOF:
                return AuthSwitchRequest.decode(payload);
            case AUTH_MORE_DATA:
                return AuthMoreData.decode(payload);
            default:
                throw new IllegalStateException("Unexpected packet 0x" + Integer.toHexString(header)
                    + " during authentication");
        }
    }

    private ServerMessage simple(ByteBuf payload, int header) {
        if (header != OK && header != EOF) {
            throw new IllegalStateException("Expected OK, got packet 0x" + Integer.toHexString(header));
        }
        this.state = State.DONE;
        return OkMessage.decode(payload);
    }

    private ServerMessage resultStart(ByteBuf payload, int header) {
        if (header == OK) {
            OkMessage ok = OkMessage.decode(payload);
            this.state = ok.hasMoreResults() ? State.START : State.DONE;
            return ok;
        }
        if (header == LOCAL_INFILE && this.mode == Mode.TEXT_RESULT) {
            return LocalInfileRequest.decode(payload);
        }
        long count = LengthEncoded.readLength(payload);
        if (count <= 0 || count > 4096) {
            throw new IllegalStateException("Invalid column count " + count);
        }
        if (this.cacheMetadata && payload.isReadable() && payload.readByte() == 0) {
            return skippedColumns((int) count);
        }
        this.columns = new ColumnDefinition[(int) count];
        this.columnIndex = 0;
        this.state = State.COLUMNS;
        return null;
    }

    /** The server did not send the columns again: they are the statement's last announced ones. */
    private ServerMessage skippedColumns(int count) {
        ColumnDefinition[] known = this.statementColumns == null ? null : this.statementColumns.get();
        if (known == null || known.length != count) {
            throw new IllegalStateException("The server skipped the metadata of " + count + " columns that the "
                + "driver does not know");
        }
        this.columns = known;
        if (this.deprecateEof) {
            this.state = State.ROWS;
            return metadata();
        }
        this.state = State.COLUMNS_EOF;
        return null;
    }

    private ServerMessage column(ByteBuf payload) {
        int index = this.columnIndex++;
        this.columns[index] = this.columnCache != null ? this.columnCache.definition(index, payload)
            : ColumnDefinition.decode(payload);
        if (this.columnIndex < this.columns.length) {
            return null;
        }
        if (this.deprecateEof) {
            this.state = State.ROWS;
            return metadata();
        }
        this.state = State.COLUMNS_EOF;
        return null;
    }

    private ResultSetMetadata metadata() {
        ColumnDefinition[] result = this.columnCache != null ? this.columnCache.columns(this.columns) : this.columns;
        if (this.statementColumns != null && this.mode == Mode.BINARY_RESULT) {
            this.statementColumns.set(result);
        }
        return new ResultSetMetadata(result, this.mode == Mode.BINARY_RESULT);
    }

    private ServerMessage row(ByteBuf payload, boolean discard) {
        int header = payload.getUnsignedByte(payload.readerIndex());
        if (header == EOF && isTerminator(payload.readableBytes())) {
            ResultSetEnd end = decodeEnd(payload);
            this.state = end.hasMoreResults() ? State.START : State.DONE;
            return end;
        }
        if (header == ERR) {
            this.state = State.DONE;
            return ErrorMessage.decode(payload);
        }
        if (discard) {
            return null;
        }
        return new RowMessage(payload, this.mode == Mode.BINARY_RESULT, this.retainedBytes, this.inboundView);
    }

    private boolean isTerminator(int length) {
        if (this.mode == Mode.BINARY_RESULT) {
            return true;
        }
        return this.deprecateEof ? length < MAX_PACKET : length < 9;
    }

    private ResultSetEnd decodeEnd(ByteBuf payload) {
        if (payload.readableBytes() < 9 && !this.deprecateEof) {
            payload.skipBytes(1);
            int warnings = payload.readableBytes() >= 2 ? payload.readUnsignedShortLE() : 0;
            int status = payload.readableBytes() >= 2 ? payload.readUnsignedShortLE() : 0;
            return new ResultSetEnd(status, warnings);
        }
        OkMessage ok = OkMessage.decode(payload);
        return new ResultSetEnd(ok.getStatus(), ok.getWarnings());
    }

    private void expectEof(ByteBuf payload) {
        int header = payload.getUnsignedByte(payload.readerIndex());
        if (header != EOF) {
            throw new IllegalStateException("Expected EOF packet, got 0x" + Integer.toHexString(header));
        }
    }

    private ServerMessage prepareOk(ByteBuf payload, int header) {
        if (header != OK) {
            throw new IllegalStateException("Expected COM_STMT_PREPARE_OK, got 0x" + Integer.toHexString(header));
        }
        payload.skipBytes(1);
        this.statementId = payload.readUnsignedIntLE();
        int columnCount = payload.readUnsignedShortLE();
        this.parameterCount = payload.readUnsignedShortLE();
        if (payload.readableBytes() >= 3) {
            payload.skipBytes(1);
            this.prepareWarnings = payload.readUnsignedShortLE();
        }
        this.columns = new ColumnDefinition[columnCount];
        this.columnIndex = 0;
        if (this.parameterCount > 0) {
            this.state = State.PREPARE_PARAMS;
            return null;
        }
        return afterParameters();
    }

    private ServerMessage prepareParameter(ByteBuf payload) {
        ColumnDefinition.decode(payload);
        if (++this.columnIndex < this.parameterCount) {
            return null;
        }
        this.columnIndex = 0;
        if (this.deprecateEof) {
            return afterParameters();
        }
        this.state = State.PREPARE_PARAMS_EOF;
        return null;
    }

    private ServerMessage afterParameters() {
        if (this.columns.length == 0) {
            return prepareComplete();
        }
        this.state = State.PREPARE_COLUMNS;
        return null;
    }

    private ServerMessage prepareColumn(ByteBuf payload) {
        this.columns[this.columnIndex++] = ColumnDefinition.decode(payload);
        if (this.columnIndex < this.columns.length) {
            return null;
        }
        if (this.deprecateEof) {
            return prepareComplete();
        }
        this.state = State.PREPARE_COLUMNS_EOF;
        return null;
    }

    private PrepareComplete prepareComplete() {
        this.state = State.DONE;
        return new PrepareComplete(this.statementId, this.parameterCount, this.columns, this.prepareWarnings);
    }

    /**
     * Releases a decoded message if it holds a buffer.
     *
     * @param message the message, may be {@code null}
     */
    public static void release(ServerMessage message) {
        ReferenceCountUtil.release(message);
    }

    /**
     * @param payload a packet that belongs to no exchange
     * @return {@code [code] message} when it is an error packet, {@code null} otherwise
     */
    public static String describeError(ByteBuf payload) {
        if (!payload.isReadable() || payload.getUnsignedByte(payload.readerIndex()) != 0xFF) {
            return null;
        }
        try {
            ErrorMessage error = (ErrorMessage) new ResponseDecoder(Mode.SIMPLE, false).decode(payload, false);
            return "[" + error.getCode() + "] " + error.getMessage();
        } catch (RuntimeException e) {
            return "unreadable error packet";
        }
    }
}
