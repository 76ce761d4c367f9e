/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.test.Decoding;
import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import dev.s2r.driver.test.Protocol;
import dev.s2r.driver.test.VectorTables;
import dev.s2r.driver.test.WirePackets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.r2dbc.spi.R2dbcException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.FixedSizeListVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.s2r.driver.test.WirePackets.AUTOCOMMIT;
import static dev.s2r.driver.test.WirePackets.BINARY_CHARSET;
import static dev.s2r.driver.test.WirePackets.UTF8MB4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code toArrow} on SingleStore VECTOR columns, from byte-exact wire fixtures (the layout of {@link WirePackets}
 * and the values of {@link VectorTables}) fed through the real {@link ResponseDecoder}: every element type, both
 * projections, both protocols, NULL vectors, and errors in the middle of a result.
 */
final class ArrowVectorWireFixtureTests {

    private static final Codecs CODECS = DefaultCodecs.create();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private BufferAllocator allocator;

    @BeforeEach
    void openAllocator() {
        this.allocator = new RootAllocator();
    }

    @AfterEach
    void closeAllocator() {
        assertThat(this.allocator.getAllocatedMemory()).as("Arrow memory left allocated").isZero();
        this.allocator.close();
    }

    static Stream<Arguments> everyTableProjectionAndProtocol() {
        List<Arguments> arguments = new ArrayList<>();
        for (VectorTables table : VectorTables.values()) {
            for (boolean binaryProjection : new boolean[] {true, false}) {
                for (Protocol protocol : Protocol.values()) {
                    arguments.add(Arguments.of(table, binaryProjection ? "binary" : "JSON", protocol));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} projection, {2} protocol")
    @MethodSource("everyTableProjectionAndProtocol")
    void vectorColumnsBecomeFixedSizeListsOfTheirElementType(VectorTables table, String projection,
                                                              Protocol protocol) {
        boolean binaryProjection = projection.equals("binary");
        List<List<Object>> rows = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        List<Field> fields = new ArrayList<>();

        toArrow(select(table, binaryProjection, protocol), 3)
            .doOnNext(root -> {
                try (root) {
                    fields.add(root.getSchema().findField("a"));
                    batchSizes.add(root.getRowCount());
                    FixedSizeListVector list = (FixedSizeListVector) root.getVector("a");
                    for (int row = 0; row < root.getRowCount(); row++) {
                        rows.add(list.isNull(row) ? null : elements(list.getDataVector(), row * 3, 3));
                    }
                }
            })
            .as(StepVerifier::create)
            .expectNextCount(2)
            .verifyComplete();

        assertThat(batchSizes).containsExactly(3, 1);
        Field field = fields.get(0);
        assertThat(field.getType()).isEqualTo(new ArrowType.FixedSizeList(VectorTables.DIMENSIONS));
        assertThat(field.getChildren().get(0).getType()).isEqualTo(expectedElementType(table));
        for (int row = 0; row < table.rowCount(); row++) {
            double[] expected = table.values(row);
            List<Object> actual = rows.get(row);
            assertThat(actual).hasSize(VectorTables.DIMENSIONS);
            for (int i = 0; i < expected.length; i++) {
                double value = ((Number) actual.get(i)).doubleValue();
                double tolerance = table.isApproximate() ? 1e-3 : table == VectorTables.F32 ? 1e-7 : 0;
                assertThat(value).as("row %d element %d", row, i).isCloseTo(expected[i], within(tolerance));
            }
        }
        assertThat(rows.get(3)).as("NULL vector").isNull();
    }

    @Test
    void vectorWithoutAnnouncedDimensionsBecomesAVariableList() {
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(1));
        packets.add(WirePackets.vectorColumn("t", "a", BINARY_CHARSET, 0, 5));
        packets.add(WirePackets.eof(AUTOCOMMIT));
        packets.add(WirePackets.textRow(WirePackets.hex("0100000002000000")));
        packets.add(WirePackets.textRow(new byte[0]));
        packets.add(WirePackets.eof(AUTOCOMMIT));

        toArrow(decode(Protocol.TEXT, packets), 10)
            .doOnNext(root -> {
                try (root) {
                    ListVector list = (ListVector) root.getVector("a");
                    assertThat(new ArrayList<Object>(list.getObject(0))).containsExactly(1, 2);
                    assertThat(list.getObject(1)).isEmpty();
                }
            })
            .as(StepVerifier::create)
            .expectNextCount(1)
            .verifyComplete();
    }

    @Test
    void binaryVectorOfTheWrongLengthFailsAndFreesTheBatch() {
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(1));
        packets.add(WirePackets.vectorColumn("t", "a", BINARY_CHARSET, 3, 1));
        packets.add(WirePackets.eof(AUTOCOMMIT));
        packets.add(WirePackets.textRow(new byte[12]));
        packets.add(WirePackets.textRow(new byte[10]));
        packets.add(WirePackets.textRow(new byte[12]));
        packets.add(WirePackets.eof(AUTOCOMMIT));

        toArrow(decode(Protocol.TEXT, packets), 10)
            .as(StepVerifier::create)
            .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'").hasMessageContaining("expected 12"))
            .verify(TIMEOUT);
    }

    @Test
    void serverErrorAfterSomeRowsFailsAndFreesTheBatch() {
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(1));
        packets.add(WirePackets.vectorColumn("t", "a", UTF8MB4, 3, 1));
        packets.add(WirePackets.eof(AUTOCOMMIT));
        packets.add(WirePackets.textRow(WirePackets.utf8("[1,2,3]")));
        packets.add(WirePackets.error(1317, "70100", "Query execution was interrupted"));

        toArrow(decode(Protocol.TEXT, packets), 10)
            .as(StepVerifier::create)
            .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcException.class)
                .hasMessageContaining("interrupted"))
            .verify(TIMEOUT);
    }

    private Flux<VectorSchemaRoot> toArrow(List<ServerMessage> messages, int batchRows) {
        SingleStoreResult result = SingleStoreResult.of(Flux.fromIterable(messages), CODECS, CodecContext.defaults(),
            "SELECT a FROM t", null);
        return result.toArrow(this.allocator, batchRows);
    }

    private static ArrowType expectedElementType(VectorTables table) {
        switch (table) {
            case F64:
                return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
            case F32:
            case F16:
                return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
            case I8:
                return new ArrowType.Int(8, true);
            case I16:
                return new ArrowType.Int(16, true);
            case I32:
                return new ArrowType.Int(32, true);
            default:
                return new ArrowType.Int(64, true);
        }
    }

    private static List<Object> elements(FieldVector child, int first, int count) {
        List<Object> values = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            if (child instanceof Float4Vector) {
                values.add(((Float4Vector) child).get(i));
            } else if (child instanceof Float8Vector) {
                values.add(((Float8Vector) child).get(i));
            } else {
                values.add(((BaseIntVector) child).getValueAsLong(i));
            }
        }
        return values;
    }

    /** The response to {@code SELECT id, a FROM <table>}: the table's rows with ids 1 to 3, then id 4 with NULL. */
    private static List<ServerMessage> select(VectorTables table, boolean binaryProjection, Protocol protocol) {
        byte[] id = WirePackets.column(table.table(), "id", BINARY_CHARSET, 11, WirePackets.TYPE_LONG, 0, 0);
        List<byte[]> packets = new ArrayList<>();
        packets.add(WirePackets.columnCount(2));
        packets.add(id);
        packets.add(table.column(binaryProjection));
        packets.add(WirePackets.eof(AUTOCOMMIT));
        for (int row = 0; row <= table.rowCount(); row++) {
            byte[] field = row < table.rowCount() ? table.field(row, binaryProjection) : null;
            packets.add(protocol == Protocol.PREPARED ? WirePackets.binaryRow(row + 1, field)
                : WirePackets.textRow(WirePackets.utf8(Integer.toString(row + 1)), field));
        }
        packets.add(WirePackets.eof(AUTOCOMMIT));
        return decode(protocol, packets);
    }

    private static List<ServerMessage> decode(Protocol protocol, List<byte[]> packets) {
        ResponseDecoder decoder = new ResponseDecoder(protocol == Protocol.PREPARED
            ? ResponseDecoder.Mode.BINARY_RESULT : ResponseDecoder.Mode.TEXT_RESULT, false);
        List<ServerMessage> messages = new ArrayList<>();
        for (byte[] packet : packets) {
            ByteBuf payload = ByteBufAllocator.DEFAULT.buffer(packet.length).writeBytes(packet);
            ServerMessage message = Decoding.decode(decoder, payload, false);
            if (message != null) {
                messages.add(message);
            }
        }
        return messages;
    }
}
