/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.internal.FileTransport;
import dev.s2r.management.internal.Transport;

/**
 * The organization's Files spaces, {@code /v1/files/fs/{location}} with the locations {@code personal},
 * {@code shared} and {@code models} (singlestore-server.md §1.4, §1.6). They take the Stage's calls except that
 * folders cannot be created nor removed empty (python-sdk-audit.md top finding 3). Immutable and thread-safe.
 */
public final class FileSpaces {

    private final FileSpace personal;
    private final FileSpace shared;
    private final FileSpace models;

    FileSpaces(String version, Transport transport, FileTransport files) {
        this.personal = new HttpFileSpace(version, transport, files, "files/fs/personal", false);
        this.shared = new HttpFileSpace(version, transport, files, "files/fs/shared", false);
        this.models = new HttpFileSpace(version, transport, files, "files/fs/models", false);
    }

    /** @return the token's user's personal space, {@code /v1/files/fs/personal} */
    public FileSpace personal() {
        return this.personal;
    }

    /** @return the space shared by the organization, {@code /v1/files/fs/shared} */
    public FileSpace shared() {
        return this.shared;
    }

    /** @return the space of the organization's models, {@code /v1/files/fs/models} */
    public FileSpace models() {
        return this.models;
    }

    @Override
    public String toString() {
        return "FileSpaces[personal, shared, models]";
    }
}
