/** Use cases on families' documents: upload, list, read. */
package fr.espacefamille.application.document;
