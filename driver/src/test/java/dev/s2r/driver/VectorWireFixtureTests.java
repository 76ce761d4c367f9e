/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.row.SingleStoreColumnMetadata;
import dev.s2r.driver.internal.row.SingleStoreRow;
import dev.s2r.driver.internal.row.SingleStoreRowMetadata;
import dev.s2r.driver.test.Decoding;
import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.codec.SingleStoreType;
import dev.s2r.driver.internal.codec.SingleStoreVectorType;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.test.Protocol;
import dev.s2r.driver.test.VectorTables;
import dev.s2r.driver.test.WirePackets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.s2r.driver.test.WirePackets.AUTOCOMMIT;
import static dev.s2r.driver.test.WirePackets.BINARY_CHARSET;
import static dev.s2r.driver.test.WirePackets.UTF8MB4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * SingleStore VECTOR and BSON columns from wire fixtures: column-definition and row packets built byte for byte from
 * the documented layout (see {@link WirePackets}), fed through the real {@link ResponseDecoder} and read through
 * {@link SingleStoreRow} with {@link DefaultCodecs}, for every element type, both projections (binary: charset 63,
 * JSON: any other) and both protocols (text rows, binary rows). The values are those of the Python SDK's vector
 * tables ({@link VectorTables}).
 * <p>
 * No SingleStore server runs here. Running the same assertions against a real SingleStore when
 * {@code SINGLESTOREDB_URL} is set is a later step.
 */
final class VectorWireFixtureTests {

    private static final Codecs CODECS = DefaultCodecs.create();

    enum Projection {
        BINARY(BINARY_CHARSET), JSON(UTF8MB4);

        final int charset;

        Projection(int charset) {
            this.charset = charset;
        }

        boolean isBinary() {
            return this == BINARY;
        }
    }

    static Stream<Arguments> everyTableProjectionAndProtocol() {
        List<Arguments> arguments = new ArrayList<>();
        for (VectorTables table : VectorTables.values()) {
            for (Projection projection : Projection.values()) {
                for (Protocol protocol : Protocol.values()) {
                    arguments.add(Arguments.of(table, projection, protocol));
                }
            }
        }
        return arguments.stream();
    }

