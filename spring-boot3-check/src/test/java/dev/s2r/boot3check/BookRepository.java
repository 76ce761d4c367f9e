/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.boot3check;

import dev.s2r.boot3check.LibraryApplication.Book;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** Spring Data's repository of {@link Book}, found by Spring Boot's repository scanning. */
public interface BookRepository extends ReactiveCrudRepository<Book, Long> {

    /**
     * @param title a title
     * @return the books with that title, by a query Spring Data derives from the method name
     */
    Flux<Book> findByTitle(String title);
}
