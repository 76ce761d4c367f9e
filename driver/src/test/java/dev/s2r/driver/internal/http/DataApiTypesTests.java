/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.row.SingleStoreColumnMetadata;
import dev.s2r.driver.internal.row.SingleStoreRowMetadata;
import io.r2dbc.spi.Nullability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping of Data API {@code dataType}s to MySQL column definitions ({@link DataApiTypes}), checked field by
 * field and through the column metadata the row layer builds from them (R2DBC type, Java type, precision, scale).
 */
final class DataApiTypesTests {

    private static final String TEXT = "TEXT";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # dataType             | type | flags | charset | length     | decimals | cells   | R2DBC type        | Java type     | precision  | scale
        BIGINT                 |    8 |   128 |      63 |         20 |        0 | INTEGER | BIGINT            | Long          |         20 | -
        UNSIGNED BIGINT        |    8 |   160 |      63 |         20 |        0 | INTEGER | BIGINT UNSIGNED   | BigInteger    |         20 | -
        BIGINT UNSIGNED        |    8 |   160 |      63 |         20 |        0 | INTEGER | BIGINT UNSIGNED   | BigInteger    |         20 | -
        bigint                 |    8 |   128 |      63 |         20 |        0 | INTEGER | BIGINT            | Long          |         20 | -
        INT                    |    3 |   128 |      63 |         11 |        0 | INTEGER | INT               | Integer       |         11 | -
        INTEGER                |    3 |   128 |      63 |         11 |        0 | INTEGER | INT               | Integer       |         11 | -
        UNSIGNED INT           |    3 |   160 |      63 |         10 |        0 | INTEGER | INT UNSIGNED      | Long          |         10 | -
        MEDIUMINT              |    9 |   128 |      63 |          9 |        0 | INTEGER | MEDIUMINT         | Integer       |          9 | -
        SMALLINT               |    2 |   128 |      63 |          6 |        0 | INTEGER | SMALLINT          | Short         |          6 | -
        UNSIGNED SMALLINT      |    2 |   160 |      63 |          5 |        0 | INTEGER | SMALLINT UNSIGNED | Integer       |          5 | -
        TINYINT                |    1 |   128 |      63 |          4 |        0 | INTEGER | TINYINT           | Byte          |          4 | -
        UNSIGNED TINYINT       |    1 |   160 |      63 |          3 |        0 | INTEGER | TINYINT UNSIGNED  | Short         |          3 | -
        TINYINT(1)             |    1 |   128 |      63 |          1 |        0 | INTEGER | BOOLEAN           | Boolean       |          1 | -
        BOOL                   |    1 |   128 |      63 |          1 |        0 | INTEGER | BOOLEAN           | Boolean       |          1 | -
        FLOAT                  |    4 |   128 |      63 |         12 |       31 | TEXT    | FLOAT             | Float         |         12 | 31
        DOUBLE                 |    5 |   128 |      63 |         22 |       31 | TEXT    | DOUBLE            | Double        |         22 | 31
        REAL                   |    5 |   128 |      63 |         22 |       31 | TEXT    | DOUBLE            | Double        |         22 | 31
        DECIMAL(10,2)          |  246 |   128 |      63 |         12 |        2 | TEXT    | DECIMAL           | BigDecimal    |         10 | 2
        'DECIMAL(10, 2) UNSIGNED' | 246 | 160 |      63 |         11 |        2 | TEXT    | DECIMAL           | BigDecimal    |         10 | 2
        DECIMAL(5)             |  246 |   128 |      63 |          6 |        0 | TEXT    | DECIMAL           | BigDecimal    |          5 | 0
        DECIMAL                |  246 |   128 |      63 |         67 |       30 | TEXT    | DECIMAL           | BigDecimal    |         65 | 30
        NUMERIC(65,30)         |  246 |   128 |      63 |         67 |       30 | TEXT    | DECIMAL           | BigDecimal    |         65 | 30
        BIT(1)                 |   16 |   160 |      63 |          1 |        0 | BIT     | BOOLEAN           | Boolean       |          1 | -
        BIT(10)                |   16 |   160 |      63 |         10 |        0 | BIT     | BIT               | byte[]        |         10 | -
        BIT                    |   16 |   160 |      63 |         64 |        0 | BIT     | BIT               | byte[]        |         64 | -
        YEAR                   |   13 |   160 |      63 |          4 |        0 | INTEGER | YEAR              | Short         |          4 | -
        DATE                   |   10 |   128 |      63 |         10 |        0 | TEXT    | DATE              | LocalDate     |         10 | -
        TIME                   |   11 |   128 |      63 |         10 |        0 | TEXT    | TIME              | Duration      |         10 | 0
        TIME(6)                |   11 |   128 |      63 |         17 |        6 | TEXT    | TIME              | Duration      |         17 | 6
        DATETIME               |   12 |   128 |      63 |         19 |        0 | TEXT    | DATETIME          | LocalDateTime |         19 | 0
        ' datetime(6) '        |   12 |   128 |      63 |         26 |        6 | TEXT    | DATETIME          | LocalDateTime |         26 | 6
        TIMESTAMP(3)           |    7 |   128 |      63 |         23 |        3 | TEXT    | TIMESTAMP         | LocalDateTime |         23 | 3
        CHAR(10)               |  254 |     0 |      45 |         40 |        0 | TEXT    | CHAR              | String        |         10 | -
        VARCHAR(255)           |  253 |     0 |      45 |       1020 |        0 | TEXT    | VARCHAR           | String        |        255 | -
        VARCHAR                |  253 |     0 |      45 |     262140 |        0 | TEXT    | VARCHAR           | String        |      65535 | -
        TINYTEXT               |  249 |     0 |      45 |       1020 |        0 | TEXT    | TINYTEXT          | String        |        255 | -
        TEXT                   |  252 |     0 |      45 |     262140 |        0 | TEXT    | TEXT              | String        |      65535 | -
        MEDIUMTEXT             |  250 |     0 |      45 |   67108860 |        0 | TEXT    | MEDIUMTEXT        | String        |   16777215 | -
        LONGTEXT               |  251 |     0 |      45 | 4294967295 |        0 | TEXT    | LONGTEXT          | String        | 1073741823 | -
        BINARY(16)             |  254 |   128 |      63 |         16 |        0 | BYTES   | BINARY            | ByteBuffer    |         16 | -
        VARBINARY(100)         |  253 |   128 |      63 |        100 |        0 | BYTES   | VARBINARY         | ByteBuffer    |        100 | -
        TINYBLOB               |  249 |   128 |      63 |        255 |        0 | BYTES   | TINYBLOB          | ByteBuffer    |        255 | -
        BLOB                   |  252 |   128 |      63 |      65535 |        0 | BYTES   | BLOB              | ByteBuffer    |      65535 | -
        MEDIUMBLOB             |  250 |   128 |      63 |   16777215 |        0 | BYTES   | MEDIUMBLOB        | ByteBuffer    |   16777215 | -
        LONGBLOB               |  251 |   128 |      63 | 4294967295 |        0 | BYTES   | LONGBLOB          | ByteBuffer    | 2147483647 | -
        JSON                   |  245 |     0 |      45 | 4294967295 |        0 | JSON    | JSON              | String        | 1073741823 | -
        ENUM                   |  254 |   256 |      45 |       1020 |        0 | TEXT    | ENUM              | String        |        255 | -
        'ENUM(''a'',''b'')'    |  254 |   256 |      45 |       1020 |        0 | TEXT    | ENUM              | String        |        255 | -
        SET                    |  254 |  2048 |      45 |       1020 |        0 | TEXT    | SET               | String        |        255 | -
        NULL                   |    6 |   128 |      63 |          0 |        0 | TEXT    | NULL              | Object        |          0 | -
        GEOGRAPHY              |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        GEOGRAPHYPOINT         |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        GEOMETRY               |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        'VECTOR(3, F32)'       |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        BSON                   |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        SOMETHING NEW(1,2)     |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        ''                     |  253 |     0 |      45 | 4294967295 |        0 | TEXT    | VARCHAR           | String        | 1073741823 | -
        """)
    void mapsEachDataTypeToTheDefinitionAMySqlServerSends(String dataType, int type, int flags, int charset,
                                                          long length, int decimals, String cells, String r2dbcType,
                                                          String javaType, int precision, Integer scale) {
        ColumnDefinition column = DataApiTypes.column("c", dataType, true);

        assertThat(column.getName()).isEqualTo("c");
        assertThat(column.getType()).as("type").isEqualTo(type);
        assertThat(column.getFlags()).as("flags").isEqualTo(flags);
        assertThat(column.getCharset()).as("charset").isEqualTo(charset);
        assertThat(column.getLength()).as("length").isEqualTo(length);
        assertThat(column.getDecimals()).as("decimals").isEqualTo(decimals);
        assertThat(cellKindName(DataApiTypes.cellKind(column))).as("cells").isEqualTo(cells);
        SingleStoreColumnMetadata metadata = metadata(column);
        assertThat(metadata.getType().getName()).as("R2DBC type").isEqualTo(r2dbcType);
        assertThat(metadata.getJavaType().getSimpleName()).as("Java type").isEqualTo(javaType);
        assertThat(metadata.getPrecision()).as("precision").isEqualTo(precision);
        assertThat(metadata.getScale()).as("scale").isEqualTo(scale);
        assertThat(metadata.getNullability()).isEqualTo(Nullability.NULLABLE);
    }

    @Test
    void aColumnThatIsNotNullableIsFlaggedNotNull() {
        ColumnDefinition text = DataApiTypes.column("t", "VARCHAR(10)", false);
        ColumnDefinition number = DataApiTypes.column("n", "UNSIGNED INT", false);

        assertThat(text.getFlags()).isEqualTo(1);
        assertThat(number.getFlags()).isEqualTo(1 | 32 | 128);
        assertThat(metadata(text).getNullability()).isEqualTo(Nullability.NON_NULL);
    }

    private static SingleStoreColumnMetadata metadata(ColumnDefinition column) {
        return new SingleStoreRowMetadata(new ColumnDefinition[]{column}, DefaultCodecs.create()).getColumnMetadata(0);
    }

    private static String cellKindName(int kind) {
        switch (kind) {
            case DataApiTypes.TEXT:
                return TEXT;
            case DataApiTypes.INTEGER:
                return "INTEGER";
            case DataApiTypes.BYTES:
                return "BYTES";
            case DataApiTypes.BIT:
                return "BIT";
            case DataApiTypes.JSON:
                return "JSON";
            default:
                return "unknown " + kind;
        }
    }
}
