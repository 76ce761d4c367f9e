/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.client;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.codec.Parameter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit tests for {@link ClientMessage} and its implementations: the exact payload bytes each message writes.
 */
final class ClientMessageTests {

    private static final long LONG_PASSWORD = 0x1;
    private static final long CONNECT_WITH_DB = 0x8;
    private static final long PROTOCOL_41 = 0x200;
    private static final long SSL = 0x800;
    private static final long TRANSACTIONS = 0x2000;
    private static final long SECURE_CONNECTION = 0x8000;
    private static final long MULTI_RESULTS = 0x20000;
    private static final long PLUGIN_AUTH = 0x80000;
    private static final long CONNECT_ATTRS = 0x100000;
    private static final long PLUGIN_AUTH_LENENC = 0x200000;
    private static final long DEPRECATE_EOF = 0x1000000;
    /** MariaDB extended capability (bit 34, {@code MARIADB_CLIENT_STMT_BULK_OPERATIONS}), sent in bytes 28-31. */
    private static final long EXTENDED_BULK = 1L << 34;

    private static final long BASE = LONG_PASSWORD | PROTOCOL_41 | TRANSACTIONS | SECURE_CONNECTION | MULTI_RESULTS
        | DEPRECATE_EOF;

    private static final byte[] SCRAMBLE = {
        0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A,
        0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, (byte) 0xFF
    };

    // ---------------------------------------------------------------------------------------------------------
    // HandshakeResponse

    @Test
    void handshakeResponseWritesEveryFieldInProtocolOrder() {
        long capabilities = BASE | CONNECT_WITH_DB | PLUGIN_AUTH | CONNECT_ATTRS | PLUGIN_AUTH_LENENC | EXTENDED_BULK;
        HandshakeResponse message = new HandshakeResponse(capabilities, 0x40000000, 45, "root", SCRAMBLE, "shop",
            "mysql_native_password", Map.of("_client_name", "s2r"));

        byte[] expected = new Bytes()
            .u32(capabilities & 0xFFFFFFFFL)
            .u32(0x40000000)
            .u8(45)
            .zeros(19)
            .u32(capabilities >>> 32)
            .nul("root")
            .u8(20).raw(SCRAMBLE)
            .nul("shop")
            .nul("mysql_native_password")
            .u8(1 + 12 + 1 + 3).u8(12).ascii("_client_name").u8(3).ascii("s2r")
            .toArray();
        assertThat(encode(message)).containsExactly(expected);
    }

    @Test
    void handshakeResponseWritesExtendedCapabilitiesInBytes28To31() {
        long capabilities = BASE | EXTENDED_BULK | (1L << 35);
        HandshakeResponse message = new HandshakeResponse(capabilities, 1 << 24, 45, "u", new byte[0], "", "p",
            Map.of());

        byte[] bytes = encode(message);

        assertThat(Arrays.copyOfRange(bytes, 0, 4)).containsExactly(0x01, 0xA2, 0x02, 0x01);
        assertThat(Arrays.copyOfRange(bytes, 9, 28)).containsOnly(0);
        assertThat(Arrays.copyOfRange(bytes, 28, 32)).containsExactly(0x0C, 0x00, 0x00, 0x00);
    }

    @Test
    void handshakeResponseWritesOneByteAuthLengthWithoutPluginAuthLenenc() {
        HandshakeResponse message = new HandshakeResponse(BASE, 1 << 24, 45, "app", SCRAMBLE, "ignored",
            "mysql_native_password", Map.of("ignored", "too"));

        byte[] expected = new Bytes()
            .u32(BASE).u32(1 << 24).u8(45).zeros(19).u32(0)
            .nul("app")
            .u8(20).raw(SCRAMBLE)
            .toArray();
        assertThat(encode(message)).containsExactly(expected);
    }

    @Test
    void handshakeResponseWritesLongAuthResponseWithLengthEncodedPrefix() {
        byte[] rsa = new byte[256];
        Arrays.fill(rsa, (byte) 0x5A);
        HandshakeResponse message = new HandshakeResponse(BASE | PLUGIN_AUTH_LENENC, 1 << 24, 45, "u", rsa, "", "",
            Map.of());

        byte[] expected = new Bytes()
            .u32(BASE | PLUGIN_AUTH_LENENC).u32(1 << 24).u8(45).zeros(19).u32(0)
            .nul("u")
            .u8(0xFC).u16(256).raw(rsa)
            .toArray();
        assertThat(encode(message)).containsExactly(expected);
    }

