package fr.espacefamille.adapter.http.family;

import java.io.IOException;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.ChildId;
import io.javalin.http.Context;

/**
 * One service's branch of {@code POST /children/{id}/absences}: reads the body and answers the
 * JSON of the reported absence ({@code {id, days}}).
 */
@FunctionalInterface
public interface AbsenceHandler {

    Object report(Context ctx, Actor actor, ChildId child) throws IOException;
}
