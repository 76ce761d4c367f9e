/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The state of an export ({@code GET workspaceGroups/{id}/egress/tableEgressStatus}, python-sdk-services.md §3.2).
 * The API does not document its statuses; the Python SDK reads only these fields.
 *
 * @param egressID  the export's id
 * @param status    its status; {@code null} when the API sent none (the Python SDK shows {@code Unknown})
 * @param statusMsg a message about it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportStatus(String egressID, String status, String statusMsg) {
}
