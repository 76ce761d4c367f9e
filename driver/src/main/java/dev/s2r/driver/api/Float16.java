/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

/**
 * Conversions between IEEE 754 half-precision bits and {@code float} (Java 17 has none built in).
 */
final class Float16 {

    private Float16() {
    }

    /**
     * Widens a half-precision value to the {@code float} of the same value (always exact).
     *
     * @param half the 16 bits of the half
     * @return the float
     */
    static float toFloat(short half) {
        int bits = half & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exponent == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float subnormal = mantissa * 0x1p-24f;
            return sign == 0 ? subnormal : -subnormal;
        }
        return Float.intBitsToFloat(sign | ((exponent + 112) << 23) | (mantissa << 13));
    }

    /**
     * Rounds a {@code float} to the nearest half-precision value (ties to even); too large values become infinite,
     * too small ones zero, NaN stays NaN.
     *
     * @param value the float
     * @return the 16 bits of the half
     */
    static short fromFloat(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int mantissa = bits & 0x7FFFFF;
        if (exponent == 0xFF) {
            return (short) (sign | 0x7C00 | (mantissa != 0 ? 0x200 | (mantissa >>> 13) : 0));
        }
        int halfExponent = exponent - 112;
        if (halfExponent >= 0x1F) {
            return (short) (sign | 0x7C00);
        }
        if (halfExponent <= 0) {
            if (halfExponent < -10) {
                return (short) sign;
            }
            return (short) (sign | round(mantissa | 0x800000, 14 - halfExponent));
        }
        return (short) (sign | round((halfExponent << 23) | mantissa, 13));
    }

    /** Shifts right by {@code shift} bits, rounding to nearest even; a carry may run into the exponent. */
    private static int round(int value, int shift) {
        int result = value >>> shift;
        int remainder = value & ((1 << shift) - 1);
        int halfway = 1 << (shift - 1);
        if (remainder > halfway || (remainder == halfway && (result & 1) != 0)) {
            result++;
        }
        return result;
    }
}
