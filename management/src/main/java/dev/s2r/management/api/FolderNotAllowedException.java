/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

/**
 * A folder operation that the organization's Files spaces (personal, shared, models) do not allow: creating a
 * folder, or removing one without its content. The Python SDK refuses these before sending anything
 * ("directories are currently not allowed in Files API", python-sdk-audit.md top finding 3); so does this client.
 * Nothing was sent, so the status is 0.
 */
public final class FolderNotAllowedException extends ManagementException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation the refused operation, e.g. {@code mkdir}
     * @param path      the request path it would have used
     */
    public FolderNotAllowedException(String operation, String path) {
        super("Operation not supported: directories are currently not allowed in Files API (" + operation + " "
            + path + ")", operation, path, 0, "", null, null);
    }
}
