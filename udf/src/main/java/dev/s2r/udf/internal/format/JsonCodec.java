/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.MalformedBatchException;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * FORMAT JSON (python-sdk-services.md §2.6; singlestore-server.md §3.2): a request is
 * {@code {"data": [[row_id, arg1, ...], ...]}} and a response {@code {"data": [[row_id, ret1, ...], ...]}}, read
 * and written with Jackson's streaming API. Values, as read and as written (by {@link JsonBatchWriter}):
 * <ul>
 *   <li>integers: JSON numbers (UINT* up to 2^64-1), also numeric strings and floats with no fraction on input;
 *   BOOL reads {@code true}/{@code false} or an integer (non-zero is true) and is written as 1 or 0, a TINYINT
 *   literal whatever the engine's JSON reader makes of booleans;</li>
 *   <li>FLOAT32/FLOAT64: JSON numbers, also numeric strings including {@code "NaN"} and {@code "Infinity"} on input;
 *   NaN and infinities are written as {@code null}, since a SQL DOUBLE has no such values and JSON no literal for
 *   them (ROWDAT_1 carries them as they are); FLOAT32 is written as the shortest text of the nearest float and read
 *   back rounded to a float, so that it holds the same double as when ROWDAT_1 carries the engine's float;</li>
 *   <li>DECIMAL: a string or a number on input (its exact text), a string of its plain text on output;</li>
 *   <li>STRING: a JSON string; BINARY: a base64 string; DATE {@code YYYY-MM-DD}; DATETIME
 *   {@code YYYY-MM-DD HH:MM:SS.ffffff} (1 to 6 fraction digits, or none, on input); TIME {@code [-]H:MM:SS.ffffff},
 *   hours unbounded;</li>
 *   <li>JSON: an embedded JSON value, kept as its compact text (numbers exactly as written,
 *   whitespace dropped, escapes Jackson's own), or a string holding JSON text, kept as that text (so
 *   a JSON column whose value is itself a JSON string must arrive embedded in a string); written as the embedded
 *   value, checked to be JSON, because a JSON column's value is a JSON document and the engine reads an embedded
 *   value as one, while a string would be stored as a JSON string;</li>
 *   <li>{@code null}: NULL, for every type.</li>
 * </ul>
 * Decoding refuses with a {@link MalformedBatchException}: invalid JSON, a body that is not an object with one
 * {@code data} array of arrays, a row whose width is not 1 + the number of arguments, a row id that is not an
 * integer, and a value of the wrong kind for its column (naming row and column). Members other than {@code data}
 * are skipped.
 */
final class JsonCodec implements BatchCodec {

    /** Strings may be as long as the body, which the server bounds; other limits are Jackson's defaults. */
    static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
        .build();
    private static final int INITIAL_ROWS = 64;
    private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

