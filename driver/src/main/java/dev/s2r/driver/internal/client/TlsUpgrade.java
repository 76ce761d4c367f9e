/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.transport.ExceptionFactory;
import dev.s2r.driver.internal.transport.SslContexts;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import reactor.core.publisher.Mono;

/**
 * The upgrade of a channel to TLS during login, once the SSL request is sent: an {@link SslHandler} at the front of
 * the pipeline, then its handshake. Its failures are connection errors that say TLS, never authentication failures:
 * a context that cannot start a handshake (an application-built context whose JDK engine refuses its own cipher
 * suites or protocols) is a TLS set-up error, {@code 08000}; a handshake that fails (the server's certificate does
 * not verify, no common cipher suite, the server hangs up) closes the connection, {@code 08006}.
 */
final class TlsUpgrade {

    private static final String HANDLER_NAME = "s2r.ssl";

    private TlsUpgrade() {
    }

    /**
     * @param channel    the channel, its SSL request written
     * @param sslContext the TLS context
     * @param host       the host name for SNI and verification
     * @param port       the port
     * @return completes when the handshake succeeded
     */
    static Mono<Void> start(Channel channel, SslContext sslContext, String host, int port) {
        return Mono.create(sink -> {
            Runnable upgrade = () -> {
                SslHandler handler;
                try {
                    handler = sslContext.newHandler(channel.alloc(), host, port);
                } catch (RuntimeException e) {
                    sink.error(SslContexts.setUpError("the TLS context cannot start a handshake: " + describe(e), e));
                    return;
                }
                channel.pipeline().addFirst(HANDLER_NAME, handler);
                handler.handshakeFuture().addListener(f -> {
                    if (f.isSuccess()) {
                        sink.success();
                    } else {
                        sink.error(ExceptionFactory.connectionClosed("TLS handshake failed: " + describe(f.cause()),
                            f.cause()));
                    }
                });
            };
            EventLoop loop = channel.eventLoop();
            if (loop.inEventLoop()) {
                upgrade.run();
            } else {
                loop.execute(upgrade);
            }
        });
    }

    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
