/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON values, token by token as the parser reads them, back into a cell as compact JSON text: the value of
 * a JSON column as the MySQL protocol sends it ({@code {"a":[1,"x"]}}, a string value quoted), and an object or
 * array met in a column of another type.
 * <p>
 * Numbers are written as the parser saw them, never through a {@code double}. One exception needs care: the
 * non-blocking parser reads the integer {@code -0} as {@code 0} (it does not keep the sign of an integer zero), and
 * a DOUBLE of {@code -0.0} comes as {@code -0} from the Data API. The token's span in the input, which the parser
 * reports, tells the two apart; whether it does is checked once, on a probe, so that a parser that one day keeps the
 * sign (or reports spans differently) is simply trusted.
 */
final class JsonCell {

    /** How many bytes the parser reports for the token {@code 0}; {@code -1} when spans do not tell the sign. */
    private static final long ZERO_SPAN = zeroSpan();

    private final RowWriter writer;
    private int depth;
    private boolean comma;

    JsonCell(RowWriter writer) {
        this.writer = writer;
    }

    /** Opens a cell with an object or array. */
    void begin(JsonToken start) {
        this.writer.beginCell();
        this.writer.ascii(start == JsonToken.START_OBJECT ? '{' : '[');
        this.depth = 1;
        this.comma = false;
    }

    /**
     * Writes the next token of the value opened by {@link #begin}.
     *
     * @return whether it completed the value, and the cell
     */
    boolean token(JsonToken token, JsonParser parser) throws IOException {
        switch (token) {
            case START_OBJECT:
            case START_ARRAY:
                separate();
                this.writer.ascii(token == JsonToken.START_OBJECT ? '{' : '[');
                this.depth++;
                this.comma = false;
                return false;
            case END_OBJECT:
            case END_ARRAY:
                this.writer.ascii(token == JsonToken.END_OBJECT ? '}' : ']');
                this.comma = true;
                if (--this.depth == 0) {
                    this.writer.endCell();
                    return true;
                }
                return false;
            case FIELD_NAME:
                separate();
                this.writer.jsonString(parser.currentName());
                this.writer.ascii(':');
                this.comma = false;
                return false;
            default:
                separate();
                scalar(token, parser);
                this.comma = true;
                return false;
        }
    }

    /** Writes a cell holding one string, number, boolean or null as JSON text. */
    void scalarCell(JsonToken token, JsonParser parser) throws IOException {
        this.writer.beginCell();
        scalar(token, parser);
        this.writer.endCell();
    }

    /** Writes a cell holding a number's text, {@code -0} kept. */
    void numberCell(JsonParser parser) throws IOException {
        this.writer.beginCell();
        number(parser);
        this.writer.endCell();
    }

    private void separate() {
        if (this.comma) {
            this.writer.ascii(',');
        }
    }

    private void scalar(JsonToken token, JsonParser parser) throws IOException {
        switch (token) {
            case VALUE_STRING:
                this.writer.jsonString(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                break;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                number(parser);
                break;
            case VALUE_TRUE:
                this.writer.ascii("true");
                break;
            case VALUE_FALSE:
                this.writer.ascii("false");
                break;
            default:
                this.writer.ascii("null");
        }
    }

    private void number(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (length == 1 && chars[offset] == '0' && ZERO_SPAN >= 0 && span(parser) != ZERO_SPAN) {
            this.writer.ascii('-');
        }
        this.writer.ascii(chars, offset, length);
    }

    private static long span(JsonParser parser) {
        return parser.currentLocation().getByteOffset() - parser.currentTokenLocation().getByteOffset();
    }

    /** Reads {@code [0,-0]} and returns the span of {@code 0} when the spans of the two differ, else -1. */
    private static long zeroSpan() {
        byte[] probe = "[0,-0]".getBytes(StandardCharsets.US_ASCII);
        try (JsonParser parser = new JsonFactory().createNonBlockingByteArrayParser()) {
            ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(probe, 0, probe.length);
            parser.nextToken();
            parser.nextToken();
            long zero = span(parser);
            parser.nextToken();
            boolean signLost = parser.getTextLength() == 1;
            return signLost && span(parser) != zero && zero >= 0 ? zero : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
