/** FranceConnect (OpenID Connect) sign-in through Nimbus: discovery, authorisation code flow, ID token and user info checks. */
package fr.espacefamille.adapter.oidc;
