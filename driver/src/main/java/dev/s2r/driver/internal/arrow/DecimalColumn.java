/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.arrow;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.util.NumberText;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * DECIMAL to an Arrow {@code Decimal128} with the column's precision and scale ({@code Decimal256} above 38 digits).
 * Both protocols send decimals as text; values of up to 18 digits are parsed straight into their unscaled
 * {@code long} ({@link NumberText#unscaled}), longer ones through {@link BigDecimal}.
 */
final class DecimalColumn extends ArrowColumn {

    /** The most digits Decimal128 holds. */
    static final int MAX_DECIMAL128_PRECISION = 38;

    private final int precision;
    private final int scale;
    private final FixedStage stage;

    DecimalColumn(ColumnDefinition column) {
        super(column);
        this.scale = Math.max(0, Math.min(column.getDecimals(), 30));
        this.precision = precision(column, this.scale);
        this.stage = new FixedStage(this.precision > MAX_DECIMAL128_PRECISION ? 32 : 16);
    }

    /**
     * The precision from the column length, which counts the sign (unless UNSIGNED) and the decimal point (when
     * the scale is positive); 10 when the length is unknown.
     */
    static int precision(ColumnDefinition column, int scale) {
        long length = column.getLength();
        if (length <= 0) {
            return Math.max(10, scale);
        }
        long digits = length - (scale > 0 ? 1 : 0) - (column.isUnsigned() ? 0 : 1);
        return (int) Math.max(Math.max(1, scale), Math.min(digits, 76));
    }

    @Override
    Field field() {
        return leaf(new ArrowType.Decimal(this.precision, this.scale,
            this.precision > MAX_DECIMAL128_PRECISION ? 256 : 128));
    }

    @Override
    void capacity(int rows) {
        this.stage.capacity(rows);
    }

    @Override
    void moveTo(FieldVector vector, int rows) {
        this.stage.moveTo((BaseFixedWidthVector) vector, rows);
    }

    @Override
    void write(int row, byte[] data, int index, int length, boolean binary) {
        long unscaled = NumberText.unscaled(data, index, length, this.scale);
        if (unscaled == NumberText.UNPARSED) {
            writeSlowly(row, data, index, length);
        } else {
            this.stage.putWideLong(row, unscaled);
        }
    }

    private void writeSlowly(int row, byte[] data, int index, int length) {
        BigDecimal value;
        try {
            value = new BigDecimal(new String(data, index, length, StandardCharsets.ISO_8859_1))
                .setScale(this.scale, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw malformed(data, index, length);
        }
        if (value.precision() > this.precision || !this.stage.putBigEndian(row, value.unscaledValue().toByteArray())) {
            throw new IllegalArgumentException("Value " + value.toPlainString() + " of column " + describe()
                + " has more digits than its precision, " + this.precision);
        }
    }
}
