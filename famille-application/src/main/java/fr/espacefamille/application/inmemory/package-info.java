/** Working in-memory implementations of every out-port, for tests and for embedding the application. */
package fr.espacefamille.application.inmemory;
