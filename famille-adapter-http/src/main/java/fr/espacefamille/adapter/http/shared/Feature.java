package fr.espacefamille.adapter.http.shared;

import io.javalin.config.RoutesConfig;

/** A feature's routes (JSON API and pages), registered by {@link HttpApp}. */
public interface Feature {

    void register(RoutesConfig routes);
}
