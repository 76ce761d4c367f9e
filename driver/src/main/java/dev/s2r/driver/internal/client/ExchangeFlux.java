/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.internal.message.client.ClientMessage;
import dev.s2r.driver.internal.message.server.ResponseDecoder;
import dev.s2r.driver.internal.message.server.ServerMessage;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;

/**
 * The publisher of one exchange: subscribing submits the request; the subscription is the {@link Exchange}, so
 * demand goes from the subscriber to the socket with no queue in between.
 */
final class ExchangeFlux extends Flux<ServerMessage> {

    private final ReactorNettyClient client;
    private final ClientMessage request;
    private final ResponseDecoder.Mode mode;

    ExchangeFlux(ReactorNettyClient client, ClientMessage request, ResponseDecoder.Mode mode) {
        this.client = client;
        this.request = request;
        this.mode = mode;
    }

    @Override
    public void subscribe(CoreSubscriber<? super ServerMessage> actual) {
        Exchange exchange = this.client.newExchange(this.request, this.mode, actual);
        KillSwitch killSwitch = actual.currentContext().getOrDefault(KillSwitch.KEY, null);
        if (killSwitch != null) {
            killSwitch.bind(exchange);
        }
        actual.onSubscribe(exchange);
        this.client.submit(exchange);
    }
}
