/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import dev.s2r.driver.internal.codec.Codecs;
import dev.s2r.driver.internal.codec.Collations;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.codec.SingleStoreType;
import dev.s2r.driver.internal.message.server.ColumnDefinition;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Nullability;
import io.r2dbc.spi.Type;

/**
 * Column metadata backed by a column definition packet.
 */
public final class SingleStoreColumnMetadata implements ColumnMetadata {

    private final ColumnDefinition column;
    private final Codecs codecs;

    SingleStoreColumnMetadata(ColumnDefinition column, Codecs codecs) {
        this.column = column;
        this.codecs = codecs;
    }

    ColumnDefinition definition() {
        return this.column;
    }

    @Override
    public Class<?> getJavaType() {
        return this.codecs.defaultJavaType(this.column);
    }

    @Override
    public Type getType() {
        return this.codecs.r2dbcType(this.column);
    }

    @Override
    public String getName() {
        return this.column.getName();
    }

    @Override
    public ColumnDefinition getNativeTypeMetadata() {
        return this.column;
    }

    @Override
    public Nullability getNullability() {
        return this.column.isNotNull() ? Nullability.NON_NULL : Nullability.NULLABLE;
    }

    /**
     * The precision as R2DBC defines it: for a VECTOR its dimensions; for a DECIMAL its digits; for a character
     * string (CHAR, VARCHAR, TEXT types, ENUM, SET, JSON) its length in characters, which is the definition's
     * length in bytes divided by the longest character of the column's character set ({@link Collations}: a
     * {@code VARCHAR(50)} sent in utf8mb4 is 200 bytes, 50 characters); otherwise the definition's length: bytes for
     * byte strings, digits for integers, the length of the text form for temporal values.
     *
     * @return the precision
     */
    @Override
    public Integer getPrecision() {
        if (this.column.getExtendedType() == DataTypes.EXTENDED_VECTOR) {
            return this.column.getVectorDimensions();
        }
        int type = this.column.getType();
        long length = this.column.getLength();
        if (type == DataTypes.NEWDECIMAL || type == DataTypes.DECIMAL) {
            long precision = length - (this.column.getDecimals() > 0 ? 1 : 0) - (this.column.isUnsigned() ? 0 : 1);
            return (int) Math.max(0, precision);
        }
        if (SingleStoreType.of(this.column).isCharacterString()) {
            length /= Collations.maxBytesPerChar(this.column.getCharset());
        }
        return (int) Math.min(Integer.MAX_VALUE, length);
    }

    @Override
    public Integer getScale() {
        int type = this.column.getType();
        switch (type) {
            case DataTypes.NEWDECIMAL:
            case DataTypes.DECIMAL:
            case DataTypes.TIME:
            case DataTypes.DATETIME:
            case DataTypes.TIMESTAMP:
            case DataTypes.FLOAT:
            case DataTypes.DOUBLE:
                return this.column.getDecimals();
            default:
                return null;
        }
    }

    @Override
    public String toString() {
        return "SingleStoreColumnMetadata{" + this.column + '}';
    }
}
