/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.internal.format.BatchCodec;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the headers of {@code POST /invoke} (python-sdk-services.md §2.5; singlestore-server.md §3.2) into the
 * call to make, or the reply that refuses it. The checks run in this order:
 * <ol>
 *   <li>{@code s2-ef-name} names no served function (or is absent): 404, empty body, as the Python server;</li>
 *   <li>{@code s2-ef-version} is not the configured data version (or is absent): 400. The Python server answers
 *       500 here (a lookup error outside its try block); a request in a version this server does not speak is the
 *       client's mistake, so this server says so;</li>
 *   <li>{@code content-type} names no format (absent means ROWDAT_1) or one without a codec: 415 Unsupported Media
 *       Type, the status HTTP defines for a body in a format the server does not take;</li>
 *   <li>{@code accepts} (not {@code accept}; absent or {@code *}{@code /*} means the input's format) names no format
 *       or one without a codec: 406 Not Acceptable, the status HTTP defines for an answer it cannot give in the
 *       asked format.</li>
 * </ol>
 * Stateless.
 */
final class CallResolver {

    /** The served function's name. */
    static final String NAME = "s2-ef-name";
    /** The data version. */
    static final String VERSION = "s2-ef-version";
    /** {@code true}: keep running when the engine disconnects. */
    static final String IGNORE_CANCEL = "s2-ef-ignore-cancel";
    /** The output format (sic: not {@code accept}). */
    static final String ACCEPTS = "accepts";

    private final Map<String, FunctionSpec> functions;
    private final Map<DataFormat, BatchCodec> codecs;
    private final String dataVersion;

    /**
     * @param functions the served functions by served name
     * @param codecs the codec of each format this server speaks
     * @param dataVersion the {@code s2-ef-version} calls must carry
     */
    CallResolver(Map<String, FunctionSpec> functions, Map<DataFormat, BatchCodec> codecs, String dataVersion) {
        this.functions = Map.copyOf(functions);
        this.codecs = Map.copyOf(codecs);
        this.dataVersion = dataVersion;
    }

    /**
     * @param functions functions under their served names
     * @return them by served name, in order
     * @throws IllegalArgumentException when two have the same served name
     */
    static Map<String, FunctionSpec> byName(List<FunctionSpec> functions) {
        Map<String, FunctionSpec> byName = new LinkedHashMap<>();
        for (FunctionSpec function : functions) {
            if (byName.putIfAbsent(function.name(), function) != null) {
                throw new IllegalArgumentException("two functions are served as " + function.name());
            }
        }
        return byName;
    }

    /** What the headers resolve to: a {@link Call} or a {@link Reply} refusing it. */
    sealed interface Resolution permits Call, Reply {
    }

    /**
     * A call to make.
     *
     * @param function the function
     * @param input the request body's format
     * @param decoder its codec
     * @param output the response body's format
     * @param encoder its codec
     * @param ignoreCancel whether the call runs to its end when the engine disconnects
     */
    record Call(FunctionSpec function, DataFormat input, BatchCodec decoder, DataFormat output, BatchCodec encoder,
                boolean ignoreCancel) implements Resolution {
    }

    /**
     * @param headers the request's headers
     * @return the call, or the reply refusing it
     */
    Resolution resolve(HttpHeaders headers) {
        String name = headers.get(NAME);
        FunctionSpec function = name == null ? null : this.functions.get(name);
        if (function == null) {
            return Reply.notFound();
        }
        String version = headers.get(VERSION);
        if (version == null || !version.trim().equals(this.dataVersion)) {
            return Reply.text(HttpResponseStatus.BAD_REQUEST, version == null ? "missing s2-ef-version header"
                : "unsupported s2-ef-version '" + printable(version) + "'; this server speaks " + this.dataVersion);
        }
        String contentType = headers.get(HttpHeaderNames.CONTENT_TYPE);
        Optional<DataFormat> input = contentType == null ? Optional.of(DataFormat.ROWDAT_1)
            : DataFormat.ofMediaType(contentType);
        if (input.isEmpty() || !this.codecs.containsKey(input.get())) {
            return Reply.text(HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported content-type '" + printable(contentType) + "'");
        }
        String accepts = headers.get(ACCEPTS);
        Optional<DataFormat> output = accepts == null || accepts.isBlank() || accepts.trim().equals("*/*") ? input
            : DataFormat.ofMediaType(accepts);
        if (output.isEmpty() || !this.codecs.containsKey(output.get())) {
            return Reply.text(HttpResponseStatus.NOT_ACCEPTABLE, "unsupported accepts '" + printable(accepts) + "'");
        }
        boolean ignoreCancel = "true".equalsIgnoreCase(String.valueOf(headers.get(IGNORE_CANCEL)).trim());
        return new Call(function, input.get(), this.codecs.get(input.get()), output.get(),
            this.codecs.get(output.get()), ignoreCancel);
    }

    /** A header value quoted in a reply: at most 100 characters, control characters replaced. */
    private static String printable(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
