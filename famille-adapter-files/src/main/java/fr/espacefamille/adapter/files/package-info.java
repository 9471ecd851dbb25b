/**
 * The file-system adapter: documents' bytes in files under the data folder. A module of its own
 * because the file system is a technology like the database or the web, and neither of their
 * adapters should know the other's.
 */
package fr.espacefamille.adapter.files;
