/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Opening a connection: choosing a host among several with failover or load balancing and a JVM-wide deny list
 * ({@code HostConnector}, {@code HostDenyList}), the login exchange with its capability negotiation and
 * authentication ({@code LoginFlow}), and the session set-up query ({@code SessionSetup}).
 * <p>
 * May import client, transport, message, authentication, codec, options, util and api.
 */
package dev.s2r.driver.internal.connect;
