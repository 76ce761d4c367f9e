/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.junit.jupiter.api.Test;

import static dev.s2r.driver.internal.codec.Fixtures.byteString;
import static dev.s2r.driver.internal.codec.Fixtures.column;
import static dev.s2r.driver.internal.codec.Fixtures.text;
import static dev.s2r.driver.internal.codec.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a column is classified for decoding ({@link Kind}), on top of its {@link SingleStoreType}: the distinctions
 * decoding needs that the type does not make, and the ones the type makes that decoding does not need.
 */
final class KindTests {

    private static final int BINARY = 63;
    private static final int UTF8MB4 = 45;

    private static ColumnDefinition extended(int type, int charset, int extendedType, int elementType) {
        return new ColumnDefinition("db", "t", "t", "v", "v", charset, 1536, type, 0, 0, extendedType, 3,
            elementType);
    }

    @Test
    void aOneBitColumnIsABooleanReadFromBitsAndATinyintOfOneIsABooleanReadFromANumber() {
        assertThat(SingleStoreType.of(column(DataTypes.BIT, 1))).isEqualTo(SingleStoreType.BOOLEAN);
        assertThat(Kind.of(column(DataTypes.BIT, 1))).isEqualTo(Kind.BIT_BOOLEAN);
        assertThat(Kind.of(column(DataTypes.TINY, 1))).isEqualTo(Kind.BOOLEAN);
        assertThat(Kind.of(column(DataTypes.BIT, 8))).isEqualTo(Kind.BIT);
    }

    @Test
    void signednessIsKeptExceptForMediumintWhichFitsAnIntEitherWay() {
        assertThat(Kind.of(unsigned(DataTypes.LONGLONG, 20))).isEqualTo(Kind.BIGINT_UNSIGNED);
        assertThat(Kind.of(unsigned(DataTypes.LONG, 10))).isEqualTo(Kind.INT_UNSIGNED);
        assertThat(Kind.of(unsigned(DataTypes.INT24, 8))).isEqualTo(Kind.MEDIUMINT);
        assertThat(Kind.of(column(DataTypes.INT24, 9))).isEqualTo(Kind.MEDIUMINT);
    }

    @Test
    void everyCharacterStringTypeIsTextAndEveryByteStringTypeIsBinary() {
        for (int type : new int[] {DataTypes.STRING, DataTypes.VAR_STRING, DataTypes.VARCHAR, DataTypes.TINY_BLOB,
            DataTypes.BLOB, DataTypes.MEDIUM_BLOB, DataTypes.LONG_BLOB}) {
            assertThat(Kind.of(text(type))).as("type %d, utf8mb4", type).isEqualTo(Kind.TEXT);
            assertThat(Kind.of(byteString(type))).as("type %d, binary", type).isEqualTo(Kind.BINARY);
        }
    }

    @Test
    void timestampsAreReadAsDatetimesAndJsonAsText() {
        assertThat(Kind.of(column(DataTypes.TIMESTAMP, 26))).isEqualTo(Kind.DATETIME);
        assertThat(Kind.of(column(DataTypes.DATETIME2, 26))).isEqualTo(Kind.DATETIME);
        assertThat(Kind.of(column(DataTypes.JSON, 0, BINARY, 4096, 0))).isEqualTo(Kind.TEXT);
    }

    @Test
    void enumAndSetCodesAreTextButAStringFlaggedEnumGoesByItsCharacterSet() {
        assertThat(Kind.of(column(DataTypes.ENUM, 0, BINARY, 10, 0))).isEqualTo(Kind.TEXT);
        assertThat(Kind.of(column(DataTypes.STRING, DataTypes.FLAG_ENUM, UTF8MB4, 10, 0))).isEqualTo(Kind.TEXT);
        assertThat(Kind.of(column(DataTypes.STRING, DataTypes.FLAG_SET, BINARY, 10, 0))).isEqualTo(Kind.BINARY);
    }

    @Test
    void aVectorIsClassifiedByItsElementTypeAndAnUnknownOneIsReadAsTheStringTheServerSends() {
        assertThat(Kind.of(extended(DataTypes.BLOB, BINARY, DataTypes.EXTENDED_VECTOR, 1))).isEqualTo(Kind.VECTOR_F32);
        assertThat(Kind.of(extended(DataTypes.BLOB, BINARY, DataTypes.EXTENDED_VECTOR, 7))).isEqualTo(Kind.VECTOR_F16);
        assertThat(Kind.of(extended(DataTypes.BLOB, BINARY, DataTypes.EXTENDED_VECTOR, 99))).isEqualTo(Kind.BINARY);
        assertThat(Kind.of(extended(DataTypes.VAR_STRING, UTF8MB4, DataTypes.EXTENDED_VECTOR, 99)))
            .isEqualTo(Kind.TEXT);
        assertThat(Kind.of(extended(DataTypes.JSON, BINARY, DataTypes.EXTENDED_VECTOR, 99))).isEqualTo(Kind.TEXT);
    }

    @Test
    void bsonIsBsonAndAnUnknownExtendedTypeFallsBackToTheBaseType() {
        assertThat(Kind.of(extended(DataTypes.BLOB, BINARY, DataTypes.EXTENDED_BSON, 0))).isEqualTo(Kind.BSON);
        assertThat(Kind.of(extended(DataTypes.BLOB, BINARY, 42, 0))).isEqualTo(Kind.BINARY);
        assertThat(Kind.of(extended(DataTypes.LONGLONG, BINARY, 42, 0))).isEqualTo(Kind.BIGINT);
    }
}