    @Test
    void handshakeResponseWritesEmptyAuthResponseAsZeroLength() {
        HandshakeResponse message = new HandshakeResponse(BASE | PLUGIN_AUTH_LENENC | PLUGIN_AUTH, 1 << 24, 45, "u",
            new byte[0], "", "caching_sha2_password", Map.of());

        byte[] expected = new Bytes()
            .u32(BASE | PLUGIN_AUTH_LENENC | PLUGIN_AUTH).u32(1 << 24).u8(45).zeros(19).u32(0)
            .nul("u")
            .u8(0)
            .nul("caching_sha2_password")
            .toArray();
        assertThat(encode(message)).containsExactly(expected);
    }

    @Test
    void handshakeResponseWritesUserAndDatabaseAsUtf8() {
        HandshakeResponse message = new HandshakeResponse(BASE | CONNECT_WITH_DB, 1 << 24, 45, "josé", new byte[0],
            "café", "", Map.of());

        byte[] expected = new Bytes()
            .u32(BASE | CONNECT_WITH_DB).u32(1 << 24).u8(45).zeros(19).u32(0)
            .u8('j', 'o', 's', 0xC3, 0xA9, 0)
            .u8(0)
            .u8('c', 'a', 'f', 0xC3, 0xA9, 0)
            .toArray();
        assertThat(encode(message)).containsExactly(expected);
    }

    @Test
    void handshakeResponseWritesEveryConnectionAttributeInsideOneLengthEncodedBlock() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("_client_name", "s2r");
        attributes.put("_os", "Linux");
        HandshakeResponse message = new HandshakeResponse(BASE | CONNECT_ATTRS, 1 << 24, 45, "u", new byte[0], "", "",
            attributes);

        byte[] bytes = encode(message);

