/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * The HTTP Data API transport: SingleStore's SQL over HTTP, behind the same R2DBC API as the MySQL protocol. Its
 * answers are turned into the same server messages ({@code message.server}) as a MySQL-protocol response, so that the
 * row layer and the codecs read them unchanged: {@code DataApiResponseDecoder} decodes a JSON body as it arrives
 * with Jackson's non-blocking parser, {@code DataApiTypes} maps each column's {@code dataType} to a MySQL column
 * definition, and {@code RowWriter} writes text-protocol rows. {@code DataApiClient} sends each statement as one
 * request (reactor-netty's {@code HttpClient}) with its arguments written by {@code DataApiArgs};
 * {@code DataApiStatements} routes statements and refuses those that need a session; {@code DataApiErrors} maps
 * failed answers to R2DBC exceptions.
 * <p>
 * May import options, sql, transport, message, codec, util and api.
 */
package dev.s2r.driver.internal.http;
