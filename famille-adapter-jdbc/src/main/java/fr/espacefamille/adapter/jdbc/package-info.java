/** The JDBC adapter: the application's stores on PostgreSQL or H2, through Jdbi and Flyway. */
package fr.espacefamille.adapter.jdbc;
