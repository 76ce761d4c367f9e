/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

/**
 * A message decoded from one or more MySQL protocol packets sent by the server.
 */
public interface ServerMessage {
}