    static Stream<Arguments> everyProjectionAndProtocol() {
        List<Arguments> arguments = new ArrayList<>();
        for (Projection projection : Projection.values()) {
            for (Protocol protocol : Protocol.values()) {
                arguments.add(Arguments.of(projection, protocol));
            }
        }
        return arguments.stream();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Column definitions

    @ParameterizedTest
    @EnumSource(VectorTables.class)
    void columnDefinitionCarriesDimensionsAndElementTypeOfTheExtension(VectorTables table) {
        try (Decoded result = select(table, Projection.BINARY, Protocol.TEXT)) {
            ColumnDefinition column = result.column(1);

            assertThat(column.getExtendedType()).isEqualTo(2);
            assertThat(column.getVectorDimensions()).isEqualTo(3);
            assertThat(column.getVectorElementType()).isEqualTo(table.elementCode());
        }
    }

    @ParameterizedTest
    @EnumSource(VectorTables.class)
    void columnMetadataNamesTheVectorTypeLikeItsDdl(VectorTables table) {
        try (Decoded result = select(table, Projection.JSON, Protocol.TEXT)) {
            SingleStoreColumnMetadata metadata = result.metadata().getColumnMetadata("a");

            assertThat(metadata.getType().getName()).isEqualTo("VECTOR(3, " + table.name() + ")");
            assertThat(metadata.getType()).isEqualTo(new SingleStoreVectorType(3,
                VectorElementType.fromCode(table.elementCode())));
            assertThat(metadata.getJavaType()).isEqualTo(table.defaultType());
            assertThat(metadata.getPrecision()).isEqualTo(3);
        }
    }

    @Test
    void bsonColumnIsTypedBsonWithRawBytesAsDefault() {
        try (Decoded result = selectBson(Protocol.TEXT)) {
            assertThat(result.metadata().getColumnMetadata("doc").getType()).isEqualTo(SingleStoreType.BSON);
            assertThat(result.metadata().getColumnMetadata("doc").getJavaType()).isEqualTo(ByteBuffer.class);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Values of the Python SDK's tables

    @ParameterizedTest(name = "{0} {1} projection, {2} protocol")
    @MethodSource("everyTableProjectionAndProtocol")
    void everyRowDecodesToTheDefaultArrayOfItsElementType(VectorTables table, Projection projection,
                                                          Protocol protocol) {
        try (Decoded result = select(table, projection, protocol)) {
            for (int row = 0; row < table.rowCount(); row++) {
                Object value = result.row(row).get("a");

                assertThat(value).isInstanceOf(table.defaultType());
                assertValues(table, row, value);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} projection, {2} protocol")
    @MethodSource("everyTableProjectionAndProtocol")
    void everyRowDecodesToAVectorOfTheColumnsElementType(VectorTables table, Projection projection,
                                                         Protocol protocol) {
        try (Decoded result = select(table, projection, protocol)) {
            Vector vector = result.row(2).get("a", Vector.class);

            assertThat(vector.elementType()).isEqualTo(VectorElementType.fromCode(table.elementCode()));
            assertThat(vector.dimensions()).isEqualTo(3);
            assertThat(vector.toPackedBytes()).isEqualTo(table.field(2, true));
        }
    }

    @ParameterizedTest(name = "{0} {1} projection, {2} protocol")
    @MethodSource("everyTableProjectionAndProtocol")
    void byteBufferHoldsThePackedLittleEndianElementsInBothProjections(VectorTables table, Projection projection,
                                                                       Protocol protocol) {
        try (Decoded result = select(table, projection, protocol)) {
            ByteBuffer packed = result.row(0).get("a", ByteBuffer.class);

            assertThat(packed).isEqualTo(ByteBuffer.wrap(table.field(0, true)));
        }
    }

    @ParameterizedTest(name = "{0} {1} protocol")
    @MethodSource("dev.s2r.driver.VectorWireFixtureTests#everyTableAndProtocol")
    void stringIsTheJsonTextAsSentInTheJsonProjection(VectorTables table, Protocol protocol) {
        try (Decoded result = select(table, Projection.JSON, protocol)) {
            assertThat(result.row(2).get("a", String.class)).isEqualTo(new String(table.field(2, false),
                java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static Stream<Arguments> everyTableAndProtocol() {
        return Stream.of(VectorTables.values())
            .flatMap(table -> Stream.of(Protocol.values()).map(protocol -> Arguments.of(table, protocol)));
    }

    @Test
    void stringIsJsonRenderedFromTheBinaryProjection() {
        try (Decoded result = select(VectorTables.I16, Projection.BINARY, Protocol.PREPARED)) {
            assertThat(result.row(2).get("a", String.class)).isEqualTo("[-1,-4,8]");
        }
    }

    @Test
    void stringOfABinaryF32VectorIsParsableJsonOfTheSameFloats() {
        try (Decoded result = select(VectorTables.F32, Projection.BINARY, Protocol.TEXT)) {
            assertThat(result.row(0).get("a", String.class)).isEqualTo("[0.26726124,0.5345225,0.8017837]");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Widening

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void integerVectorsWidenToLongArrays(Protocol protocol) {
        try (Decoded result = select(VectorTables.I8, Projection.BINARY, protocol)) {
            assertThat(result.row(2).get("a", long[].class)).containsExactly(-1, -4, 8);
        }
    }

    @Test
    void smallIntegerVectorsWidenToFloatArrays() {
        try (Decoded result = select(VectorTables.I16, Projection.JSON, Protocol.TEXT)) {
            assertThat(result.row(2).get("a", float[].class)).containsExactly(-1f, -4f, 8f);
        }
    }

    @Test
    void f32VectorsWidenToDoubleArrays() {
        try (Decoded result = select(VectorTables.F32, Projection.BINARY, Protocol.PREPARED)) {
            assertThat(result.row(0).get("a", double[].class))
                .containsExactly((double) 0.267261237f, (double) 0.534522474f, (double) 0.801783681f);
        }
    }

    @Test
    void narrowingIsRefusedWithTheColumnTypeInTheMessage() {
        try (Decoded result = select(VectorTables.F64, Projection.BINARY, Protocol.TEXT)) {
            assertThatThrownBy(() -> result.row(0).get("a", float[].class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' of type VECTOR(3, F64)")
                .hasMessageContaining("float[]");
        }
    }

    @Test
    void i64VectorsCannotBeReadAsDoubles() {
        try (Decoded result = select(VectorTables.I64, Projection.JSON, Protocol.TEXT)) {
            assertThatThrownBy(() -> result.row(0).get("a", double[].class))
                .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void i8VectorsReadAsByteArraysGiveTheirElements() {
        try (Decoded result = select(VectorTables.I8, Projection.JSON, Protocol.PREPARED)) {
            assertThat(result.row(2).get("a", byte[].class)).containsExactly(-1, -4, 8);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // NULL and zero-length

    @ParameterizedTest(name = "{0} projection, {1} protocol")
    @MethodSource("everyProjectionAndProtocol")
    void nullVectorIsNullForEveryRequestedType(Projection projection, Protocol protocol) {
        byte[] column = WirePackets.vectorColumn("t", "a", projection.charset, 3, 1);
        try (Decoded result = decode(protocol, column, null)) {
            assertThat(result.row(0).get("a")).isNull();
            assertThat(result.row(0).get("a", float[].class)).isNull();
            assertThat(result.row(0).get("a", Vector.class)).isNull();
        }
    }

    @ParameterizedTest(name = "{0} projection, {1} protocol")
    @MethodSource("everyProjectionAndProtocol")
    void zeroLengthVectorIsAnEmptyArray(Projection projection, Protocol protocol) {
        byte[] column = WirePackets.vectorColumn("t", "a", projection.charset, 0, 1);
        byte[] field = projection.isBinary() ? new byte[0] : WirePackets.utf8("[]");
        try (Decoded result = decode(protocol, column, field)) {
            assertThat(result.row(0).get("a", float[].class)).isEmpty();
            assertThat(result.row(0).get("a", Vector.class).dimensions()).isZero();
            assertThat(result.row(0).get("a", String.class)).isEqualTo("[]");
        }
    }

    @Test
    void jsonWithWhitespaceIsAccepted() {
        byte[] column = WirePackets.vectorColumn("t", "a", UTF8MB4, 3, 5);
        try (Decoded result = decode(Protocol.TEXT, column, WirePackets.utf8(" [ 1 , -2,3 ] "))) {
            assertThat(result.row(0).get("a", int[].class)).containsExactly(1, -2, 3);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Malformed values

    @Test
    void binaryFieldOfTheWrongLengthFailsWithTheExpectedLength() {
        byte[] column = WirePackets.vectorColumn("t", "a", BINARY_CHARSET, 3, 1);
        try (Decoded result = decode(Protocol.TEXT, column, new byte[10])) {
            assertThatThrownBy(() -> result.row(0).get("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Value of column 'a' of type VECTOR(3, F32) has 10 bytes; expected 12 (3 elements of 4"
                    + " bytes)");
        }
    }

    @Test
    void jsonArrayWithTheWrongNumberOfElementsFails() {
        byte[] column = WirePackets.vectorColumn("t", "a", UTF8MB4, 3, 1);
        try (Decoded result = decode(Protocol.TEXT, column, WirePackets.utf8("[1.5,2.5]"))) {
            assertThatThrownBy(() -> result.row(0).get("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Value of column 'a' of type VECTOR(3, F32) has 2 elements; expected 3");
        }
    }

    @Test
    void malformedJsonFailsNamingTheColumnAndWhatWasExpected() {
        byte[] column = WirePackets.vectorColumn("t", "a", UTF8MB4, 3, 1);
        try (Decoded result = decode(Protocol.TEXT, column, WirePackets.utf8("[1,2;3]"))) {
            assertThatThrownBy(() -> result.row(0).get("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Malformed value '[1,2;3]' in column 'a' of type VECTOR(3, F32)")
                .hasRootCauseMessage("expected ',' or ']' at offset 4");
        }
    }

    @Test
    void jsonIntegerOutOfTheElementRangeFails() {
        byte[] column = WirePackets.vectorColumn("t", "a", UTF8MB4, 3, 3);
        try (Decoded result = decode(Protocol.TEXT, column, WirePackets.utf8("[1,200,3]"))) {
            assertThatThrownBy(() -> result.row(0).get("a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("200 is out of the range of I8 elements");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // BSON

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void bsonDecodesToItsRawBytes(Protocol protocol) {
        try (Decoded result = selectBson(protocol)) {
            assertThat(result.row(0).get("doc")).isEqualTo(ByteBuffer.wrap(bsonDocumentBytes()));
            assertThat(result.row(0).get("doc", byte[].class)).isEqualTo(bsonDocumentBytes());
        }
    }

    @Test
    void bsonDecodesToABsonDocumentWhenTheLibraryIsPresent() {
        try (Decoded result = selectBson(Protocol.TEXT)) {
            BsonDocument document = result.row(0).get("doc", BsonDocument.class);

            assertThat(document).isEqualTo(new BsonDocument("a", new BsonInt32(1)));
        }
    }

    @Test
    void nullBsonIsNull() {
        try (Decoded result = decode(Protocol.TEXT, WirePackets.bsonColumn("t", "doc"), null)) {
            assertThat(result.row(0).get("doc", BsonDocument.class)).isNull();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertValues(VectorTables table, int row, Object array) {
        double[] expected = table.values(row);
        assertThat(Array.getLength(array)).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            double actual = ((Number) Array.get(array, i)).doubleValue();
            if (table.isApproximate()) {
                assertThat(actual).as("element %d", i).isCloseTo(expected[i], within(0.005));
            } else if (table == VectorTables.F32) {
                assertThat((float) actual).as("element %d", i).isEqualTo((float) expected[i]);
            } else {
                assertThat(actual).as("element %d", i).isEqualTo(expected[i]);
            }
        }
    }

    /** {"a": 1} in BSON: int32 length 12, int32 element "a" = 1, terminator. */
    private static byte[] bsonDocumentBytes() {
        return WirePackets.hex("0c0000001061000100000000");
    }

    private static Decoded selectBson(Protocol protocol) {
        return decode(protocol, WirePackets.bsonColumn("t", "doc"), (Object) bsonDocumentBytes());
    }

    /** Decodes the response to {@code SELECT id, a FROM <table>}: rows (id, a) with ids 1, 2, 3. */
    private static Decoded select(VectorTables table, Projection projection, Protocol protocol) {
        byte[] id = WirePackets.column(table.table(), "id", BINARY_CHARSET, 11, WirePackets.TYPE_LONG, 0, 0);
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(2));
        packets.add(id);
        packets.add(table.column(projection.isBinary()));
        packets.add(WirePackets.eof(AUTOCOMMIT));
        for (int row = 0; row < table.rowCount(); row++) {
            byte[] field = table.field(row, projection.isBinary());
            packets.add(protocol == Protocol.PREPARED ? WirePackets.binaryRow(row + 1, field)
                : WirePackets.textRow(WirePackets.utf8(Integer.toString(row + 1)), field));
        }
        packets.add(WirePackets.eof(AUTOCOMMIT));
        return Decoded.of(protocol, packets);
    }

    /** Decodes a one-column result with one row holding {@code field} ({@code null} for NULL). */
    private static Decoded decode(Protocol protocol, byte[] column, Object field) {
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(1));
        packets.add(column);
        packets.add(WirePackets.eof(AUTOCOMMIT));
        packets.add(protocol == Protocol.PREPARED ? WirePackets.binaryRow(field)
            : WirePackets.textRow((byte[]) field));
        packets.add(WirePackets.eof(AUTOCOMMIT));
        return Decoded.of(protocol, packets);
    }

    /** A decoded result set whose rows hold pooled buffers until {@link #close()}. */
    private static final class Decoded implements AutoCloseable {

        private final ColumnDefinition[] columns;
        private final SingleStoreRowMetadata metadata;
        private final List<SingleStoreRow> rows = new ArrayList<>();

        private Decoded(ColumnDefinition[] columns) {
            this.columns = columns;
            this.metadata = new SingleStoreRowMetadata(columns, CODECS);
        }

        static Decoded of(Protocol protocol, List<byte[]> packets) {
            boolean binary = protocol == Protocol.PREPARED;
            ResponseDecoder decoder = new ResponseDecoder(binary ? ResponseDecoder.Mode.BINARY_RESULT
                : ResponseDecoder.Mode.TEXT_RESULT, false);
            Decoded decoded = null;
            List<RowMessage> messages = new ArrayList<>();
            for (byte[] packet : packets) {
                ByteBuf payload = ByteBufAllocator.DEFAULT.buffer(packet.length).writeBytes(packet);
                ServerMessage message = Decoding.decode(decoder, payload, false);
                if (message instanceof ResultSetMetadata) {
                    decoded = new Decoded(((ResultSetMetadata) message).columns());
                } else if (message instanceof RowMessage) {
                    messages.add((RowMessage) message);
                }
            }
            assertThat(decoder.isDone()).as("response complete").isTrue();
            for (RowMessage message : messages) {
                decoded.rows.add(new SingleStoreRow(message, message.payload(), binary, decoded.metadata, CODECS,
                    CodecContext.defaults()));
            }
            return decoded;
        }

        ColumnDefinition column(int index) {
            return this.columns[index];
        }

        SingleStoreRowMetadata metadata() {
            return this.metadata;
        }

        SingleStoreRow row(int index) {
            return this.rows.get(index);
        }

        @Override
        public void close() {
            this.rows.forEach(SingleStoreRow::release);
        }
    }
}
