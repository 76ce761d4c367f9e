/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses the JSON projection of a VECTOR value, a flat array of numbers such as
 * {@code [0.267261237,0.534522474,0.801783681]}, straight from the row bytes into a {@link Vector} of the column's
 * element type. Floating-point elements are rounded to the element type as {@code Float.parseFloat} and
 * {@code Double.parseDouble} do (F16 through float), so the parser is lenient where Java is (a leading {@code +},
 * a trailing {@code .}); integer elements must be integers in the element type's range.
 */
final class JsonVectorParser {

    private final ByteBuf buf;
    private final int start;
    private final int end;
    private int position;
    private int[] tokens = new int[32];
    private int tokenCount;

    private JsonVectorParser(ByteBuf buf, int index, int length) {
        this.buf = buf;
        this.start = index;
        this.position = index;
        this.end = index + length;
    }

    /**
     * @param buf         the row packet
     * @param index       the index of the field's first byte
     * @param length      the field's length
     * @param elementType the element type
     * @return the vector
     * @throws IllegalArgumentException when the text is not a JSON array of numbers of the element type; the
     *                                  message says what was expected where
     */
    static Vector parse(ByteBuf buf, int index, int length, VectorElementType elementType) {
        JsonVectorParser parser = new JsonVectorParser(buf, index, length);
        parser.scan();
        return parser.toVector(elementType);
    }

    /** Finds the start and end of every number token, checking the array syntax. */
    private void scan() {
        skipWhitespace();
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            this.position++;
        } else {
            while (true) {
                skipWhitespace();
                token();
                skipWhitespace();
                int c = next();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw error("',' or ']'", this.position - 1);
                }
            }
        }
        skipWhitespace();
        if (this.position != this.end) {
            throw error("the end of the array", this.position);
        }
    }

    private void token() {
        int from = this.position;
        while (this.position < this.end && isNumberChar(this.buf.getByte(this.position))) {
            this.position++;
        }
        if (this.position == from) {
            throw error("a number", from);
        }
        if (this.tokenCount * 2 == this.tokens.length) {
            this.tokens = Arrays.copyOf(this.tokens, this.tokens.length * 2);
        }
        this.tokens[this.tokenCount * 2] = from;
        this.tokens[this.tokenCount * 2 + 1] = this.position;
        this.tokenCount++;
    }

    private Vector toVector(VectorElementType elementType) {
        switch (elementType) {
            case F32:
                return Vector.of(floats());
            case F16:
                return Vector.ofFloat16(floats());
            case F64:
                double[] doubles = new double[this.tokenCount];
                for (int i = 0; i < doubles.length; i++) {
                    doubles[i] = Double.parseDouble(text(i));
                }
                return Vector.of(doubles);
            default:
                return integers(elementType);
        }
    }

    private float[] floats() {
        float[] floats = new float[this.tokenCount];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = Float.parseFloat(text(i));
        }
        return floats;
    }

    private Vector integers(VectorElementType elementType) {
        long min = -(1L << (elementType.size() * 8 - 1));
        long max = ~min;
        long[] values = new long[this.tokenCount];
        for (int i = 0; i < values.length; i++) {
            String text = text(i);
            long value;
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not an integer");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(text + " is out of the range of " + elementType + " elements");
            }
            values[i] = value;
        }
        switch (elementType) {
            case I8:
                byte[] bytes = new byte[values.length];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) values[i];
                }
                return Vector.of(bytes);
            case I16:
                short[] shorts = new short[values.length];
                for (int i = 0; i < shorts.length; i++) {
                    shorts[i] = (short) values[i];
                }
                return Vector.of(shorts);
            case I32:
                int[] ints = new int[values.length];
                for (int i = 0; i < ints.length; i++) {
                    ints[i] = (int) values[i];
                }
                return Vector.of(ints);
            default:
                return Vector.of(values);
        }
    }

    private String text(int i) {
        int from = this.tokens[i * 2];
        return this.buf.toString(from, this.tokens[i * 2 + 1] - from, StandardCharsets.US_ASCII);
    }

    private void skipWhitespace() {
        while (this.position < this.end) {
            byte c = this.buf.getByte(this.position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            this.position++;
        }
    }

    private int peek() {
        return this.position < this.end ? this.buf.getByte(this.position) : -1;
    }

    private int next() {
        int c = peek();
        if (c < 0) {
            throw error("',' or ']'", this.position);
        }
        this.position++;
        return c;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "'", this.position);
        }
        this.position++;
    }

    private IllegalArgumentException error(String expected, int at) {
        return new IllegalArgumentException("expected " + expected + (at >= this.end ? " at the end of the text"
            : " at offset " + (at - this.start)));
    }

    private static boolean isNumberChar(byte c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }
}