        int blockStart = 32 + 2 + 1;
        byte[] block = Arrays.copyOfRange(bytes, blockStart + 1, bytes.length);
        assertThat(bytes[blockStart] & 0xFF).isEqualTo(block.length).isEqualTo(17 + 1 + 3 + 1 + 5);
        byte[] first = new Bytes().u8(12).ascii("_client_name").u8(3).ascii("s2r").toArray();
        byte[] second = new Bytes().u8(3).ascii("_os").u8(5).ascii("Linux").toArray();
        assertThat(block).satisfiesAnyOf(
            b -> assertThat(b).containsExactly(new Bytes().raw(first).raw(second).toArray()),
            b -> assertThat(b).containsExactly(new Bytes().raw(second).raw(first).toArray()));
    }

    @Test
    void handshakeResponseWritesEmptyAttributeBlockAsSingleZero() {
        HandshakeResponse message = new HandshakeResponse(BASE | CONNECT_ATTRS, 1 << 24, 45, "u", new byte[0], "", "",
            Map.of());

        byte[] bytes = encode(message);

        assertThat(Arrays.copyOfRange(bytes, 32, bytes.length)).containsExactly('u', 0, 0, 0);
    }

    @Test
    void handshakeResponseContinuesTheLoginExchange() {
        HandshakeResponse message = new HandshakeResponse(BASE, 1, 45, "u", new byte[0], "", "", Map.of());

        assertThat(message.isCommand()).isFalse();
        assertThat(message.expectsResponse()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // SslRequest

    @Test
    void sslRequestWritesTheFirst32BytesOfAHandshakeResponse() {
        long capabilities = BASE | SSL | PLUGIN_AUTH | EXTENDED_BULK;
        SslRequest message = new SslRequest(capabilities, 0x01000000, 224);

        byte[] expected = new Bytes()
            .u32(capabilities & 0xFFFFFFFFL)
            .u32(0x01000000)
            .u8(224)
            .zeros(19)
            .u32(capabilities >>> 32)
            .toArray();
        assertThat(expected).hasSize(32);
        assertThat(encode(message)).containsExactly(expected);
    }

    @Test
    void sslRequestContinuesTheLoginExchange() {
        assertThat(new SslRequest(BASE | SSL, 1, 45).isCommand()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------
    // ExecuteMessage

    @Test
    void executeMessageWithoutParametersEndsAfterTheIterationCount() {
        ExecuteMessage message = new ExecuteMessage(0x01020304L, new Parameter[0]);

        assertThat(encode(message)).containsExactly(0x17, 0x04, 0x03, 0x02, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00);
    }

    @Test
    void executeMessageWritesStatementIdAboveIntegerMaxValueUnsigned() {
        ExecuteMessage message = new ExecuteMessage(0xFFFFFFFEL, new Parameter[0]);

        assertThat(encode(message)).startsWith(0x17, 0xFE, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void executeMessageWritesNullBitmapTypesAndValuesForTenParameters() {
        Parameter[] parameters = new Parameter[10];
        parameters[0] = TestParameter.nullOf(DataTypes.VAR_STRING);
        for (int i = 1; i < 9; i++) {
            parameters[i] = new TestParameter(DataTypes.TINY, false, new byte[]{(byte) i});
        }
        parameters[9] = TestParameter.nullOf(DataTypes.LONGLONG);

        byte[] expected = new Bytes()
            .u8(0x17).u32(7).u8(0x00).u32(1)
            .u8(0b0000_0001, 0b0000_0010)                       // parameters 0 and 9 are NULL
            .u8(0x01)                                           // new-params-bound
            .u8(DataTypes.VAR_STRING, 0x00)
            .u8(DataTypes.TINY, 0x00).u8(DataTypes.TINY, 0x00).u8(DataTypes.TINY, 0x00).u8(DataTypes.TINY, 0x00)
            .u8(DataTypes.TINY, 0x00).u8(DataTypes.TINY, 0x00).u8(DataTypes.TINY, 0x00).u8(DataTypes.TINY, 0x00)
            .u8(DataTypes.LONGLONG, 0x00)
            .u8(1, 2, 3, 4, 5, 6, 7, 8)                         // no bytes for the NULLs
            .toArray();
        assertThat(encode(new ExecuteMessage(7, parameters))).containsExactly(expected);
    }

    @Test
    void executeMessageUsesOneNullBitmapBytePerEightParameters() {
        Parameter[] eight = new Parameter[8];
        Arrays.fill(eight, TestParameter.nullOf(DataTypes.NULL));
        Parameter[] nine = new Parameter[9];
        Arrays.fill(nine, TestParameter.nullOf(DataTypes.NULL));

        byte[] eightBytes = encode(new ExecuteMessage(1, eight));
        byte[] nineBytes = encode(new ExecuteMessage(1, nine));

        assertThat(Arrays.copyOfRange(eightBytes, 10, 12)).containsExactly(0xFF, 0x01);
        assertThat(eightBytes).hasSize(10 + 1 + 1 + 8 * 2);
        assertThat(Arrays.copyOfRange(nineBytes, 10, 13)).containsExactly(0xFF, 0x01, 0x01);
        assertThat(nineBytes).hasSize(10 + 2 + 1 + 9 * 2);
    }

    @Test
    void executeMessageFlagsUnsignedTypesWith0x80() {
        Parameter unsigned = new TestParameter(DataTypes.LONGLONG, true, new byte[]{1, 0, 0, 0, 0, 0, 0, 0});

        byte[] bytes = encode(new ExecuteMessage(1, new Parameter[]{unsigned}));

        assertThat(Arrays.copyOfRange(bytes, 10, bytes.length))
            .containsExactly(0x00, 0x01, DataTypes.LONGLONG, 0x80, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void executeMessageWritesCodecParametersInBinaryForm() {
        DefaultCodecs codecs = DefaultCodecs.create();
        CodecContext context = CodecContext.defaults();
        Parameter integer = codecs.encode(7, context);
        Parameter text = codecs.encode("hé", context);
        Parameter unsignedMax = codecs.encode(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), context);
        Parameter nullText = codecs.encodeNull(String.class);

        byte[] expected = new Bytes()
            .u8(0x17).u32(42).u8(0x00).u32(1)
            .u8(0b0000_1000)
            .u8(0x01)
            .u8(DataTypes.LONG, 0x00)
            .u8(DataTypes.VAR_STRING, 0x00)
            .u8(DataTypes.LONGLONG, 0x80)
            .u8(nullText.type(), 0x00)
            .u32(7)
            .u8(3, 'h', 0xC3, 0xA9)
            .u8(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)
            .toArray();
        assertThat(encode(new ExecuteMessage(42, new Parameter[]{integer, text, unsignedMax, nullText})))
            .containsExactly(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // BulkExecuteMessage (MariaDB COM_STMT_BULK_EXECUTE: 0xFA, int<4> statement id, int<2> bulk flags,
    // with SEND_TYPES_TO_SERVER (128) a type byte and a flag byte (128 = unsigned) per parameter, then per row and
    // parameter an indicator byte (0 = value follows, 1 = NULL) and the binary value)

    @Test
    void bulkExecuteMessageWritesTypesOnceThenAnIndicatorBeforeEveryValue() {
        Parameter[] first = {new TestParameter(DataTypes.LONG, false, new byte[]{1, 0, 0, 0}),
            new TestParameter(DataTypes.VAR_STRING, false, new byte[]{2, 'a', 'b'})};
        Parameter[] second = {new TestParameter(DataTypes.LONG, false, new byte[]{2, 0, 0, 0}),
            TestParameter.nullOf(DataTypes.VAR_STRING)};

        byte[] expected = new Bytes()
            .u8(0xFA).u32(0x01020304L)                          // COM_STMT_BULK_EXECUTE, statement id
            .u16(128)                                           // SEND_TYPES_TO_SERVER
            .u8(DataTypes.LONG, 0x00).u8(DataTypes.VAR_STRING, 0x00)
            .u8(0x00).u8(1, 0, 0, 0).u8(0x00).u8(2, 'a', 'b')   // row 1: NONE + value, NONE + value
            .u8(0x00).u8(2, 0, 0, 0).u8(0x01)                   // row 2: NONE + value, NULL without bytes
            .toArray();
        assertThat(encode(new BulkExecuteMessage(0x01020304L, List.of(first, second)))).containsExactly(expected);
    }

    @Test
    void bulkExecuteMessageAnnouncesTheTypeOfTheFirstNonNullValueOfAColumn() {
        Parameter[] first = {TestParameter.nullOf(DataTypes.NULL)};
        Parameter[] second = {new TestParameter(DataTypes.LONGLONG, true, new byte[]{9, 0, 0, 0, 0, 0, 0, 0})};

        byte[] expected = new Bytes()
            .u8(0xFA).u32(5).u16(128)
            .u8(DataTypes.LONGLONG, 0x80)                       // unsigned
            .u8(0x01)
            .u8(0x00).u8(9, 0, 0, 0, 0, 0, 0, 0)
            .toArray();
        assertThat(encode(new BulkExecuteMessage(5, List.of(first, second)))).containsExactly(expected);
    }

    @Test
    void bulkExecuteMessageWritesStatementIdAboveIntegerMaxValueUnsigned() {
        Parameter[] row = {new TestParameter(DataTypes.TINY, false, new byte[]{7})};

        assertThat(encode(new BulkExecuteMessage(0xFFFFFFFEL, List.<Parameter[]>of(row))))
            .startsWith(0xFA, 0xFE, 0xFF, 0xFF, 0xFF);
    }

    @Test
    void bulkExecuteMessageRefusesAColumnWhoseValuesDifferInType() {
        List<Parameter[]> rows = List.of(new Parameter[]{new TestParameter(DataTypes.LONG, false, new byte[4])},
            new Parameter[]{new TestParameter(DataTypes.VAR_STRING, false, new byte[]{0})});

        assertThat(BulkExecuteMessage.typesAgree(rows)).isFalse();
        assertThatThrownBy(() -> new BulkExecuteMessage(1, rows)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bulkExecuteMessageRefusesAColumnMixingSignedAndUnsignedValues() {
        List<Parameter[]> rows = List.of(new Parameter[]{new TestParameter(DataTypes.LONGLONG, false, new byte[8])},
            new Parameter[]{new TestParameter(DataTypes.LONGLONG, true, new byte[8])});

        assertThat(BulkExecuteMessage.typesAgree(rows)).isFalse();
    }

    @Test
    void bulkExecuteMessageAcceptsNullsOfAnyTypeInATypedColumn() {
        List<Parameter[]> rows = List.of(new Parameter[]{TestParameter.nullOf(DataTypes.VAR_STRING)},
            new Parameter[]{new TestParameter(DataTypes.LONG, false, new byte[4])},
            new Parameter[]{TestParameter.nullOf(DataTypes.DOUBLE)});

        assertThat(BulkExecuteMessage.typesAgree(rows)).isTrue();
    }

    @Test
    void bulkExecuteMessageWritesCodecParametersInBinaryForm() {
        DefaultCodecs codecs = DefaultCodecs.create();
        CodecContext context = CodecContext.defaults();
        List<Parameter[]> rows = List.of(new Parameter[]{codecs.encode("hé", context), codecs.encode(7L, context)},
            new Parameter[]{codecs.encodeNull(String.class), codecs.encode(-1L, context)});

        byte[] expected = new Bytes()
            .u8(0xFA).u32(3).u16(128)
            .u8(DataTypes.VAR_STRING, 0x00).u8(DataTypes.LONGLONG, 0x00)
            .u8(0x00).u8(3, 'h', 0xC3, 0xA9).u8(0x00).u8(7, 0, 0, 0, 0, 0, 0, 0)
            .u8(0x01).u8(0x00).u8(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)
            .toArray();
        assertThat(encode(new BulkExecuteMessage(3, rows))).containsExactly(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // text commands

    @Test
    void queryMessageWritesComQueryAndUtf8Sql() {
        assertThat(encode(new QueryMessage("SELECT 'é'")))
            .containsExactly(0x03, 'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', 0xC3, 0xA9, '\'');
    }

    @Test
    void queryMessageWritesNoTerminator() {
        assertThat(encode(new QueryMessage(""))).containsExactly(0x03);
    }

    @Test
    void prepareMessageWritesComStmtPrepareAndSql() {
        assertThat(encode(new PrepareMessage("SELECT ?"))).containsExactly(0x16, 'S', 'E', 'L', 'E', 'C', 'T', ' ', '?');
    }

    @Test
    void initDbMessageWritesComInitDbAndDatabaseName() {
        assertThat(encode(new InitDbMessage("db1"))).containsExactly(0x02, 'd', 'b', '1');
    }

    @Test
    void closeStatementMessageWritesComStmtCloseAndStatementId() {
        assertThat(encode(new CloseStatementMessage(0x8000_0001L))).containsExactly(0x19, 0x01, 0x00, 0x00, 0x80);
    }

    @Test
    void closeStatementMessageExpectsNoResponse() {
        CloseStatementMessage message = new CloseStatementMessage(1);

        assertThat(message.expectsResponse()).isFalse();
        assertThat(message.isCommand()).isTrue();
    }

    @Test
    void authResponseWritesItsBytesAsIsAndContinuesTheExchange() {
        AuthResponse message = new AuthResponse(new byte[]{'p', 'w', 0});

        assertThat(encode(message)).containsExactly('p', 'w', 0);
        assertThat(message.isCommand()).isFalse();
    }

    // ---------------------------------------------------------------------------------------------------------
    // SimpleCommand

    @Test
    void pingWritesComPingAndExpectsOk() {
        assertThat(encode(SimpleCommand.PING)).containsExactly(0x0E);
        assertThat(SimpleCommand.PING.expectsResponse()).isTrue();
        assertThat(SimpleCommand.PING.isCommand()).isTrue();
    }

    @Test
    void quitWritesComQuitAndExpectsNoResponse() {
        assertThat(encode(SimpleCommand.QUIT)).containsExactly(0x01);
        assertThat(SimpleCommand.QUIT.expectsResponse()).isFalse();
    }

    @Test
    void resetConnectionWritesComResetConnectionAndExpectsOk() {
        assertThat(encode(SimpleCommand.RESET_CONNECTION)).containsExactly(0x1F);
        assertThat(SimpleCommand.RESET_CONNECTION.expectsResponse()).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static byte[] encode(ClientMessage message) {
        ByteBuf buf = ByteBufAllocator.DEFAULT.buffer();
        try {
            message.encode(buf);
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }

    /** A parameter with fixed binary bytes; {@code value == null} is SQL NULL. */
    private record TestParameter(int type, boolean unsigned, byte[] value) implements Parameter {

        static TestParameter nullOf(int type) {
            return new TestParameter(type, false, null);
        }

        @Override
        public boolean isNull() {
            return this.value == null;
        }

        @Override
        public void writeBinary(ByteBuf out) {
            out.writeBytes(this.value);
        }

        @Override
        public void writeText(ByteBuf out, boolean noBackslashEscapes) {
            throw new UnsupportedOperationException();
        }
    }

    /** Builds expected payloads byte by byte (little-endian). */
    private static final class Bytes {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes u8(int... values) {
            for (int value : values) {
                this.out.write(value);
            }
            return this;
        }

        Bytes u16(int value) {
            return u8(value & 0xFF, (value >>> 8) & 0xFF);
        }

        Bytes u32(long value) {
            return u8((int) value & 0xFF, (int) (value >>> 8) & 0xFF, (int) (value >>> 16) & 0xFF,
                (int) (value >>> 24) & 0xFF);
        }

        Bytes zeros(int count) {
            return raw(new byte[count]);
        }

        Bytes raw(byte[] bytes) {
            this.out.writeBytes(bytes);
            return this;
        }

        Bytes ascii(String value) {
            return raw(value.getBytes(StandardCharsets.US_ASCII));
        }

        Bytes nul(String value) {
            return raw(value.getBytes(StandardCharsets.UTF_8)).u8(0);
        }

        byte[] toArray() {
            return this.out.toByteArray();
        }
    }
}
