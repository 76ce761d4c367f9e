/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.test.Decoding;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ResponseDecoder.Mode;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests for {@link ResponseDecoder}.
 * <p>
 * Every packet is built byte by byte from the protocol definition. Payloads come from the pooled allocator so that
 * Netty's leak detector tracks them; {@link #feed} releases the payload after decoding (as the connection does) and
 * row messages are released after each test.
 */
final class ResponseDecoderTests {

    private static final int MORE_RESULTS = ServerStatus.MORE_RESULTS_EXISTS;
    private static final int AUTOCOMMIT = ServerStatus.AUTOCOMMIT;

    private static final byte[] SEED = {
        0x21, 0x3a, 0x55, 0x6f, 0x70, 0x12, 0x7e, 0x41, 0x2c, 0x39,
        0x4d, 0x5b, 0x66, 0x01, 0x7f, 0x33, 0x48, 0x27, 0x5e, 0x62
    };

    private final List<ServerMessage> decoded = new ArrayList<>();

    @AfterEach
    void releaseDecodedMessages() {
        this.decoded.forEach(ResponseDecoder::release);
    }

    // ---------------------------------------------------------------------------------------------------------
    // LOGIN

    @Test
    void loginDecodesMySqlGreetingWithTwentyByteSeedAndPlugin() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);

        HandshakeV10 greeting = (HandshakeV10) feed(decoder, mySqlGreeting(0));

        assertThat(greeting.getServerVersion()).isEqualTo("8.0.36");
        assertThat(greeting.getConnectionId()).isEqualTo(0x01020304L);
        assertThat(greeting.getSeed()).containsExactly(SEED);
        assertThat(greeting.getCapabilities()).isEqualTo(0xDFFFFFFFL);
        assertThat(greeting.getCollation()).isEqualTo(255);
        assertThat(greeting.getStatus()).isEqualTo(AUTOCOMMIT);
        assertThat(greeting.getAuthPluginName()).isEqualTo("caching_sha2_password");
        assertThat(decoder.isDone()).isFalse();
    }

    @Test
    void loginIgnoresReservedBytesAsCapabilitiesWhenServerSetsClientMysql() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);

        HandshakeV10 greeting = (HandshakeV10) feed(decoder, mySqlGreeting(0x0000001F));

        assertThat(greeting.getCapabilities()).isEqualTo(0xDFFFFFFFL);
    }

    @Test
    void loginDecodesMariaDbGreetingWithExtendedCapabilitiesInUpperBits() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);
        ByteBuf greeting = Packet.create()
            .u8(10)
            .nul("5.5.5-10.11.6-MariaDB-log")
            .u32(77)
            .bytes(SEED, 0, 8)
            .u8(0)
            .u16(0xF7FE)                // CLIENT_MYSQL (bit 0) clear: MariaDB server
            .u8(45)
            .u16(AUTOCOMMIT)
            .u16(0x81BF)
            .u8(21)
            .zeros(6)
            .u32(0x0000001DL)           // MariaDB extended capabilities
            .bytes(SEED, 8, 12)
            .u8(0)
            .nul("mysql_native_password")
            .build();

        HandshakeV10 decoded = (HandshakeV10) feed(decoder, greeting);

        assertThat(decoded.getServerVersion()).isEqualTo("5.5.5-10.11.6-MariaDB-log");
        assertThat(decoded.getConnectionId()).isEqualTo(77);
        assertThat(decoded.getCapabilities()).isEqualTo(0x81BFF7FEL | (0x1DL << 32));
        assertThat(decoded.getCollation()).isEqualTo(45);
        assertThat(decoded.getSeed()).containsExactly(SEED);
        assertThat(decoded.getAuthPluginName()).isEqualTo("mysql_native_password");
    }

    @Test
    void loginDecodesMinimalGreetingWithEightByteSeedAndNativePasswordDefault() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);
        ByteBuf greeting = Packet.create()
            .u8(10)
            .nul("5.0.96")
            .u32(5)
            .bytes(SEED, 0, 8)
            .u8(0)
            .u16(0x0200)
            .build();

        HandshakeV10 decoded = (HandshakeV10) feed(decoder, greeting);

        assertThat(decoded.getSeed()).containsExactly(Arrays.copyOf(SEED, 8));
        assertThat(decoded.getCapabilities()).isEqualTo(0x0200);
        assertThat(decoded.getAuthPluginName()).isEqualTo("mysql_native_password");
    }

    @Test
    void loginRejectsGreetingWithProtocolVersionOtherThanTen() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(9, '4', '.', '1', 0)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("protocol version 9");
    }

    @Test
    void loginDecodesOkAfterGreetingAndCompletes() {
        ResponseDecoder decoder = greeted();

        OkMessage ok = (OkMessage) feed(decoder, Packet.of(0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00));

        assertThat(ok).isEqualTo(new OkMessage(0, 0, AUTOCOMMIT, 0));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void loginDecodesErrWithSqlStateAndCompletes() {
        ResponseDecoder decoder = greeted();

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1045).ascii("#28000").ascii("Access denied for user 'u'@'h'").build());

        assertThat(error).isEqualTo(new ErrorMessage(1045, "28000", "Access denied for user 'u'@'h'"));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void loginDecodesErrSentInsteadOfGreetingWithDefaultSqlState() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1040).ascii("Too many connections").build());

        assertThat(error).isEqualTo(new ErrorMessage(1040, "HY000", "Too many connections"));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void loginDecodesAuthSwitchRequestWithoutTrailingNulOfTheSeed() {
        ResponseDecoder decoder = greeted();

        AuthSwitchRequest request = (AuthSwitchRequest) feed(decoder, Packet.create()
            .u8(0xFE).nul("mysql_native_password").bytes(SEED, 0, 20).u8(0).build());

        assertThat(request.getPluginName()).isEqualTo("mysql_native_password");
        assertThat(request.getData()).containsExactly(SEED);
        assertThat(decoder.isDone()).isFalse();
    }

    @Test
    void loginKeepsTheRawAuthSwitchDataForPluginsWhoseDataIsBinary() {
        ResponseDecoder decoder = greeted();
        byte[] nonceEndingInZero = new byte[32];
        java.util.Arrays.fill(nonceEndingInZero, 0, 31, (byte) 0x5A);

        AuthSwitchRequest request = (AuthSwitchRequest) feed(decoder, Packet.create()
            .u8(0xFE).nul("client_ed25519").bytes(nonceEndingInZero, 0, 32).build());

        assertThat(request.getPluginName()).isEqualTo("client_ed25519");
        assertThat(request.getRawData()).containsExactly(nonceEndingInZero);
        assertThat(request.getData()).hasSize(31);
    }

    @Test
    void loginDecodesAuthSwitchRequestWithoutPluginData() {
        ResponseDecoder decoder = greeted();

        AuthSwitchRequest request = (AuthSwitchRequest) feed(decoder, Packet.create()
            .u8(0xFE).nul("mysql_clear_password").build());

        assertThat(request.getPluginName()).isEqualTo("mysql_clear_password");
        assertThat(request.getData()).isEmpty();
    }

    @Test
    void loginDecodesAuthMoreDataFastAuthResult() {
        ResponseDecoder decoder = greeted();

        AuthMoreData more = (AuthMoreData) feed(decoder, Packet.of(0x01, 0x03));

        assertThat(more.getData()).containsExactly(0x03);
        assertThat(decoder.isDone()).isFalse();
    }

    @Test
    void loginDecodesAuthMoreDataCarryingPublicKey() {
        ResponseDecoder decoder = greeted();
        String pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBg==\n-----END PUBLIC KEY-----\n";

        AuthMoreData more = (AuthMoreData) feed(decoder, Packet.create().u8(0x01).ascii(pem).build());

        assertThat(new String(more.getData(), StandardCharsets.US_ASCII)).isEqualTo(pem);
    }

    @Test
    void loginRejectsUnknownPacketDuringAuthentication() {
        ResponseDecoder decoder = greeted();

        assertThatThrownBy(() -> feed(decoder, Packet.of(0x02, 0x00)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("0x2");
    }

    // ---------------------------------------------------------------------------------------------------------
    // SIMPLE

    @Test
    void simpleDecodesOkAndCompletes() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.SIMPLE, false);

        OkMessage ok = (OkMessage) feed(decoder, Packet.of(0x00, 0x00, 0x00, 0x02, 0x40, 0x01, 0x00));

        assertThat(ok).isEqualTo(new OkMessage(0, 0, 0x4002, 1));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void simpleDecodesErrAndCompletes() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.SIMPLE, false);

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1049).ascii("#42000").ascii("Unknown database 'nope'").build());

        assertThat(error).isEqualTo(new ErrorMessage(1049, "42000", "Unknown database 'nope'"));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void simpleRejectsPacketThatIsNeitherOkNorErr() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.SIMPLE, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(0x01)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Expected OK");
    }

    @Test
    void simpleRejectsAnyPacketAfterCompletion() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.SIMPLE, false);
        feed(decoder, ok(0, 0, AUTOCOMMIT, 0));

        assertThatThrownBy(() -> feed(decoder, ok(0, 0, AUTOCOMMIT, 0)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("after the end");
    }

    @Test
    void emptyPacketIsRejected() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.SIMPLE, false);

        assertThatThrownBy(() -> feed(decoder, Packet.create().build()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Empty packet");
    }

    // ---------------------------------------------------------------------------------------------------------
    // TEXT_RESULT

    @Test
    void textResultDecodesOkWithAffectedRowsLastInsertIdStatusAndWarnings() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);
        ByteBuf ok = Packet.create()
            .u8(0x00)
            .lenenc(3)
            .lenenc(300)                // 0xFC 0x2C 0x01
            .u16(AUTOCOMMIT | ServerStatus.IN_TRANSACTION)
            .u16(2)
            .build();

        OkMessage message = (OkMessage) feed(decoder, ok);

        assertThat(message.getAffectedRows()).isEqualTo(3);
        assertThat(message.getLastInsertId()).isEqualTo(300);
        assertThat(message.getStatus()).isEqualTo(0x0003);
        assertThat(message.getWarnings()).isEqualTo(2);
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultDecodesEightByteLengthEncodedAffectedRows() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        OkMessage message = (OkMessage) feed(decoder, ok(0x1_0000_0000L, 0x1_0000L, AUTOCOMMIT, 0));

        assertThat(message.getAffectedRows()).isEqualTo(0x1_0000_0000L);
        assertThat(message.getLastInsertId()).isEqualTo(0x1_0000L);
    }

    @Test
    void textResultDecodesResultSetWithClassicEofs() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        assertThat(feed(decoder, Packet.of(0x02))).isNull();
        assertThat(feed(decoder, column("id", DataTypes.LONG, DataTypes.FLAG_NOT_NULL, 63))).isNull();
        assertThat(feed(decoder, column("name", DataTypes.VAR_STRING, 0, 45))).isNull();
        ResultSetMetadata metadata = (ResultSetMetadata) feed(decoder, eof(0, AUTOCOMMIT));
        RowMessage first = (RowMessage) feed(decoder, textRow("1", "abc"));
        RowMessage second = (RowMessage) feed(decoder, textRow("2", null));
        ResultSetEnd end = (ResultSetEnd) feed(decoder, eof(1, AUTOCOMMIT));

        assertThat(metadata.isBinary()).isFalse();
        assertThat(metadata.getColumns()).extracting(ColumnDefinition::getName).containsExactly("id", "name");
        assertThat(metadata.columns()[0].getType()).isEqualTo(DataTypes.LONG);
        assertThat(metadata.columns()[1].getCharset()).isEqualTo(45);
        assertThat(first.isBinary()).isFalse();
        assertThat(ByteBufUtil.getBytes(first.payload())).containsExactly(1, '1', 3, 'a', 'b', 'c');
        assertThat(ByteBufUtil.getBytes(second.payload())).containsExactly(1, '2', 0xFB);
        assertThat(end).isEqualTo(new ResultSetEnd(AUTOCOMMIT, 1));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultWithDeprecateEofDeliversMetadataAfterLastColumnAndEndsOnOkWithEofHeader() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, true);

        assertThat(feed(decoder, Packet.of(0x02))).isNull();
        assertThat(feed(decoder, column("a", DataTypes.LONGLONG, 0, 63))).isNull();
        ResultSetMetadata metadata = (ResultSetMetadata) feed(decoder, column("b", DataTypes.VAR_STRING, 0, 45));
        RowMessage row = (RowMessage) feed(decoder, textRow("7", "x"));
        ResultSetEnd end = (ResultSetEnd) feed(decoder, Packet.of(0xFE, 0x00, 0x00, 0x22, 0x00, 0x03, 0x00));

        assertThat(metadata.getColumns()).extracting(ColumnDefinition::getName).containsExactly("a", "b");
        assertThat(ByteBufUtil.getBytes(row.payload())).containsExactly(1, '7', 1, 'x');
        assertThat(end).isEqualTo(new ResultSetEnd(0x0022, 3));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void aTextResultRowTakesThePacketOverUntilReleased() {
        ResponseDecoder decoder = textResultAtRows(false);
        ByteBuf payload = textRow("42");

        RowMessage row = (RowMessage) decoder.decode(payload, false);
        assertThat(row.payload()).isSameAs(payload);
        assertThat(payload.refCnt()).isEqualTo(1);
        assertThat(ByteBufUtil.getBytes(row.payload())).containsExactly(2, '4', '2');

        row.release();
        assertThat(payload.refCnt()).isZero();
    }

    @Test
    void aRowCountsItsBytesAsRetainedUntilReleased() {
        RetainedBytes retained = new RetainedBytes(null);
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, true, retained);
        feed(decoder, Packet.of(0x01));
        feed(decoder, column("c", DataTypes.LONG_BLOB, 0, 63));
        RowMessage row = (RowMessage) decoder.decode(textRow("42"), false);

        assertThat(retained.sum()).isEqualTo(3);
        row.release();
        assertThat(retained.sum()).isZero();
    }

    @Test
    void textResultDecodesMultipleResultsWhileMoreResultsExists() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        OkMessage first = (OkMessage) feed(decoder, ok(1, 0, AUTOCOMMIT | MORE_RESULTS, 0));
        assertThat(first.hasMoreResults()).isTrue();
        assertThat(decoder.isDone()).isFalse();

        assertThat(feed(decoder, Packet.of(0x01))).isNull();
        assertThat(feed(decoder, column("c", DataTypes.LONG, 0, 63))).isNull();
        assertThat(feed(decoder, eof(0, AUTOCOMMIT | MORE_RESULTS))).isInstanceOf(ResultSetMetadata.class);
        assertThat(feed(decoder, textRow("9"))).isInstanceOf(RowMessage.class);
        ResultSetEnd end = (ResultSetEnd) feed(decoder, eof(0, AUTOCOMMIT | MORE_RESULTS));
        assertThat(end.hasMoreResults()).isTrue();
        assertThat(decoder.isDone()).isFalse();

        OkMessage last = (OkMessage) feed(decoder, ok(0, 0, AUTOCOMMIT, 0));
        assertThat(last.hasMoreResults()).isFalse();
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultWithDeprecateEofDecodesSecondResultSetAfterOkAsEofWithMoreResults() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, true);
        feed(decoder, Packet.of(0x01));
        feed(decoder, column("c", DataTypes.LONG, 0, 63));
        ResultSetEnd end = (ResultSetEnd) feed(decoder, okAsEof(AUTOCOMMIT | MORE_RESULTS, 0));
        assertThat(end.hasMoreResults()).isTrue();

        assertThat(feed(decoder, Packet.of(0x01))).isNull();
        ResultSetMetadata second = (ResultSetMetadata) feed(decoder, column("d", DataTypes.LONG, 0, 63));
        assertThat(feed(decoder, okAsEof(AUTOCOMMIT, 0))).isEqualTo(new ResultSetEnd(AUTOCOMMIT, 0));

        assertThat(second.getColumns()).extracting(ColumnDefinition::getName).containsExactly("d");
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultDecodesErrInTheMiddleOfRowsAndCompletes() {
        ResponseDecoder decoder = textResultAtRows(false);
        assertThat(feed(decoder, textRow("1"))).isInstanceOf(RowMessage.class);

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1317).ascii("#70100").ascii("Query execution was interrupted").build());

        assertThat(error).isEqualTo(new ErrorMessage(1317, "70100", "Query execution was interrupted"));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultDecodesErrInsteadOfResult() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1064).ascii("#42000").ascii("You have an error").build());

        assertThat(error.getCode()).isEqualTo(1064);
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultWithDeprecateEofTakesRowOfAtLeast16MiBStartingWithEofByteForARow() {
        ResponseDecoder decoder = textResultAtRows(true);
        // first column of exactly 2^24 bytes: its length needs the 0xFE + 8-byte length-encoded form
        ByteBuf payload = hugeTextRow(1 << 24);
        assertThat((int) payload.getUnsignedByte(0)).isEqualTo(0xFE);
        assertThat(payload.readableBytes()).isGreaterThan(0xFFFFFF);

        ServerMessage message = feed(decoder, payload);

        assertThat(message).isInstanceOf(RowMessage.class);
        assertThat(((RowMessage) message).payload().readableBytes()).isEqualTo(9 + (1 << 24));
        assertThat(decoder.isDone()).isFalse();
    }

    @Test
    void textResultWithDeprecateEofTakesEofBytePacketOfExactly0xFFFFFFBytesForARow() {
        ResponseDecoder decoder = textResultAtRows(true);
        ByteBuf payload = hugeTextRow(0xFFFFFF - 9);
        assertThat(payload.readableBytes()).isEqualTo(0xFFFFFF);

        assertThat(feed(decoder, payload)).isInstanceOf(RowMessage.class);
        assertThat(feed(decoder, okAsEof(AUTOCOMMIT, 0))).isInstanceOf(ResultSetEnd.class);
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultWithClassicEofTakesEofBytePacketOfNineBytesOrMoreForARow() {
        ResponseDecoder decoder = textResultAtRows(false);
        ByteBuf payload = Packet.create().u8(0xFE).u64(0).build();

        assertThat(feed(decoder, payload)).isInstanceOf(RowMessage.class);
        assertThat(decoder.isDone()).isFalse();
    }

    @Test
    void textResultDecodesLocalInfileRequestAndThenTheFinalOk() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        LocalInfileRequest request = (LocalInfileRequest) feed(decoder,
            Packet.create().u8(0xFB).ascii("/tmp/data.csv").build());
        assertThat(request.getFileName()).isEqualTo("/tmp/data.csv");
        assertThat(decoder.isDone()).isFalse();

        OkMessage ok = (OkMessage) feed(decoder, ok(3, 0, AUTOCOMMIT, 0));
        assertThat(ok.getAffectedRows()).isEqualTo(3);
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void textResultRejectsColumnCountAbove4096() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        assertThatThrownBy(() -> feed(decoder, Packet.create().lenenc(4097).build()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Invalid column count 4097");
    }

    @Test
    void textResultRejectsMissingEofAfterColumnsWithoutDeprecateEof() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);
        feed(decoder, Packet.of(0x01));
        feed(decoder, column("c", DataTypes.LONG, 0, 63));

        assertThatThrownBy(() -> feed(decoder, textRow("1")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Expected EOF");
    }

    // ---------------------------------------------------------------------------------------------------------
    // BINARY_RESULT

    @Test
    void binaryResultDecodesBinaryRowsAndEndsOnEof() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, false);

        assertThat(feed(decoder, Packet.of(0x01))).isNull();
        assertThat(feed(decoder, column("n", DataTypes.LONG, 0, 63))).isNull();
        ResultSetMetadata metadata = (ResultSetMetadata) feed(decoder, eof(0, AUTOCOMMIT));
        RowMessage row = (RowMessage) feed(decoder, Packet.of(0x00, 0x00, 0x2A, 0x00, 0x00, 0x00));
        ResultSetEnd end = (ResultSetEnd) feed(decoder, eof(0, AUTOCOMMIT));

        assertThat(metadata.isBinary()).isTrue();
        assertThat(row.isBinary()).isTrue();
        assertThat(ByteBufUtil.getBytes(row.payload())).containsExactly(0x00, 0x00, 0x2A, 0x00, 0x00, 0x00);
        assertThat(end).isEqualTo(new ResultSetEnd(AUTOCOMMIT, 0));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void binaryResultWithDeprecateEofEndsOnOkWithEofHeader() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, true);
        feed(decoder, Packet.of(0x01));
        assertThat(feed(decoder, column("n", DataTypes.LONG, 0, 63))).isInstanceOf(ResultSetMetadata.class);
        assertThat(feed(decoder, Packet.of(0x00, 0x00, 0x01, 0x00, 0x00, 0x00))).isInstanceOf(RowMessage.class);

        ResultSetEnd end = (ResultSetEnd) feed(decoder, okAsEof(AUTOCOMMIT, 4));

        assertThat(end).isEqualTo(new ResultSetEnd(AUTOCOMMIT, 4));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void withMetadataCachingASkippedColumnListIsTheStatementsKnownOne() {
        ColumnDefinition known = decodeColumn(column("n", DataTypes.LONG, 0, 63));
        StatementColumns columns = new StatementColumns(new ColumnDefinition[]{known});
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, true, null, null, true, columns);

        ResultSetMetadata metadata = (ResultSetMetadata) feed(decoder, Packet.of(0x01, 0x00));

        assertThat(metadata.columns()).containsExactly(known);
        assertThat(feed(decoder, Packet.of(0x00, 0x00, 0x2A, 0x00, 0x00, 0x00))).isInstanceOf(RowMessage.class);
    }

    @Test
    void withMetadataCachingSentColumnsReplaceTheStatementsKnownOnes() {
        ColumnDefinition old = decodeColumn(column("old", DataTypes.LONG, 0, 63));
        StatementColumns columns = new StatementColumns(new ColumnDefinition[]{old});
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, true, null, null, true, columns);

        assertThat(feed(decoder, Packet.of(0x02, 0x01))).isNull();
        assertThat(feed(decoder, column("a", DataTypes.LONG, 0, 63))).isNull();
        ResultSetMetadata metadata = (ResultSetMetadata) feed(decoder, column("b", DataTypes.LONG, 0, 63));

        assertThat(metadata.columns()).extracting(ColumnDefinition::getName).containsExactly("a", "b");
        assertThat(columns.get()).extracting(ColumnDefinition::getName).containsExactly("a", "b");
    }

    @Test
    void withMetadataCachingSkippedColumnsThatAreNotKnownAreAProtocolError() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, true, null, null, true,
            new StatementColumns(new ColumnDefinition[0]));

        assertThatThrownBy(() -> feed(decoder, Packet.of(0x01, 0x00)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("skipped the metadata of 1 columns");
    }

    @Test
    void textResultsHaveNoMetadataFlagEvenWithMetadataCaching() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, true, null, null, true, null);

        assertThat(feed(decoder, Packet.of(0x01))).isNull();
        assertThat(feed(decoder, column("n", DataTypes.LONG, 0, 63))).isInstanceOf(ResultSetMetadata.class);
    }

    @Test
    void binaryResultDecodesOkOfStatementWithoutResultSet() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, false);

        OkMessage ok = (OkMessage) feed(decoder, ok(5, 12, AUTOCOMMIT, 0));

        assertThat(ok).isEqualTo(new OkMessage(5, 12, AUTOCOMMIT, 0));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void binaryResultDecodesErrInTheMiddleOfRows() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, true);
        feed(decoder, Packet.of(0x01));
        feed(decoder, column("n", DataTypes.LONG, 0, 63));

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1105).ascii("#HY000").ascii("Leaf error").build());

        assertThat(error.getCode()).isEqualTo(1105);
        assertThat(decoder.isDone()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // PREPARE

    @Test
    void prepareDecodesPrepareOkWithParametersAndColumnsFollowedByEofs() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);

        assertThat(feed(decoder, prepareOk(7, 2, 3, 0))).isNull();
        assertThat(feed(decoder, column("?", DataTypes.VAR_STRING, 0, 63))).isNull();
        assertThat(feed(decoder, column("?", DataTypes.VAR_STRING, 0, 63))).isNull();
        assertThat(feed(decoder, column("?", DataTypes.VAR_STRING, 0, 63))).isNull();
        assertThat(feed(decoder, eof(0, AUTOCOMMIT))).isNull();
        assertThat(feed(decoder, column("id", DataTypes.LONG, 0, 63))).isNull();
        assertThat(feed(decoder, column("name", DataTypes.VAR_STRING, 0, 45))).isNull();
        PrepareComplete complete = (PrepareComplete) feed(decoder, eof(0, AUTOCOMMIT));

        assertThat(complete.getStatementId()).isEqualTo(7);
        assertThat(complete.getParameterCount()).isEqualTo(3);
        assertThat(complete.columns()).extracting(ColumnDefinition::getName).containsExactly("id", "name");
        assertThat(complete.getWarnings()).isZero();
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void prepareWithDeprecateEofCompletesOnLastColumnDefinition() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, true);

        assertThat(feed(decoder, prepareOk(0xFFFFFFF0L, 1, 2, 1))).isNull();
        assertThat(feed(decoder, column("?", DataTypes.VAR_STRING, 0, 63))).isNull();
        assertThat(feed(decoder, column("?", DataTypes.VAR_STRING, 0, 63))).isNull();
        PrepareComplete complete = (PrepareComplete) feed(decoder, column("x", DataTypes.DOUBLE, 0, 63));

        assertThat(complete.getStatementId()).isEqualTo(0xFFFFFFF0L);
        assertThat(complete.getParameterCount()).isEqualTo(2);
        assertThat(complete.columns()).extracting(ColumnDefinition::getType).containsExactly(DataTypes.DOUBLE);
        assertThat(complete.getWarnings()).isEqualTo(1);
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void prepareWithoutParametersOrColumnsCompletesOnPrepareOk() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);

        PrepareComplete complete = (PrepareComplete) feed(decoder, prepareOk(3, 0, 0, 0));

        assertThat(complete.getStatementId()).isEqualTo(3);
        assertThat(complete.getParameterCount()).isZero();
        assertThat(complete.columns()).isEmpty();
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void prepareWithParametersOnlyCompletesOnParameterEof() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);
        feed(decoder, prepareOk(4, 0, 1, 0));
        feed(decoder, column("?", DataTypes.VAR_STRING, 0, 63));

        PrepareComplete complete = (PrepareComplete) feed(decoder, eof(0, AUTOCOMMIT));

        assertThat(complete.getParameterCount()).isEqualTo(1);
        assertThat(complete.columns()).isEmpty();
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void prepareWithColumnsOnlySkipsTheParameterSection() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);
        feed(decoder, prepareOk(5, 1, 0, 0));
        assertThat(feed(decoder, column("v", DataTypes.LONG, 0, 63))).isNull();

        PrepareComplete complete = (PrepareComplete) feed(decoder, eof(0, AUTOCOMMIT));

        assertThat(complete.getParameterCount()).isZero();
        assertThat(complete.columns()).extracting(ColumnDefinition::getName).containsExactly("v");
    }

    @Test
    void prepareAcceptsShortPrepareOkWithoutWarningCount() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);
        ByteBuf shortOk = Packet.create().u8(0x00).u32(9).u16(0).u16(0).build();

        PrepareComplete complete = (PrepareComplete) feed(decoder, shortOk);

        assertThat(complete.getStatementId()).isEqualTo(9);
        assertThat(complete.getWarnings()).isZero();
    }

    @Test
    void prepareDecodesErrAndCompletes() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);

        ErrorMessage error = (ErrorMessage) feed(decoder, Packet.create()
            .u8(0xFF).u16(1146).ascii("#42S02").ascii("Table 'db.t' doesn't exist").build());

        assertThat(error).isEqualTo(new ErrorMessage(1146, "42S02", "Table 'db.t' doesn't exist"));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void prepareRejectsPacketOtherThanPrepareOkOrErr() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(0x01)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("COM_STMT_PREPARE_OK");
    }

    // ---------------------------------------------------------------------------------------------------------
    // discard

    @Test
    void discardDropsRowsWithoutRetainingThePayload() {
        ResponseDecoder decoder = textResultAtRows(false);
        ByteBuf payload = textRow("1", "abc");

        try {
            assertThat(decoder.decode(payload, true)).isNull();
            assertThat(payload.refCnt()).isEqualTo(1);
        } finally {
            payload.release();
        }
    }

    @Test
    void discardStillDecodesMetadataAndTheTerminator() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        assertThat(feed(decoder, Packet.of(0x01), true)).isNull();
        assertThat(feed(decoder, column("c", DataTypes.LONG, 0, 63), true)).isNull();
        assertThat(feed(decoder, eof(0, AUTOCOMMIT), true)).isInstanceOf(ResultSetMetadata.class);
        assertThat(feed(decoder, textRow("1"), true)).isNull();
        assertThat(feed(decoder, textRow("2"), true)).isNull();
        assertThat(feed(decoder, eof(0, AUTOCOMMIT), true)).isEqualTo(new ResultSetEnd(AUTOCOMMIT, 0));
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void discardStillDecodesOkAsEofTerminatorWithMoreResults() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.BINARY_RESULT, true);
        feed(decoder, Packet.of(0x01), true);
        feed(decoder, column("c", DataTypes.LONG, 0, 63), true);
        assertThat(feed(decoder, Packet.of(0x00, 0x00, 0x01, 0x00, 0x00, 0x00), true)).isNull();

        ResultSetEnd end = (ResultSetEnd) feed(decoder, okAsEof(AUTOCOMMIT | MORE_RESULTS, 0), true);

        assertThat(end.hasMoreResults()).isTrue();
        assertThat(decoder.isDone()).isFalse();
        assertThat(feed(decoder, ok(0, 0, AUTOCOMMIT, 0), true)).isInstanceOf(OkMessage.class);
        assertThat(decoder.isDone()).isTrue();
    }

    @Test
    void discardStillDecodesErrBetweenRows() {
        ResponseDecoder decoder = textResultAtRows(true);
        assertThat(feed(decoder, textRow("1"), true)).isNull();

        ServerMessage message = feed(decoder, Packet.create().u8(0xFF).u16(1317).ascii("#70100").ascii("x").build(),
            true);

        assertThat(message).isInstanceOf(ErrorMessage.class);
        assertThat(decoder.isDone()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // malformed packets

    @Test
    void truncatedOkRaisesIllegalStateException() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.SIMPLE, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(0x00, 0xFC, 0x01)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Malformed packet")
            .hasCauseInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void truncatedErrRaisesIllegalStateException() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(0xFF, 0x15)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Malformed packet");
    }

    @Test
    void truncatedGreetingRaisesIllegalStateException() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);
        ByteBuf greeting = Packet.create().u8(10).nul("8.0.36").u32(1).bytes(SEED, 0, 5).build();

        assertThatThrownBy(() -> feed(decoder, greeting))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Malformed packet");
    }

    @Test
    void truncatedColumnDefinitionRaisesIllegalStateException() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, true);
        feed(decoder, Packet.of(0x01));
        ByteBuf truncated = Packet.create().lenencString("def").lenencString("db").lenencString("t")
            .lenencString("t").lenencString("c").lenencString("c").u8(0x0c).u16(63).u8(4).build();

        assertThatThrownBy(() -> feed(decoder, truncated))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Malformed packet");
    }

    @Test
    void truncatedPrepareOkRaisesIllegalStateException() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.PREPARE, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(0x00, 0x01, 0x00, 0x00, 0x00, 0x02)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Malformed packet");
    }

    @Test
    void truncatedColumnCountRaisesIllegalStateException() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, false);

        assertThatThrownBy(() -> feed(decoder, Packet.of(0xFC, 0x01)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("Malformed packet");
    }

    // ---------------------------------------------------------------------------------------------------------
    // ColumnDefinition

    @Test
    void columnDefinitionDecodesAllStandardFields() {
        ByteBuf payload = Packet.create()
            .lenencString("def").lenencString("shop").lenencString("o").lenencString("orders")
            .lenencString("total").lenencString("amount")
            .u8(0x0c).u16(63).u32(20).u8(DataTypes.NEWDECIMAL)
            .u16(DataTypes.FLAG_NOT_NULL | DataTypes.FLAG_UNSIGNED).u8(2).u16(0)
            .build();

        ColumnDefinition column = decodeColumn(payload);

        assertThat(column).isEqualTo(new ColumnDefinition("shop", "o", "orders", "total", "amount", 63, 20,
            DataTypes.NEWDECIMAL, DataTypes.FLAG_NOT_NULL | DataTypes.FLAG_UNSIGNED, 2, DataTypes.EXTENDED_NONE, 0,
            0));
        assertThat(column.isUnsigned()).isTrue();
        assertThat(column.isNotNull()).isTrue();
        assertThat(column.isBinaryCharset()).isTrue();
    }

    @Test
    void columnDefinitionConsumesTheWholeFixedLengthBlock() {
        ByteBuf payload = column("c", DataTypes.LONG, 0, 63);
        try {
            ColumnDefinition.decode(payload);

            assertThat(payload.isReadable()).isFalse();
        } finally {
            payload.release();
        }
    }

    @Test
    void columnDefinitionDecodesMultiByteUtf8Names() {
        ColumnDefinition column = decodeColumn(column("prénom_名", DataTypes.VAR_STRING, 0, 224));

        assertThat(column.getName()).isEqualTo("prénom_名");
        assertThat(column.getOrgName()).isEqualTo("prénom_名");
    }

    @Test
    void columnDefinitionDecodesSingleStoreBsonExtendedType() {
        ColumnDefinition column = decodeColumn(extendedColumn("doc", DataTypes.LONG_BLOB, 63, 1));

        assertThat(column.getExtendedType()).isEqualTo(DataTypes.EXTENDED_BSON);
        assertThat(column.getType()).isEqualTo(DataTypes.LONG_BLOB);
        assertThat(column.getVectorDimensions()).isZero();
        assertThat(column.getVectorElementType()).isZero();
    }

    @Test
    void columnDefinitionDecodesSingleStoreVectorDimensionsAndElementType() {
        ColumnDefinition column = decodeColumn(extendedColumn("embedding", DataTypes.STRING, 63,
            2, 0x00, 0x03, 0x00, 0x00, 5));

        assertThat(column.getExtendedType()).isEqualTo(DataTypes.EXTENDED_VECTOR);
        assertThat(column.getVectorDimensions()).isEqualTo(768);
        assertThat(column.getVectorElementType()).isEqualTo(5);
        assertThat(column.isBinaryCharset()).isTrue();
    }

    @Test
    void columnDefinitionDecodesJsonProjectedVectorWithTextCharset() {
        ColumnDefinition column = decodeColumn(extendedColumn("v", DataTypes.VAR_STRING, 45,
            2, 0x03, 0x00, 0x00, 0x00, 1));

        assertThat(column.getExtendedType()).isEqualTo(DataTypes.EXTENDED_VECTOR);
        assertThat(column.getVectorDimensions()).isEqualTo(3);
        assertThat(column.getVectorElementType()).isEqualTo(1);
        assertThat(column.isBinaryCharset()).isFalse();
    }

    @Test
    void columnDefinitionWithExtendedTypeNoneHasNoVectorInformation() {
        ColumnDefinition column = decodeColumn(extendedColumn("n", DataTypes.LONG, 63, 0));

        assertThat(column.getExtendedType()).isEqualTo(DataTypes.EXTENDED_NONE);
        assertThat(column.getVectorDimensions()).isZero();
    }

    @Test
    void columnDefinitionSkipsUnknownBytesAfterTheExtension() {
        ByteBuf payload = extendedColumn("v", DataTypes.STRING, 63, 2, 0x04, 0x00, 0x00, 0x00, 2, 0x55, 0x66);
        try {
            ColumnDefinition column = ColumnDefinition.decode(payload);

            assertThat(column.getVectorDimensions()).isEqualTo(4);
            assertThat(column.getVectorElementType()).isEqualTo(2);
            assertThat(payload.isReadable()).isFalse();
        } finally {
            payload.release();
        }
    }

    @Test
    void resultSetMetadataCarriesTheExtendedTypesOfItsColumns() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, true);
        feed(decoder, Packet.of(0x02));
        feed(decoder, extendedColumn("doc", DataTypes.LONG_BLOB, 63, 1));

        ResultSetMetadata metadata = (ResultSetMetadata) feed(decoder,
            extendedColumn("vec", DataTypes.STRING, 63, 2, 0x10, 0x00, 0x00, 0x00, 1));

        assertThat(metadata.getColumns()).extracting(ColumnDefinition::getExtendedType)
            .containsExactly(DataTypes.EXTENDED_BSON, DataTypes.EXTENDED_VECTOR);
        assertThat(metadata.columns()[1].getVectorDimensions()).isEqualTo(16);
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private ServerMessage feed(ResponseDecoder decoder, ByteBuf payload) {
        return feed(decoder, payload, false);
    }

    private ServerMessage feed(ResponseDecoder decoder, ByteBuf payload, boolean discard) {
        ServerMessage message = Decoding.decode(decoder, payload, discard);
        if (message != null) {
            this.decoded.add(message);
        }
        return message;
    }

    private ResponseDecoder greeted() {
        ResponseDecoder decoder = new ResponseDecoder(Mode.LOGIN, false);
        feed(decoder, mySqlGreeting(0));
        return decoder;
    }

    private ResponseDecoder textResultAtRows(boolean deprecateEof) {
        ResponseDecoder decoder = new ResponseDecoder(Mode.TEXT_RESULT, deprecateEof);
        feed(decoder, Packet.of(0x01));
        feed(decoder, column("c", DataTypes.LONG_BLOB, 0, 63));
        if (!deprecateEof) {
            feed(decoder, eof(0, AUTOCOMMIT));
        }
        return decoder;
    }

    private static ColumnDefinition decodeColumn(ByteBuf payload) {
        try {
            return ColumnDefinition.decode(payload);
        } finally {
            payload.release();
        }
    }

    private static ByteBuf mySqlGreeting(long reservedTail) {
        return Packet.create()
            .u8(10)
            .nul("8.0.36")
            .u32(0x01020304L)
            .bytes(SEED, 0, 8)
            .u8(0)
            .u16(0xFFFF)
            .u8(255)
            .u16(AUTOCOMMIT)
            .u16(0xDFFF)
            .u8(21)
            .zeros(6)
            .u32(reservedTail)
            .bytes(SEED, 8, 12)
            .u8(0)
            .nul("caching_sha2_password")
            .build();
    }

    private static ByteBuf ok(long affectedRows, long lastInsertId, int status, int warnings) {
        return Packet.create().u8(0x00).lenenc(affectedRows).lenenc(lastInsertId).u16(status).u16(warnings).build();
    }

    private static ByteBuf okAsEof(int status, int warnings) {
        return Packet.create().u8(0xFE).lenenc(0).lenenc(0).u16(status).u16(warnings).build();
    }

    private static ByteBuf eof(int warnings, int status) {
        return Packet.create().u8(0xFE).u16(warnings).u16(status).build();
    }

    private static ByteBuf prepareOk(long statementId, int columns, int parameters, int warnings) {
        return Packet.create().u8(0x00).u32(statementId).u16(columns).u16(parameters).u8(0).u16(warnings).build();
    }

    private static ByteBuf column(String name, int type, int flags, int charset) {
        return Packet.create()
            .lenencString("def").lenencString("db").lenencString("t").lenencString("t")
            .lenencString(name).lenencString(name)
            .u8(0x0c).u16(charset).u32(11).u8(type).u16(flags).u8(0).u16(0)
            .build();
    }

    private static ByteBuf extendedColumn(String name, int type, int charset, int... extension) {
        return Packet.create()
            .lenencString("def").lenencString("db").lenencString("t").lenencString("t")
            .lenencString(name).lenencString(name)
            .u8(12 + extension.length).u16(charset).u32(1024).u8(type).u16(0).u8(0).u16(0)
            .u8(extension)
            .build();
    }

    private static ByteBuf textRow(String... values) {
        Packet packet = Packet.create();
        for (String value : values) {
            if (value == null) {
                packet.u8(0xFB);
            } else {
                packet.lenencString(value);
            }
        }
        return packet.build();
    }

    /**
     * A text row whose first column is {@code columnLength} bytes long, always written with the 0xFE + 8-byte
     * length-encoded form, as one composite that shares a single 1 MiB block of zeros.
     */
    private static ByteBuf hugeTextRow(int columnLength) {
        CompositeByteBuf row = ByteBufAllocator.DEFAULT.compositeBuffer(Integer.MAX_VALUE);
        row.addComponent(true, Packet.create().u8(0xFE).u64(columnLength).build());
        ByteBuf block = ByteBufAllocator.DEFAULT.buffer(1 << 20).writeZero(1 << 20);
        try {
            int remaining = columnLength;
            while (remaining > 0) {
                int chunk = Math.min(remaining, block.readableBytes());
                row.addComponent(true, block.retainedSlice(0, chunk));
                remaining -= chunk;
            }
        } finally {
            block.release();
        }
        return row;
    }

    /**
     * Writes little-endian protocol fields into a buffer from the pooled (leak-tracked) allocator.
     */
    static final class Packet {

        private final ByteBuf buf = ByteBufAllocator.DEFAULT.buffer();

        static Packet create() {
            return new Packet();
        }

        static ByteBuf of(int... bytes) {
            return create().u8(bytes).build();
        }

        Packet u8(int... values) {
            for (int value : values) {
                this.buf.writeByte(value);
            }
            return this;
        }

        Packet u16(int value) {
            return u8(value & 0xFF, (value >>> 8) & 0xFF);
        }

        Packet u24(int value) {
            return u8(value & 0xFF, (value >>> 8) & 0xFF, (value >>> 16) & 0xFF);
        }

        Packet u32(long value) {
            for (int i = 0; i < 4; i++) {
                u8((int) (value >>> (8 * i)) & 0xFF);
            }
            return this;
        }

        Packet u64(long value) {
            for (int i = 0; i < 8; i++) {
                u8((int) (value >>> (8 * i)) & 0xFF);
            }
            return this;
        }

        Packet lenenc(long value) {
            if (value < 251) {
                return u8((int) value);
            }
            if (value < (1 << 16)) {
                return u8(0xFC).u16((int) value);
            }
            if (value < (1 << 24)) {
                return u8(0xFD).u24((int) value);
            }
            return u8(0xFE).u64(value);
        }

        Packet lenencString(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            lenenc(bytes.length);
            this.buf.writeBytes(bytes);
            return this;
        }

        Packet nul(String value) {
            return ascii(value).u8(0);
        }

        Packet ascii(String value) {
            this.buf.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Packet bytes(byte[] bytes, int offset, int length) {
            this.buf.writeBytes(bytes, offset, length);
            return this;
        }

        Packet zeros(int count) {
            this.buf.writeZero(count);
            return this;
        }

        ByteBuf build() {
            return this.buf;
        }
    }
}
