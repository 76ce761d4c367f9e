/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A TIME sent as the binary struct of {@code COM_STMT_EXECUTE} (length byte, negative(1) days(4) hour minute
 * second, then micros(4)); its literal is {@code '[-]HH:MM:SS[.ffffff]'} with as many hour digits as needed.
 * Nanoseconds beyond the microsecond are dropped (towards zero).
 */
final class TimeParameter implements Parameter {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long MAX_SECONDS = Integer.MAX_VALUE * SECONDS_PER_DAY;

    private final boolean negative;
    private final long seconds;
    private final int micros;

    private TimeParameter(boolean negative, long seconds, int micros) {
        this.negative = negative && (seconds != 0 || micros != 0);
        this.seconds = seconds;
        this.micros = micros;
    }

    /**
     * @param value a time of day
     * @return a TIME parameter
     */
    static TimeParameter ofLocalTime(LocalTime value) {
        return new TimeParameter(false, value.toSecondOfDay(), value.getNano() / 1000);
    }

    /**
     * @param value a signed duration
     * @return a TIME parameter
     * @throws IllegalArgumentException if the duration has more days than fit the wire form
     */
    static TimeParameter ofDuration(Duration value) {
        long seconds = value.getSeconds();
        if (seconds > MAX_SECONDS || seconds < -MAX_SECONDS) {
            throw Errors.cannotEncode(value, "TIME values are limited to " + Integer.MAX_VALUE + " days");
        }
        int nanos = value.getNano();
        if (!value.isNegative()) {
            return new TimeParameter(false, seconds, nanos / 1000);
        }
        if (nanos == 0) {
            return new TimeParameter(true, -seconds, 0);
        }
        return new TimeParameter(true, -seconds - 1, (1_000_000_000 - nanos) / 1000);
    }

    @Override
    public int type() {
        return DataTypes.TIME;
    }

    @Override
    public void writeBinary(ByteBuf out) {
        out.writeByte(this.micros == 0 ? 8 : 12);
        out.writeByte(this.negative ? 1 : 0);
        out.writeIntLE((int) (this.seconds / SECONDS_PER_DAY));
        long inDay = this.seconds % SECONDS_PER_DAY;
        out.writeByte((int) (inDay / 3600)).writeByte((int) (inDay / 60 % 60)).writeByte((int) (inDay % 60));
        if (this.micros != 0) {
            out.writeIntLE(this.micros);
        }
    }

    @Override
    public void writeText(ByteBuf out, boolean noBackslashEscapes) {
        out.writeByte('\'');
        if (this.negative) {
            out.writeByte('-');
        }
        writeClock(out, this.seconds / 3600, (int) (this.seconds / 60 % 60), (int) (this.seconds % 60), this.micros);
        out.writeByte('\'');
    }

    /**
     * Writes {@code HH:MM:SS} and, when {@code micros} is not zero, {@code .ffffff}.
     */
    static void writeClock(ByteBuf out, long hours, int minutes, int seconds, int micros) {
        SqlLiterals.writeDigits(out, hours, 2);
        out.writeByte(':');
        SqlLiterals.writeDigits(out, minutes, 2);
        out.writeByte(':');
        SqlLiterals.writeDigits(out, seconds, 2);
        if (micros != 0) {
            out.writeByte('.');
            SqlLiterals.writeDigits(out, micros, 6);
        }
    }

    @Override
    public String toString() {
        return "TimeParameter{" + (this.negative ? "-" : "") + this.seconds + "s " + this.micros + "us}";
    }
}
