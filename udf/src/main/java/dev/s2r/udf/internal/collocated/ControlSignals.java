/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The answers to the one-shot control signals, the names starting with {@code @@} (python-sdk-services.md §2.11):
 * {@code @@health} and {@code @@functions} are answered; {@code @@register} and {@code @@delete}, which would run code
 * sent over the socket, are refused like any unknown signal, with status 400.
 */
final class ControlSignals {

    /** The prefix of a control signal's name. */
    static final String PREFIX = "@@";

    private static final JsonFactory JSON = new JsonFactory();

    private ControlSignals() {
    }

    /**
     * One answer: status 200 with a JSON body for the output file, or 400 with a message for the socket.
     *
     * @param status 200 or 400
     * @param body the UTF-8 JSON or message
     */
    record Answer(int status, byte[] body) {
    }

    /**
     * @param signal the name the engine sent, starting with {@code @@}
     * @param functions the functions served
     * @return the answer
     */
    static Answer answer(String signal, Collection<FunctionSpec> functions) {
        return switch (signal) {
            case "@@health" -> new Answer(200, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8));
            case "@@functions" -> new Answer(200, functions(functions));
            case "@@register", "@@delete" -> refuse(signal + " is not supported: functions are declared in Java, "
                + "this server does not run code sent to it");
            default -> refuse("Unknown control signal: " + signal);
        };
    }

    private static Answer refuse(String message) {
        return new Answer(400, message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code {"functions":[{name, args:[{name,dtype,sql}], returns:[{name|null,dtype,sql}], args_data_format,
     * returns_data_format, function_type, doc}]}}: the data formats are {@code scalar}, since the engine's rows
     * arrive and leave one value per row whatever the Java method takes.
     */
    private static byte[] functions(Collection<FunctionSpec> functions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("functions");
            for (FunctionSpec function : functions) {
                json.writeStartObject();
                json.writeStringField("name", function.name());
                json.writeArrayFieldStart("args");
                for (ArgSpec arg : function.args()) {
                    column(json, arg.name(), arg.wire().dtype(), arg.sqlType(), arg.nullable());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("returns");
                for (ColumnSpec column : function.returns()) {
                    column(json, column.name(), column.wire().dtype(), column.sqlType(), column.nullable());
                }
                json.writeEndArray();
                json.writeStringField("args_data_format", "scalar");
                json.writeStringField("returns_data_format", "scalar");
                json.writeStringField("function_type", function.kind().infoName());
                json.writeStringField("doc", function.summary());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static void column(JsonGenerator json, String name, String dtype, String sqlType, boolean nullable)
        throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("dtype", dtype);
        json.writeStringField("sql", sqlType + (nullable ? " NULL" : " NOT NULL"));
        json.writeEndObject();
    }
}
