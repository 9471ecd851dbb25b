/** Configuration, wiring with plain constructors, the main entry point and the demo town. */
package fr.espacefamille.bootstrap;
