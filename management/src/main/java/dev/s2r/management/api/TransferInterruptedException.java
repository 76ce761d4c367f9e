/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

/**
 * A file's content stopped before its end: the API answered, then the connection closed or failed while the body
 * was coming. The bytes received so far have been emitted; the download is not retried (a new subscription
 * starts it again). The status is the answer's, so retry policies do not take it for a connection error.
 */
public final class TransferInterruptedException extends ManagementException {

    private static final long serialVersionUID = 1L;

    private final long bytesReceived;

    /**
     * @param method        the HTTP method
     * @param path          the request path
     * @param status        the answer's status
     * @param bytesReceived how many bytes of the body arrived
     * @param cause         the I/O failure
     */
    public TransferInterruptedException(String method, String path, int status, long bytesReceived,
                                        Throwable cause) {
        super(method + " " + path + " was interrupted after " + bytesReceived + " bytes: " + cause, method, path,
            status, "", null, cause);
        this.bytesReceived = bytesReceived;
    }

    /** @return how many bytes of the body arrived before the interruption */
    public long bytesReceived() {
        return this.bytesReceived;
    }
}
