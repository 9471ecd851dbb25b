package fr.espacefamille.adapter.http.family;

import java.io.IOException;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.ChildId;
import io.javalin.http.Context;

/**
 * One service's branch of {@code POST /admin/children/{id}/enrolments}: reads its own body shape
 * from the request and answers the JSON of the created enrolment ({@code {id}}).
 */
@FunctionalInterface
public interface EnrolmentHandler {

    Object enrol(Context ctx, Actor actor, ChildId child) throws IOException;
}