    @Override
    public Batch decode(ByteBuf body, List<WireType> types) {
        WireType[] columns = types.toArray(new WireType[0]);
        Batch batch = Batch.of(types, INITIAL_ROWS);
        try (JsonParser parser = parser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBatchException("a JSON body is an object {\"data\": [[row_id, ...], ...]}");
            }
            boolean data = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"data".equals(name)) {
                    parser.skipChildren();
                } else if (data) {
                    throw new MalformedBatchException("the JSON body has two \"data\" members");
                } else {
                    readRows(parser, batch, columns);
                    data = true;
                }
            }
            if (!data) {
                throw new MalformedBatchException("the JSON body has no \"data\" member");
            }
            if (parser.nextToken() != null) {
                throw new MalformedBatchException("the JSON body goes on after its object");
            }
            return batch;
        } catch (JsonProcessingException e) {
            throw new MalformedBatchException("the body is not valid JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " at byte " + e.getLocation().getByteOffset()), e);
        } catch (IOException e) {
            throw new MalformedBatchException("the JSON body cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonParser parser(ByteBuf body) throws IOException {
        if (body.hasArray()) {
            return FACTORY.createParser(body.array(), body.arrayOffset() + body.readerIndex(), body.readableBytes());
        }
        return FACTORY.createParser((InputStream) new ByteBufInputStream(body.duplicate(), false));
    }

    private static void readRows(JsonParser parser, Batch batch, WireType[] columns) throws IOException {
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw new MalformedBatchException("\"data\" is " + parser.currentToken() + ", not an array of rows");
        }
        int row = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_ARRAY) {
                throw new MalformedBatchException("JSON row " + row + " is " + token + ", not an array");
            }
            readRow(parser, batch, columns, row++);
        }
    }

    private static void readRow(JsonParser parser, Batch batch, WireType[] columns, int row) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new MalformedBatchException("JSON row " + row + " starts with " + describe(parser, token)
                + ", not an integer row id");
        }
        batch.addRowId(parser.getLongValue());
        for (int c = 0; c < columns.length; c++) {
            token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw new MalformedBatchException("JSON row " + row + " has " + (c + 1) + " values, not "
                    + (columns.length + 1) + " (a row id and " + columns.length + " arguments)");
            }
            readValue(parser, token, batch.column(c), columns[c], row, c);
        }
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new MalformedBatchException("JSON row " + row + " has more than " + (columns.length + 1)
                + " values (a row id and " + columns.length + " arguments)");
        }
    }

    private static void readValue(JsonParser parser, JsonToken token, Column column, WireType type, int row, int c)
        throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            column.addNull();
            return;
        }
        try {
            switch (type) {
                case BOOL -> column.addLong(readBool(parser, token));
                case INT8, INT16, INT32, INT64 -> column.addLong(readSigned(parser, token));
                case UINT8, UINT16, UINT32, UINT64 -> column.addLong(readUnsigned(parser, token));
                case FLOAT32 -> column.addDouble((float) readDouble(parser, token));
                case FLOAT64 -> column.addDouble(readDouble(parser, token));
                case DECIMAL -> column.addObject(readDecimal(parser, token));
                case STRING -> column.addObject(string(parser, token, "a string"));
                case JSON -> column.addObject(readJson(parser, token));
                case BINARY -> column.addObject(readBinary(parser, token));
                case DATE -> column.addObject(Temporals.parseDate(string(parser, token, "a YYYY-MM-DD string")));
                case TIME -> column.addObject(Temporals.parseTime(string(parser, token, "a [-]H:MM:SS string")));
                case DATETIME -> column.addObject(Temporals.parseDateTime(string(parser, token,
                    "a YYYY-MM-DD HH:MM:SS string")));
                default -> throw new IllegalStateException("no JSON reading for " + type);
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MalformedBatchException("JSON row " + row + ", column " + c + " (" + type + "): "
                + e.getMessage(), e);
        }
    }

    private static long readBool(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_TRUE -> 1;
            case VALUE_FALSE -> 0;
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() != 0 ? 1 : 0;
            default -> throw wrongKind(parser, token, "true, false or an integer");
        };
    }

    private static long readSigned(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new IllegalArgumentException(parser.getText() + " is out of the int64 range");
                }
                yield parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> exactInteger(parser).longValueExact();
            case VALUE_STRING -> parseNumber(parser.getText(), false);
            default -> throw wrongKind(parser, token, "an integer");
        };
    }

    private static long readUnsigned(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT -> unsigned(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> unsigned(exactInteger(parser));
            case VALUE_STRING -> parseNumber(parser.getText(), true);
            default -> throw wrongKind(parser, token, "an unsigned integer");
        };
    }

    /** A number such as {@code 1e999999999} is refused by its digits and exponent, never expanded. */
    private static BigInteger exactInteger(JsonParser parser) throws IOException {
        BigDecimal value = parser.getDecimalValue().stripTrailingZeros();
        if (value.scale() > 0) {
            throw new IllegalArgumentException(Temporals.excerpt(parser.getText()) + " is not an integer");
        }
        if (value.precision() - value.scale() > 20) {
            throw new IllegalArgumentException(Temporals.excerpt(parser.getText()) + " is out of the 64-bit range");
        }
        return value.toBigIntegerExact();
    }

    private static long unsigned(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(UINT64_LIMIT) >= 0) {
            throw new IllegalArgumentException(value + " is out of the uint64 range");
        }
        return value.longValue();
    }

    private static long parseNumber(String text, boolean unsigned) {
        try {
            return unsigned ? Long.parseUnsignedLong(text) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Temporals.excerpt(text) + " is not "
                + (unsigned ? "an unsigned integer" : "an integer"), e);
        }
    }

    private static double readDouble(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token != JsonToken.VALUE_STRING) {
            throw wrongKind(parser, token, "a number");
        }
        String text = parser.getText();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Temporals.excerpt(text) + " is not a number", e);
        }
    }

    private static BigDecimal readDecimal(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return Decimals.checked(parser.getDecimalValue());
        }
        String text = string(parser, token, "a number or a numeric string");
        return Decimals.parse(text);
    }

    private static String readJson(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.copyCurrentStructureExact(parser);
        }
        return text.toString();
    }

    private static byte[] readBinary(JsonParser parser, JsonToken token) throws IOException {
        string(parser, token, "a base64 string");
        try {
            return parser.getBinaryValue();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the string is not base64: " + e.getOriginalMessage(), e);
        }
    }

    private static String string(JsonParser parser, JsonToken token, String expected) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw wrongKind(parser, token, expected);
        }
        return parser.getText();
    }

    private static IllegalArgumentException wrongKind(JsonParser parser, JsonToken token, String expected)
        throws IOException {
        return new IllegalArgumentException("expected " + expected + ", got " + describe(parser, token));
    }

    private static String describe(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            return "the end of the body";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "nothing";
            case VALUE_STRING -> "the string " + Temporals.excerpt(parser.getText());
            case VALUE_NULL -> "null";
            default -> token.isScalarValue() ? Temporals.excerpt(parser.getText()) : token.toString();
        };
    }

    @Override
    public ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator) {
        return JsonBatchWriter.write(batch, types.toArray(new WireType[0]), allocator);
    }
}
