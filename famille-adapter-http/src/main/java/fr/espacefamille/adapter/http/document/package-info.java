/** Secure document storage through the web: upload, list and download, API and « Mes documents » page. */
package fr.espacefamille.adapter.http.document;
