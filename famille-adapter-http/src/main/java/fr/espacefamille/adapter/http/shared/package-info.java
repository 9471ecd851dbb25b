/** The web adapter's skeleton: app factory, authentication, errors as problem+json or French pages, CSRF. */
package fr.espacefamille.adapter.http.shared;
