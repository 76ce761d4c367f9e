/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.codec;

/**
 * What the codecs need to know about a result column to decode its cells: its wire type, flags, character set and
 * size, and SingleStore's extended type. Each transport describes its columns this way (the MySQL protocol's
 * column definition packet implements it), so the same codecs decode the rows of every transport.
 */
public interface Column {

    /** @return the column label, for error messages */
    String getName();

    /** @return the MySQL protocol type code ({@link DataTypes}) */
    int getType();

    /** @return the column flags ({@link DataTypes#FLAG_UNSIGNED}, ...) */
    int getFlags();

    /**
     * @return the collation id, which names the character set ({@link Collations}); {@link DataTypes#BINARY_CHARSET}
     *     for bytes
     */
    int getCharset();

    /** @return the declared maximum length, in bytes (of the character set of {@link #getCharset()}) */
    long getLength();

    /** @return the decimal digits (scale) of numbers and fractional seconds */
    int getDecimals();

    /** @return SingleStore's extended type ({@link DataTypes#EXTENDED_NONE} when there is none) */
    int getExtendedType();

    /** @return the dimensions of a VECTOR column */
    int getVectorDimensions();

    /** @return the element type code of a VECTOR column */
    int getVectorElementType();

    /** @return whether the UNSIGNED flag is set */
    boolean isUnsigned();

    /** @return whether the NOT NULL flag is set */
    boolean isNotNull();

    /** @return whether the column holds bytes rather than text */
    boolean isBinaryCharset();
}
