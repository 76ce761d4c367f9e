/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The three formats of a function call's body, named by the request's {@code content-type} and {@code accepts}
 * headers (python-sdk-services.md §2.5; singlestore-server.md §3.2).
 */
public enum DataFormat {

    /** ROWDAT_1: requested as {@code application/octet-stream}, answered as {@code x-application/rowdat_1}. */
    ROWDAT_1("application/octet-stream", "x-application/rowdat_1", "ROWDAT_1"),

    /** {@code {"data": [[row_id, ...], ...]}} */
    JSON("application/json", "application/json", "JSON"),

    /** An Arrow IPC file; column 0 of a request holds the row ids, a response's columns are __index__, col0, ... */
    ARROW("application/vnd.apache.arrow.file", "application/vnd.apache.arrow.file", null);

    private final String requestType;
    private final String responseType;
    private final String ddlName;

    DataFormat(String requestType, String responseType, String ddlName) {
        this.requestType = requestType;
        this.responseType = responseType;
        this.ddlName = ddlName;
    }

    /** @return the {@code content-type} of a request in this format */
    public String requestType() {
        return this.requestType;
    }

    /** @return the {@code content-type} of a response in this format */
    public String responseType() {
        return this.responseType;
    }

    /** @return the {@code FORMAT} of the DDL, empty for a format SingleStore does not name in DDL */
    public Optional<String> ddlName() {
        return Optional.ofNullable(this.ddlName);
    }

    /**
     * Reads a {@code content-type} or {@code accepts} value: either the request or the response media type of a
     * format, parameters (after {@code ;}) ignored, case-insensitive.
     *
     * @param mediaType a header value
     * @return the format, or empty when the value names none
     */
    public static Optional<DataFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int semicolon = mediaType.indexOf(';');
        String type = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        for (DataFormat format : values()) {
            if (format.requestType.equals(type) || format.responseType.equals(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
