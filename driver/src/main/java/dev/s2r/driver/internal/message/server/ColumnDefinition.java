/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.api.SingleStoreTypeMetadata;
import dev.s2r.driver.internal.codec.Column;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

import java.util.Objects;

/**
 * The column definition packet ({@code ColumnDefinition41}), including SingleStore's extended type information
 * (BSON, VECTOR) that follows the fixed-length fields when their length byte is above 12.
 */
public final class ColumnDefinition implements ServerMessage, SingleStoreTypeMetadata, Column {

    private final String schema;
    private final String table;
    private final String orgTable;
    private final String name;
    private final String orgName;
    private final int charset;
    private final long length;
    private final int type;
    private final int flags;
    private final int decimals;
    private final int extendedType;
    private final int vectorDimensions;
    private final int vectorElementType;

    /**
     * Creates a column definition.
     *
     * @param schema            the schema (database) name
     * @param table             the table alias
     * @param orgTable          the physical table name
     * @param name              the column alias
     * @param orgName           the physical column name
     * @param charset           the character set / collation id ({@code 63} = binary)
     * @param length            the maximum column length
     * @param type              the {@code MYSQL_TYPE_*} code
     * @param flags             the column flags
     * @param decimals          the number of decimals
     * @param extendedType      the SingleStore extended type ({@link DataTypes#EXTENDED_NONE} when absent)
     * @param vectorDimensions  the VECTOR dimension count, or 0
     * @param vectorElementType the VECTOR element type code, or 0
     */
    public ColumnDefinition(String schema, String table, String orgTable, String name, String orgName, int charset,
                            long length, int type, int flags, int decimals, int extendedType, int vectorDimensions,
                            int vectorElementType) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.table = Objects.requireNonNull(table, "table");
        this.orgTable = Objects.requireNonNull(orgTable, "orgTable");
        this.name = Objects.requireNonNull(name, "name");
        this.orgName = Objects.requireNonNull(orgName, "orgName");
        this.charset = charset;
        this.length = length;
        this.type = type;
        this.flags = flags;
        this.decimals = decimals;
        this.extendedType = extendedType;
        this.vectorDimensions = vectorDimensions;
        this.vectorElementType = vectorElementType;
    }

    /**
     * Creates a plain (non-extended) column definition; convenient for tests and synthetic results.
     *
     * @param name     the column name
     * @param type     the {@code MYSQL_TYPE_*} code
     * @param flags    the column flags
     * @param charset  the character set id
     * @param length   the column length
     * @param decimals the number of decimals
     * @return the definition
     */
    public static ColumnDefinition of(String name, int type, int flags, int charset, long length, int decimals) {
        return new ColumnDefinition("", "", "", name, name, charset, length, type, flags, decimals,
            DataTypes.EXTENDED_NONE, 0, 0);
    }

    /**
     * Decodes a {@code ColumnDefinition41} payload, including the SingleStore extension after the fixed fields.
     *
     * @param buf the payload
     * @return the definition
     */
    static ColumnDefinition decode(ByteBuf buf) {
        skipString(buf);
        String schema = LengthEncoded.readString(buf);
        String table = LengthEncoded.readString(buf);
        String orgTable = LengthEncoded.readString(buf);
        String name = LengthEncoded.readString(buf);
        String orgName = LengthEncoded.readString(buf);
        int fixedLength = (int) LengthEncoded.readLength(buf);
        int start = buf.readerIndex();
        int charset = buf.readUnsignedShortLE();
        long length = buf.readUnsignedIntLE();
        int type = buf.readUnsignedByte();
        int flags = buf.readUnsignedShortLE();
        int decimals = buf.readUnsignedByte();
        int extendedType = DataTypes.EXTENDED_NONE;
        int dimensions = 0;
        int elementType = 0;
        if (fixedLength > 12 && buf.readableBytes() >= 3) {
            buf.skipBytes(2);
            extendedType = buf.readUnsignedByte();
            if (extendedType == DataTypes.EXTENDED_VECTOR && buf.readableBytes() >= 5) {
                dimensions = (int) buf.readUnsignedIntLE();
                elementType = buf.readUnsignedByte();
            }
        }
        buf.readerIndex(Math.min(buf.writerIndex(), Math.max(buf.readerIndex(), start + fixedLength)));
        return new ColumnDefinition(schema, table, orgTable, name, orgName, charset, length, type, flags, decimals,
            extendedType, dimensions, elementType);
    }

    private static void skipString(ByteBuf buf) {
        int length = (int) LengthEncoded.readLength(buf);
        buf.skipBytes(length);
    }

    @Override
    public String getSchema() {
        return this.schema;
    }

    @Override
    public String getTable() {
        return this.table;
    }

    @Override
    public String getOrgTable() {
        return this.orgTable;
    }

    @Override
    public String getName() {
        return this.name;
    }

    @Override
    public String getOrgName() {
        return this.orgName;
    }

    @Override
    public int getCharset() {
        return this.charset;
    }

    @Override
    public long getLength() {
        return this.length;
    }

    @Override
    public int getType() {
        return this.type;
    }

    @Override
    public int getFlags() {
        return this.flags;
    }

    @Override
    public int getDecimals() {
        return this.decimals;
    }

    @Override
    public int getExtendedType() {
        return this.extendedType;
    }

    @Override
    public int getVectorDimensions() {
        return this.vectorDimensions;
    }

    @Override
    public int getVectorElementType() {
        return this.vectorElementType;
    }

    /** @return whether the UNSIGNED flag is set */
    @Override
    public boolean isUnsigned() {
        return (this.flags & DataTypes.FLAG_UNSIGNED) != 0;
    }

    /** @return whether the NOT NULL flag is set */
    @Override
    public boolean isNotNull() {
        return (this.flags & DataTypes.FLAG_NOT_NULL) != 0;
    }

    /** @return whether the column holds bytes rather than text (character set 63) */
    @Override
    public boolean isBinaryCharset() {
        return this.charset == DataTypes.BINARY_CHARSET;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ColumnDefinition)) {
            return false;
        }
        ColumnDefinition that = (ColumnDefinition) o;
        return this.charset == that.charset && this.length == that.length && this.type == that.type
            && this.flags == that.flags && this.decimals == that.decimals && this.extendedType == that.extendedType
            && this.vectorDimensions == that.vectorDimensions && this.vectorElementType == that.vectorElementType
            && this.schema.equals(that.schema) && this.table.equals(that.table) && this.orgTable.equals(that.orgTable)
            && this.name.equals(that.name) && this.orgName.equals(that.orgName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.schema, this.table, this.name, this.type, this.flags, this.charset);
    }

    @Override
    public String toString() {
        return "ColumnDefinition{name='" + this.name + "', table='" + this.table + "', type=" + DataTypes.name(this.type)
            + "(" + this.type + "), flags=" + this.flags + ", charset=" + this.charset + ", length=" + this.length
            + ", decimals=" + this.decimals + (this.extendedType != 0 ? ", extendedType=" + this.extendedType
            + ", dims=" + this.vectorDimensions + ", elementType=" + this.vectorElementType : "") + '}';
    }
}
