/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.api;

/**
 * A long operation (see {@link LongOperation}) did not reach its end: the resource entered {@code FAILED}, or the
 * operation's timeout passed first. Its {@link #status()} is 0: the API calls themselves succeeded.
 */
public final class LongOperationException extends ManagementException {

    private static final long serialVersionUID = 1L;

    /** Why a long operation ended without reaching its target. */
    public enum Reason {
        /** The resource entered the {@code FAILED} state. */
        FAILED,
        /** The operation's timeout passed before the resource reached its target. */
        TIMEOUT
    }

    private final LongOperation operation;
    private final String resourceId;
    private final String lastState;
    private final Reason reason;

    /**
     * @param operation  the operation
     * @param resourceId the id of the workspace or workspace group
     * @param lastState  the last state observed, or {@code null} when none was
     * @param reason     why it ended
     * @param path       the path that was polled
     */
    public LongOperationException(LongOperation operation, String resourceId, String lastState, Reason reason,
                                  String path) {
        super(message(operation, resourceId, lastState, reason), "GET", path, 0, "", null, null);
        this.operation = operation;
        this.resourceId = resourceId;
        this.lastState = lastState;
        this.reason = reason;
    }

    private static String message(LongOperation operation, String id, String lastState, Reason reason) {
        String last = lastState == null ? "no state observed" : "last state " + lastState;
        return reason == Reason.FAILED
            ? operation.description() + " " + id + " failed (" + last + ")"
            : operation.description() + " " + id + " did not finish within its timeout (" + last + ")";
    }

    /** @return the operation that did not finish */
    public LongOperation operation() {
        return this.operation;
    }

    /** @return the id of the workspace or workspace group */
    public String resourceId() {
        return this.resourceId;
    }

    /** @return the last state observed, or {@code null} */
    public String lastState() {
        return this.lastState;
    }

    /** @return why the operation ended */
    public Reason reason() {
        return this.reason;
    }
}
