/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service creates, reads, updates and deletes sensors over HTTP, kept in the database by Spring Data R2DBC. */
@SingleStoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensorCrudIntegrationTests {

    private SensorsApplicationContext application;
    private WebTestClient client;

    @BeforeAll
    void start(TestDatabase database) {
        application = SensorsApplicationContext.start(database);
        client = application.webTestClient();
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aCreatedSensorGetsAnIdAndCanBeReadBack() {
        Sensor created = create("boiler", "hall 1");

        assertThat(created.id()).isNotNull();
        assertThat(created.name()).isEqualTo("boiler");
        client.get().uri("/sensors/{id}", created.id()).exchange()
            .expectStatus().isOk()
            .expectBody(Sensor.class).isEqualTo(created);
    }

    @Test
    void allSensorsAreListed() {
        Sensor first = create("north", "roof");
        Sensor second = create("south", "cellar");

        List<Sensor> sensors = client.get().uri("/sensors").exchange()
            .expectStatus().isOk()
            .expectBodyList(Sensor.class).returnResult().getResponseBody();

        assertThat(sensors).contains(first, second);
    }

    @Test
    void anUpdateReplacesNameAndLocation() {
        Sensor created = create("door", "hall 2");

        client.put().uri("/sensors/{id}", created.id()).bodyValue(new Sensor(null, "front door", "hall 3")).exchange()
            .expectStatus().isOk()
            .expectBody(Sensor.class).isEqualTo(new Sensor(created.id(), "front door", "hall 3"));
        client.get().uri("/sensors/{id}", created.id()).exchange()
            .expectBody(Sensor.class).isEqualTo(new Sensor(created.id(), "front door", "hall 3"));
    }

    @Test
    void aDeletedSensorIsGone() {
        Sensor created = create("window", null);

        client.delete().uri("/sensors/{id}", created.id()).exchange().expectStatus().isNoContent();
        client.get().uri("/sensors/{id}", created.id()).exchange().expectStatus().isNotFound();
    }

    @Test
    void anUnknownSensorIsNotFoundForReadUpdateAndDelete() {
        long unknown = create("ghost", null).id() + 1_000;

        client.get().uri("/sensors/{id}", unknown).exchange().expectStatus().isNotFound();
        client.put().uri("/sensors/{id}", unknown).bodyValue(new Sensor(null, "x", null)).exchange()
            .expectStatus().isNotFound();
        client.delete().uri("/sensors/{id}", unknown).exchange().expectStatus().isNotFound();
    }

    private Sensor create(String name, String location) {
        Sensor created = client.post().uri("/sensors").bodyValue(new Sensor(null, name, location)).exchange()
            .expectStatus().isEqualTo(HttpStatus.CREATED)
            .expectBody(Sensor.class).returnResult().getResponseBody();
        assertThat(created).isNotNull();
        return created;
    }
}
