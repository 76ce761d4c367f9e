/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.client;

import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.tcp.TcpClient;

import java.net.SocketAddress;
import java.time.Duration;

/**
 * Opens the one non-pooled channel of a MySQL-protocol connection, over TCP or a Unix domain socket, with reading
 * driven by demand from the start.
 */
public final class TcpConnector {

    private TcpConnector() {
    }

    /**
     * Opens a TCP connection.
     *
     * @param address        the server address
     * @param connectTimeout the connect timeout
     * @param tcpNoDelay     whether to disable Nagle's algorithm
     * @param tcpKeepAlive   whether to enable TCP keep-alive
     * @param pipelineLimit  how many exchanges may be in flight at once
     * @param maxMessageSize the largest server payload accepted
     * @return the client, before the server's greeting has been read
     */
    public static Mono<ReactorNettyClient> connect(SocketAddress address, Duration connectTimeout, boolean tcpNoDelay,
                                                   boolean tcpKeepAlive, int pipelineLimit, long maxMessageSize) {
        TcpClient tcp = TcpClient.create(ConnectionProvider.newConnection())
            .remoteAddress(() -> address)
            .option(ChannelOption.AUTO_READ, false)
            // the driver does not use writability (its requests are bounded by the pipeline limit): water marks above
            // a bulk INSERT command's size spare every such command two writability events through the pipeline
            .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(8 << 20, 16 << 20))
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
        if (!(address instanceof io.netty.channel.unix.DomainSocketAddress)) {
            // TCP only: on a Unix domain socket these options do not exist (reactor-netty's native transport, which
            // domain sockets need, is picked automatically on Linux and macOS)
            tcp = tcp.option(ChannelOption.TCP_NODELAY, tcpNoDelay).option(ChannelOption.SO_KEEPALIVE, tcpKeepAlive);
        }
        return tcp.connect().map(c -> new ReactorNettyClient(c, pipelineLimit, maxMessageSize));
    }

    /**
     * @param address a socket address
     * @return {@code host:port} for a TCP address, the path of a Unix domain socket
     */
    static String describe(SocketAddress address) {
        if (address instanceof java.net.InetSocketAddress) {
            java.net.InetSocketAddress inet = (java.net.InetSocketAddress) address;
            return inet.getHostString() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
