/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.util.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The column writers stage a batch in heap arrays and move it into the vector in one step: nulls (rows never
 * written) stay null wherever they fall, and each batch starts empty, with nothing left over from the one before.
 */
final class StagedColumnsTests {

    private final BufferAllocator allocator = new RootAllocator();
    private final List<FieldVector> vectors = new ArrayList<>();

    @AfterEach
    void close() {
        this.vectors.forEach(FieldVector::close);
        assertThat(this.allocator.getAllocatedMemory()).isZero();
        this.allocator.close();
    }

    @Test
    void stringsWithNullsAnywhereKeepTheirOffsetsAcrossBatches() {
        BytesColumn column = new BytesColumn(column("s", DataTypes.VAR_STRING, 0, 33, 64, 0), true);

        VarCharVector first = (VarCharVector) batch(column, "a", null, null, "bc", null);
        VarCharVector second = (VarCharVector) batch(column, null, "xyz");

        assertThat(values(first)).containsExactly("a", null, null, "bc", null);
        assertThat(values(second)).containsExactly(null, "xyz");
        assertThat(second.getOffsetBuffer().getInt(8)).as("the second batch's offsets count from 0 again").isEqualTo(3);
    }

    @Test
    void integersWithNullsStartEachBatchEmpty() {
        IntegerColumn column = new IntegerColumn(column("id", DataTypes.LONGLONG, 0, 63, 20, 0));

        BigIntVector first = (BigIntVector) batch(column, "1", null, "-3");
        BigIntVector second = (BigIntVector) batch(column, null, "5", null);

        assertThat(values(first)).containsExactly(1L, null, -3L);
        assertThat(values(second)).containsExactly(null, 5L, null);
    }

    @Test
    void booleansWithNullsStartEachBatchEmpty() {
        BooleanColumn column = new BooleanColumn(column("flag", DataTypes.TINY, 0, 63, 1, 0));

        BitVector first = (BitVector) batch(column, "1", null, "0", "7");
        BitVector second = (BitVector) batch(column, null, "0", "1");

        assertThat(values(first)).containsExactly(true, null, false, true);
        assertThat(values(second)).containsExactly(null, false, true);
    }

    @Test
    void decimalsBeyondEighteenDigitsAreSignExtended() {
        DecimalColumn column = new DecimalColumn(column("d", DataTypes.NEWDECIMAL, 0, 63, 40, 4));

        DecimalVector vector = (DecimalVector) batch(column, "-123456789012345678901234.5678", "12.5", "-0.0001",
            "99999999999999999999999999999999.9999");

        assertThat(values(vector)).containsExactly(new BigDecimal("-123456789012345678901234.5678"),
            new BigDecimal("12.5000"), new BigDecimal("-0.0001"), new BigDecimal("99999999999999999999999999999999.9999"));
    }

    @Test
    void wideDecimalsGoToDecimal256() {
        DecimalColumn column = new DecimalColumn(column("d", DataTypes.NEWDECIMAL, 0, 63, 62, 10));

        Decimal256Vector vector = (Decimal256Vector) batch(column, "-12345678901234567890123456789012345678901.1234567890",
            "1.5", null);

        assertThat(values(vector)).containsExactly(
            new BigDecimal("-12345678901234567890123456789012345678901.1234567890"), new BigDecimal("1.5000000000"),
            null);
    }

    @Test
    void aDecimalWiderThanItsColumnIsRefused() {
        DecimalColumn column = new DecimalColumn(column("price", DataTypes.NEWDECIMAL, 0, 63, 7, 2));
        column.capacity(1);
        byte[] text = "123456789012345678901.25".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> column.write(0, text, 0, text.length, false))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'price'").hasMessageContaining("precision");
    }

    private static ColumnDefinition column(String name, int type, int flags, int charset, long length, int decimals) {
        return ColumnDefinition.of(name, type, flags, charset, length, decimals);
    }

    /** Writes one batch of text values ({@code null}: the row is not written) and moves it into a new vector. */
    private FieldVector batch(ArrowColumn column, String... texts) {
        column.capacity(texts.length);
        for (int row = 0; row < texts.length; row++) {
            if (texts[row] != null) {
                byte[] bytes = texts[row].getBytes(StandardCharsets.UTF_8);
                column.write(row, bytes, 0, bytes.length, false);
            }
        }
        FieldVector vector = column.field().createVector(this.allocator);
        this.vectors.add(vector);
        column.moveTo(vector, texts.length);
        assertThat(vector.getValueCount()).isEqualTo(texts.length);
        return vector;
    }

    private static List<Object> values(FieldVector vector) {
        Object[] values = new Object[vector.getValueCount()];
        for (int row = 0; row < values.length; row++) {
            Object value = vector.getObject(row);
            values[row] = value instanceof Text ? value.toString() : value;
        }
        return Arrays.asList(values);
    }
}
