/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.internal.util.LengthEncoded;
import io.netty.buffer.ByteBuf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A {@link BigDecimal} sent as its plain (non-scientific) text, length-encoded, with type NEWDECIMAL; its literal
 * is the same unquoted text, which the server reads as an exact DECIMAL.
 * <p>
 * A value of up to 18 digits (the usual case) is kept as its unscaled {@code long} and scale, and its digits are
 * written straight into the buffer: the same text as {@link BigDecimal#toPlainString()}, without the strings that
 * method builds. Longer values keep {@code toPlainString()}.
 */
final class DecimalParameter implements Parameter {

    private static final int COMPACT_DIGITS = 18;

    /** The plain text of a value of more than 18 digits; {@code null} for a compact value. */
    private final String plain;
    private final long unscaled;
    private final int scale;
    /** The length of the plain text. */
    private final int length;

    DecimalParameter(BigDecimal value) {
        if (value.precision() <= COMPACT_DIGITS && value.scale() >= -COMPACT_DIGITS
            && value.scale() <= COMPACT_DIGITS) {
            this.plain = null;
            this.unscaled = value.unscaledValue().longValue();
            this.scale = value.scale();
            this.length = plainLength(this.unscaled, this.scale);
        } else {
            this.plain = value.toPlainString();
            this.unscaled = 0;
            this.scale = 0;
            this.length = this.plain.length();
        }
    }

    /** @return the length of the plain text of {@code unscaled × 10^-scale} */
    static int plainLength(long unscaled, int scale) {
        int digits = digits(unscaled);
        int sign = unscaled < 0 ? 1 : 0;
        if (scale <= 0) {
            return sign + digits + (unscaled == 0 ? 0 : -scale);
        }
        return sign + Math.max(digits - scale, 1) + 1 + scale;
    }

    /** @return the number of decimal digits of {@code |value|} (1 for zero); {@code |value|} is below 10^18 */
    private static int digits(long value) {
        long magnitude = Math.abs(value);
        int digits = 1;
        for (long bound = 10; digits < 19 && magnitude >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    @Override
    public int type() {
        return DataTypes.NEWDECIMAL;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        LengthEncoded.writeLength(out, this.length);
        writePlain(out);
    }

    /** The plain form of a {@code BigDecimal} is ASCII: one byte per character. */
    @Override
    public int binarySize(ByteBuf scratch) {
        return LengthEncoded.sizeOf(this.length) + this.length;
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        writePlain(out);
    }

    private void writePlain(ByteBuf out) {
        if (this.plain != null) {
            out.writeCharSequence(this.plain, StandardCharsets.US_ASCII);
            return;
        }
        int start = out.writerIndex();
        out.ensureWritable(this.length);
        int end = start + this.length;
        long magnitude = Math.abs(this.unscaled);
        int index = end;
        if (this.scale < 0 && this.unscaled != 0) {
            for (int i = 0; i < -this.scale; i++) {
                out.setByte(--index, '0');
            }
        }
        int fraction = Math.max(this.scale, 0);
        for (int i = 0; i < fraction; i++) {
            out.setByte(--index, (int) ('0' + magnitude % 10));
            magnitude /= 10;
        }
        if (fraction > 0) {
            out.setByte(--index, '.');
        }
        do {
            out.setByte(--index, (int) ('0' + magnitude % 10));
            magnitude /= 10;
        } while (magnitude != 0);
        if (this.unscaled < 0) {
            out.setByte(--index, '-');
        }
        out.writerIndex(end);
    }

    @Override
    public String toString() {
        return "DecimalParameter{" + (this.plain != null ? this.plain
            : BigDecimal.valueOf(this.unscaled, this.scale).toPlainString()) + '}';
    }
}
