/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.harness;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Guards that benchmarks only ever send traffic to this machine.
 */
public final class Loopback {

    private Loopback() {
    }

    /**
     * Fails unless every address of {@code host} is a loopback address.
     *
     * @param host the host name or address
     * @throws IllegalArgumentException when the host is not loopback
     */
    public static void require(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("Benchmarks only target loopback; refusing host " + host);
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + host, e);
        }
    }
}
