/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.spring;

import dev.s2r.driver.spring.PeopleApplication.Person;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Spring Data's repository of {@link Person}, found by Spring Boot's repository scanning. */
public interface PersonRepository extends ReactiveCrudRepository<Person, Long> {

    /**
     * @param name a name
     * @return the people of that name, by a derived query
     */
    Flux<Person> findByName(String name);

    /**
     * @param name a name
     * @return the people of that name, read with a pessimistic read lock (in SingleStore's SQL, {@code FOR UPDATE})
     */
    @Lock(LockMode.PESSIMISTIC_READ)
    Flux<Person> findLockedByName(String name);
}
