/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Create, read, update and delete {@link Sensor}s under {@code /sensors}. */
@RestController
@RequestMapping("/sensors")
class SensorController {

    private final SensorRepository repository;

    SensorController(SensorRepository repository) {
        this.repository = repository;
    }

    /**
     * {@code POST /sensors}: saves a new sensor; an id in the body is ignored.
     *
     * @param sensor the sensor
     * @return 201 with the sensor and its generated id
     */
    @PostMapping
    Mono<ResponseEntity<Sensor>> create(@RequestBody Sensor sensor) {
        return this.repository.save(sensor.withId(null))
            .map(saved -> ResponseEntity.status(HttpStatus.CREATED).body(saved));
    }

    /**
     * {@code GET /sensors}.
     *
     * @return every sensor, streamed from the repository
     */
    @GetMapping
    Flux<Sensor> all() {
        return this.repository.findAll();
    }

    /**
     * {@code GET /sensors/{id}}.
     *
     * @param id the id
     * @return 200 with the sensor, or 404
     */
    @GetMapping("/{id}")
    Mono<ResponseEntity<Sensor>> one(@PathVariable long id) {
        return this.repository.findById(id)
            .map(ResponseEntity::ok)
            .defaultIfEmpty(ResponseEntity.notFound().build());
    }

    /**
     * {@code PUT /sensors/{id}}: replaces the name and location of an existing sensor.
     *
     * @param id the id
     * @param sensor the new name and location; an id in the body is ignored
     * @return 200 with the updated sensor, or 404
     */
    @PutMapping("/{id}")
    Mono<ResponseEntity<Sensor>> update(@PathVariable long id, @RequestBody Sensor sensor) {
        return this.repository.existsById(id)
            .filter(Boolean::booleanValue)
            .flatMap(exists -> this.repository.save(sensor.withId(id)))
            .map(ResponseEntity::ok)
            .defaultIfEmpty(ResponseEntity.notFound().build());
    }

    /**
     * {@code DELETE /sensors/{id}}.
     *
     * @param id the id
     * @return 204 when it was deleted, 404 when there was no such sensor
     */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(@PathVariable long id) {
        return this.repository.existsById(id)
            .flatMap(exists -> exists
                ? this.repository.deleteById(id).thenReturn(ResponseEntity.noContent().<Void>build())
                : Mono.just(ResponseEntity.notFound().<Void>build()));
    }
}
