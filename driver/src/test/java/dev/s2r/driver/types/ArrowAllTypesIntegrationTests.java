/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.types;

import dev.s2r.driver.api.SingleStoreResult;
import dev.s2r.driver.test.DataApiDifferences;
import dev.s2r.driver.test.Wire;
import dev.s2r.driver.types.AllTypes.Column;
import dev.s2r.driver.types.AllTypes.RowKind;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Row;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code toArrow} on the all-types table, over every {@link Wire} (the text protocol, server-prepared statements and
 * the Data API): the documented Arrow type of every column, and values equal to those {@code Row.get} returns for the
 * same rows (typical, NULL, minimum, maximum and zero rows); column types the Data API cannot tell apart are declared
 * in {@link DataApiDifferences}.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
class ArrowAllTypesIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TABLE = "arrow_alltypes";
    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    /** The documented mapping (docs/singlestore.md, "Arrow type mapping") for the columns of {@link AllTypes}. */
    private static final Map<String, ArrowType> EXPECTED_TYPES = expectedTypes();

    private BufferAllocator allocator;

    @BeforeAll
    static void createFixtures(TestDatabase database) {
        List<String> statements = new ArrayList<>();
        statements.add(AllTypes.createTable(TABLE));
        for (RowKind row : RowKind.values()) {
            statements.add(AllTypes.insert(row).replace("INSERT INTO " + AllTypes.TABLE + " ",
                "INSERT INTO " + TABLE + " "));
        }
        database.execute(statements.toArray(String[]::new));
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    @BeforeEach
    void openAllocator() {
        this.allocator = new RootAllocator();
    }

    @AfterEach
    void closeAllocator() {
        assertThat(this.allocator.getAllocatedMemory()).as("Arrow memory left allocated").isZero();
        this.allocator.close();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void everyColumnHasItsDocumentedArrowType(Wire wire) {
        List<Field> fields = new ArrayList<>();
        arrow(wire, 100).doOnNext(root -> {
            try (root) {
                fields.addAll(root.getSchema().getFields());
            }
        }).blockLast(TIMEOUT);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(fields).hasSize(AllTypes.COLUMNS.size() + 1);
        softly.assertThat(fields.get(0).getType()).as("id INT").isEqualTo(new ArrowType.Int(32, true));
        softly.assertThat(fields.get(0).isNullable()).as("id is NOT NULL").isFalse();
        for (int i = 0; i < AllTypes.COLUMNS.size(); i++) {
            Column column = AllTypes.COLUMNS.get(i);
            Field field = fields.get(i + 1);
            softly.assertThat(field.getName()).isEqualTo(column.name());
            softly.assertThat(field.getType()).as("%s %s", column.name(), column.type())
                .isEqualTo(expectedType(wire, column));
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void everyValueEqualsWhatRowGetReturns(Wire wire) {
        List<List<Object>> expected = Flux.usingWhen(FACTORIES.get(wire).create(),
                connection -> Flux.from(select(connection).execute()).concatMap(result -> result.map(
                    (row, metadata) -> rowValues(row))),
                Connection::close)
            .collectList().block(TIMEOUT);
        List<List<Object>> actual = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        arrow(wire, 2).doOnNext(root -> {
            try (root) {
                batches.add(root.getRowCount());
                for (int row = 0; row < root.getRowCount(); row++) {
                    List<Object> values = new ArrayList<>();
                    for (FieldVector vector : root.getFieldVectors()) {
                        values.add(arrowValue(vector, row));
                    }
                    actual.add(values);
                }
            }
        }).blockLast(TIMEOUT);

        assertThat(batches).containsExactly(2, 2, 1);
        assertThat(actual).hasSameSizeAs(expected).hasSize(RowKind.values().length);
        SoftAssertions softly = new SoftAssertions();
        for (int row = 0; row < expected.size(); row++) {
            for (int i = 0; i < expected.get(row).size(); i++) {
                String name = i == 0 ? "id" : AllTypes.COLUMNS.get(i - 1).name();
                softly.assertThat(actual.get(row).get(i)).as("row %d column %s", row, name)
                    .isEqualTo(expected.get(row).get(i));
            }
        }
        softly.assertAll();
        assertThat(actual.get(RowKind.NULLS.id()).subList(1, AllTypes.COLUMNS.size() + 1)).containsOnlyNulls();
    }

    /**
     * The documented Arrow type of a column over the wire: that of its own type, or, where {@link DataApiDifferences}
     * declares that the Data API describes it as another type, that of the fixture's column of that type.
     */
    private static ArrowType expectedType(Wire wire, Column column) {
        String describedAs = DataApiDifferences.describedAs(wire, column.type());
        if (describedAs == null) {
            return EXPECTED_TYPES.get(column.name());
        }
        return AllTypes.COLUMNS.stream().filter(other -> other.type().equals(describedAs))
            .map(other -> EXPECTED_TYPES.get(other.name())).findFirst()
            .orElseThrow(() -> new IllegalStateException("no column of type " + describedAs + " in the fixture"));
    }

    private Flux<VectorSchemaRoot> arrow(Wire wire, int batchRows) {
        return Flux.usingWhen(FACTORIES.get(wire).create(),
            connection -> Flux.from(select(connection).execute())
                .concatMap(result -> ((SingleStoreResult) result).toArrow(this.allocator, batchRows)),
            Connection::close);
    }

    private static io.r2dbc.spi.Statement select(Connection connection) {
        String columns = AllTypes.COLUMNS.stream().map(column -> AllTypes.quote(column.name()))
            .collect(Collectors.joining(", "));
        return connection.createStatement("SELECT `id`, " + columns + " FROM " + TABLE
            + " WHERE `id` >= ? ORDER BY `id`").bind(0, 0);
    }

    private static List<Object> rowValues(Row row) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i <= AllTypes.COLUMNS.size(); i++) {
            values.add(normalize(row.get(i)));
        }
        return values;
    }

    /** Brings Row.get values and Arrow values to one comparable form. */
    private static Object normalize(Object value) {
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof ByteBuffer || value instanceof byte[]) {
            return AllTypes.comparable(value).toString().replaceFirst("^[^:]*:", "bytes:");
        }
        return value;
    }

    private static Object arrowValue(FieldVector vector, int row) {
        if (vector.isNull(row)) {
            return null;
        }
        if (vector instanceof BaseIntVector) {
            long bits = ((BaseIntVector) vector).getValueAsLong(row);
            ArrowType.Int type = (ArrowType.Int) vector.getField().getType();
            if (!type.getIsSigned() && type.getBitWidth() == 64 && bits < 0) {
                return BigInteger.valueOf(bits & Long.MAX_VALUE).setBit(63);
            }
            if (!type.getIsSigned() && type.getBitWidth() < 64) {
                bits &= (1L << type.getBitWidth()) - 1;
            }
            return BigInteger.valueOf(bits);
        }
        if (vector instanceof DateDayVector) {
            return LocalDate.ofEpochDay(((DateDayVector) vector).get(row));
        }
        if (vector instanceof VarCharVector) {
            return new String(((VarCharVector) vector).get(row), StandardCharsets.UTF_8);
        }
        if (vector instanceof VarBinaryVector) {
            return "bytes:" + HexFormat.of().formatHex(((VarBinaryVector) vector).get(row));
        }
        return vector.getObject(row);
    }

    private static Map<String, ArrowType> expectedTypes() {
        ArrowType utf8 = ArrowType.Utf8.INSTANCE;
        ArrowType binary = ArrowType.Binary.INSTANCE;
        ArrowType decimal = new ArrowType.Decimal(20, 6, 128);
        ArrowType timestamp = new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
        ArrowType duration = new ArrowType.Duration(TimeUnit.MICROSECOND);
        Map<String, ArrowType> types = new LinkedHashMap<>();
        types.put("tinyint", new ArrowType.Int(8, true));
        types.put("unsigned_tinyint", new ArrowType.Int(8, false));
        types.put("bool", ArrowType.Bool.INSTANCE);
        types.put("boolean", ArrowType.Bool.INSTANCE);
        types.put("smallint", new ArrowType.Int(16, true));
        types.put("unsigned_smallint", new ArrowType.Int(16, false));
        types.put("mediumint", new ArrowType.Int(32, true));
        types.put("unsigned_mediumint", new ArrowType.Int(32, false));
        types.put("int24", new ArrowType.Int(32, true));
        types.put("unsigned_int24", new ArrowType.Int(32, false));
        types.put("int", new ArrowType.Int(32, true));
        types.put("unsigned_int", new ArrowType.Int(32, false));
        types.put("integer", new ArrowType.Int(32, true));
        types.put("unsigned_integer", new ArrowType.Int(32, false));
        types.put("bigint", new ArrowType.Int(64, true));
        types.put("unsigned_bigint", new ArrowType.Int(64, false));
        types.put("float", new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE));
        types.put("double", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
        types.put("real", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
        types.put("decimal", decimal);
        types.put("dec", decimal);
        types.put("fixed", decimal);
        types.put("numeric", decimal);
        types.put("date", new ArrowType.Date(DateUnit.DAY));
        types.put("time", duration);
        types.put("time_6", duration);
        types.put("datetime", timestamp);
        types.put("datetime_6", timestamp);
        types.put("timestamp", timestamp);
        types.put("timestamp_6", timestamp);
        types.put("year", new ArrowType.Int(16, true));
        types.put("char_100", utf8);
        types.put("binary_100", binary);
        types.put("varchar_200", utf8);
        types.put("varbinary_200", binary);
        for (String name : List.of("longtext", "mediumtext", "text", "tinytext", "json", "enum", "set")) {
            types.put(name, utf8);
        }
        for (String name : List.of("longblob", "mediumblob", "blob", "tinyblob", "bit_64")) {
            types.put(name, binary);
        }
        types.put("bit_1", ArrowType.Bool.INSTANCE);
        return types;
    }
}
