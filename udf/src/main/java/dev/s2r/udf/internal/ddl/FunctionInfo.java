/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionSpec;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What a server tells about its functions: the JSON of {@code GET /show/function_info} (and {@code GET /}) and the
 * text of {@code GET /show/create_function}, as the Python SDK's server answers them (python-sdk-services.md §2.5;
 * python-sdk-audit.md "External functions" (a)):
 * <pre>
 * {"functions":{"name":{"args":[{"name","dtype","nullable","description","default"?}],
 *   "returns":[{"dtype","nullable","description","name"?}],"function_type":"udf"|"tvf",
 *   "sql_statement":"CREATE ...","summary","long_description","examples":[]}}}
 * </pre>
 * Keys are the functions' SQL names (prefix and suffix applied), in the order of the list; {@code dtype} is the
 * Python SDK's normalized name ({@code int64}, {@code str}, ...). The CREATE LINK statement is never part of either
 * answer: it holds the credentials. Immutable.
 */
public final class FunctionInfo {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final List<FunctionSpec> functions;
    private final UdfConfig config;

    /**
     * @param functions the served functions, names without prefix or suffix
     * @param config the server's settings (prefix, suffix, database, format, link, replace)
     */
    public FunctionInfo(List<FunctionSpec> functions, UdfConfig config) {
        this.functions = List.copyOf(functions);
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param endpoint the endpoint the statements name (URL or socket path)
     * @return the {@code function_info} JSON
     * @throws IllegalArgumentException as {@link CreateFunctionDdl#of} for an invalid endpoint or link
     */
    public String json(String endpoint) {
        CreateFunctionDdl ddl = CreateFunctionDdl.of(this.config, endpoint);
        boolean replace = this.config.get(UdfOptions.REPLACE_EXISTING);
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("functions");
            for (FunctionSpec function : this.functions) {
                json.writeObjectFieldStart(ddl.sqlName(function));
                json.writeArrayFieldStart("args");
                for (ArgSpec arg : function.args()) {
                    json.writeStartObject();
                    json.writeStringField("name", arg.name());
                    json.writeStringField("dtype", arg.wire().dtype());
                    json.writeBooleanField("nullable", arg.nullable());
                    json.writeStringField("description", Objects.requireNonNullElse(arg.description(), ""));
                    if (arg.defaultLiteral() != null) {
                        json.writeFieldName("default");
                        writeLiteral(json, arg.defaultLiteral());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("returns");
                for (ColumnSpec column : function.returns()) {
                    json.writeStartObject();
                    json.writeStringField("dtype", column.wire().dtype());
                    json.writeBooleanField("nullable", column.nullable());
                    json.writeStringField("description", Objects.requireNonNullElse(column.description(), ""));
                    if (column.name() != null) {
                        json.writeStringField("name", column.name());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeStringField("function_type", function.kind().infoName());
                json.writeStringField("sql_statement", ddl.create(function, replace));
                json.writeStringField("summary", Objects.requireNonNullElse(function.summary(), ""));
                json.writeStringField("long_description", "");
                json.writeArrayFieldStart("examples");
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * @param endpoint the endpoint the statements name (URL or socket path)
     * @param name the SQL name ({@code s2-ef-name}) of the one function wanted; empty for all
     * @return the CREATE statements, one per line (OR REPLACE when the server replaces existing functions); empty
     *         when no function has that name
     * @throws IllegalArgumentException as {@link CreateFunctionDdl#of} for an invalid endpoint or link
     */
    public String createFunctions(String endpoint, Optional<String> name) {
        CreateFunctionDdl ddl = CreateFunctionDdl.of(this.config, endpoint);
        boolean replace = this.config.get(UdfOptions.REPLACE_EXISTING);
        StringJoiner statements = new StringJoiner("\n");
        for (FunctionSpec function : this.functions) {
            if (name.isEmpty() || name.get().equals(ddl.sqlName(function))) {
                statements.add(ddl.create(function, replace));
            }
        }
        return statements.toString();
    }

    /** A DEFAULT's SQL literal as the JSON value it stands for: null, a number, or a string. */
    private static void writeLiteral(JsonGenerator json, String literal) throws IOException {
        String text = literal.trim();
        if (text.equalsIgnoreCase("NULL")) {
            json.writeNull();
        } else if (NUMBER.matcher(text).matches()) {
            json.writeNumber(text);
        } else if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            json.writeString(unquote(text.substring(1, text.length() - 1)));
        } else {
            json.writeString(text);
        }
    }

    private static String unquote(String body) {
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if ((c == '\\' || c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'')
                && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            text.append(c);
        }
        return text.toString();
    }
}
