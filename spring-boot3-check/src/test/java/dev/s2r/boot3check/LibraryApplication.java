/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.boot3check;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A Spring Boot 3.5 WebFlux application with Spring Data R2DBC whose only database configuration is
 * {@code spring.r2dbc.url}. Its table is {@code book (id BIGINT AUTO_INCREMENT PRIMARY KEY, title)}.
 */
@SpringBootApplication
public class LibraryApplication {

    /**
     * A row of {@code book}.
     *
     * @param id    the key the server generates
     * @param title the book's title
     */
    public record Book(@Id Long id, String title) {

        /**
         * @param title the book's title
         * @return a book that has not been saved
         */
        public static Book titled(String title) {
            return new Book(null, title);
        }
    }

    /** Writes through the repository inside Spring-managed transactions. */
    @Service
    public static class Shelf {

        private final BookRepository books;

        /** @param books the repository */
        public Shelf(BookRepository books) {
            this.books = books;
        }

        /**
         * Saves a book inside {@code @Transactional(readOnly = true)}: Spring starts the transaction
         * {@code READ ONLY} and the server refuses the insert.
         *
         * @param title the book's title
         * @return the server's refusal, translated by Spring
         */
        @Transactional(readOnly = true)
        public Mono<Book> shelveReadOnly(String title) {
            return books.save(Book.titled(title));
        }
    }

    /** The books over HTTP, from the application's Reactor Netty server. */
    @RestController
    public static class BookController {

        private final BookRepository books;

        /** @param books the repository */
        public BookController(BookRepository books) {
            this.books = books;
        }

        /** @return every book */
        @GetMapping("/books")
        public Flux<Book> all() {
            return books.findAll();
        }
    }
}
