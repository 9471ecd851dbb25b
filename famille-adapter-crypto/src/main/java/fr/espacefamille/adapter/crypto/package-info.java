/** Password hashing with Argon2id (Bouncy Castle). */
package fr.espacefamille.adapter.crypto;
