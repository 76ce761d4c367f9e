/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * A file or folder of a Stage or a Files space ({@code FileObjectMetadata}, singlestore-server.md §1.5; the Python
 * SDK's {@code FilesObject}, python-sdk-services.md §3.3). Optional fields are {@code null} when absent.
 *
 * @param name         its name
 * @param path         its path from the space's root as the API writes it (folders may come without the trailing
 *                     {@code /}: {@link #filePath()} adds it)
 * @param type         {@code directory}, {@code json} or {@code ""} for a plain file (§1.6); other values are kept
 * @param format       {@code json} or {@code null}
 * @param mimetype     its MIME type
 * @param size         its size in bytes
 * @param created      when it was created
 * @param lastModified when it last changed ({@code last_modified} in JSON)
 * @param writable     whether it may be written
 * @param children     a folder's entries when the answer lists them ({@code content} as an array); empty otherwise
 *                     (a {@code content} string is not kept)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileInfo(String name, String path, String type, String format, String mimetype, Long size,
                       Instant created, @JsonProperty("last_modified") Instant lastModified, Boolean writable,
                       @JsonProperty("content") @JsonDeserialize(using = Children.class) List<FileInfo> children) {

    /** Copies the list. */
    public FileInfo {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** @return whether this is a folder ({@code type} {@code directory}) */
    public boolean isFolder() {
        return "directory".equals(this.type);
    }

    /** @return the path, normalised, ending with {@code /} for a folder */
    public FilePath filePath() {
        FilePath normalised = FilePath.of(this.path == null ? this.name : this.path);
        return isFolder() ? normalised.asFolder() : normalised;
    }

    /** Reads {@code content}: an array of entries for a folder, a string (dropped) otherwise. */
    static final class Children extends JsonDeserializer<List<FileInfo>> {

        @Override
        public List<FileInfo> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                return context.readValue(parser, context.getTypeFactory().constructCollectionType(List.class,
                    FileInfo.class));
            }
            parser.skipChildren();
            return List.of();
        }

        @Override
        public List<FileInfo> getNullValue(DeserializationContext context) {
            return List.of();
        }
    }
}
