/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ColumnMetadata.getPrecision()} as R2DBC defines it: characters for character columns (the column
 * definition's length is in bytes of its character set, so it is divided by that set's longest character), bytes
 * for byte strings, digits for numbers, and the length of the text form for temporal values.
 */
class ColumnPrecisionTests {

    private static final int UTF8MB4_GENERAL_CI = 45;
    private static final int UTF8MB4_UNICODE_CI = 224;
    private static final int UTF8MB3_GENERAL_CI = 33;
    private static final int LATIN1_SWEDISH_CI = 8;
    private static final int UCS2_GENERAL_CI = 35;
    private static final int UTF32_GENERAL_CI = 60;
    private static final int BINARY = DataTypes.BINARY_CHARSET;

    private static Integer precision(int type, int flags, int charset, long length, int decimals) {
        ColumnDefinition column = ColumnDefinition.of("c", type, flags, charset, length, decimals);
        return new SingleStoreColumnMetadata(column, DefaultCodecs.create()).getPrecision();
    }

    private static Integer precision(int type, int charset, long length) {
        return precision(type, 0, charset, length, 0);
    }

    @Test
    void varcharInUtf8mb4CountsCharactersNotBytes() {
        assertThat(precision(DataTypes.VAR_STRING, UTF8MB4_GENERAL_CI, 200)).isEqualTo(50);
        assertThat(precision(DataTypes.VARCHAR, UTF8MB4_UNICODE_CI, 200)).isEqualTo(50);
    }

    @Test
    void charCountsCharactersOfItsCharacterSet() {
        assertThat(precision(DataTypes.STRING, LATIN1_SWEDISH_CI, 10)).isEqualTo(10);
        assertThat(precision(DataTypes.STRING, UTF8MB3_GENERAL_CI, 30)).isEqualTo(10);
        assertThat(precision(DataTypes.STRING, UCS2_GENERAL_CI, 20)).isEqualTo(10);
        assertThat(precision(DataTypes.STRING, UTF32_GENERAL_CI, 40)).isEqualTo(10);
    }

    @Test
    void textTypesCountCharactersOfTheAnnouncedLength() {
        assertThat(precision(DataTypes.BLOB, UTF8MB4_GENERAL_CI, 65535)).isEqualTo(16383);
        assertThat(precision(DataTypes.BLOB, UTF8MB4_GENERAL_CI, 262140)).isEqualTo(65535);
        assertThat(precision(DataTypes.TINY_BLOB, UTF8MB4_GENERAL_CI, 1020)).isEqualTo(255);
        assertThat(precision(DataTypes.LONG_BLOB, UTF8MB4_GENERAL_CI, 4294967295L)).isEqualTo(1073741823);
    }

    @Test
    void enumAndSetCountCharacters() {
        assertThat(precision(DataTypes.STRING, DataTypes.FLAG_ENUM, UTF8MB4_GENERAL_CI, 12, 0)).isEqualTo(3);
        assertThat(precision(DataTypes.STRING, DataTypes.FLAG_SET, UTF8MB4_GENERAL_CI, 20, 0)).isEqualTo(5);
    }

    @Test
    void byteStringsCountBytes() {
        assertThat(precision(DataTypes.VAR_STRING, DataTypes.FLAG_BINARY, BINARY, 20, 0)).isEqualTo(20);
        assertThat(precision(DataTypes.STRING, DataTypes.FLAG_BINARY, BINARY, 16, 0)).isEqualTo(16);
        assertThat(precision(DataTypes.BLOB, DataTypes.FLAG_BINARY, BINARY, 65535, 0)).isEqualTo(65535);
    }

    @Test
    void numbersAndTemporalValuesAreUnchanged() {
        assertThat(precision(DataTypes.LONG, BINARY, 11)).isEqualTo(11);
        assertThat(precision(DataTypes.NEWDECIMAL, 0, BINARY, 12, 2)).isEqualTo(10);
        assertThat(precision(DataTypes.DATETIME, 0, BINARY, 26, 6)).isEqualTo(26);
        assertThat(precision(DataTypes.DATE, BINARY, 10)).isEqualTo(10);
    }

    @Test
    void anUnknownCharacterSetReportsTheByteLengthAnUpperBound() {
        assertThat(precision(DataTypes.VAR_STRING, 4000, 200)).isEqualTo(200);
    }
}
