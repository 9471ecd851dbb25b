package fr.espacefamille.adapter.http.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;

/**
 * Who may call a staff route or open a staff page, declared where the route is (Javalin route roles)
 * and checked once the route is matched, before its handler reads the body: a staff member of the
 * wrong role is told 403, not 400 or 422 about what they sent. The refusal is answered like any other
 * (JSON for the API; for pages a 403 page, or the sign-in page for a signed-out visitor's GET). The
 * use cases keep their own checks (some narrow further, by the service a body names); this one only
 * answers first. ADMIN may call every staff route.
 */
public final class Access {

    /** Every route under this prefix declares its roles (checked at start-up). */
    static final String STAFF_PREFIX = Web.API + "/admin/";
    /** The staff pages: this one and every one under it declare their roles too (staff sign in on /connexion, like parents). */
    static final String STAFF_PAGES = "/agents";

    /** One staff role, as a Javalin route role. */
    public record Allowed(Role role) implements RouteRole {
        public Allowed {
            if (!role.isStaff()) {
                throw new IllegalArgumentException("Not a staff role: " + role);
            }
        }
    }

    private Access() {
    }

    /** The route roles for a route these staff roles (and ADMIN) may call. */
    public static RouteRole[] staff(Role... roles) {
        return Arrays.stream(roles).map(Allowed::new).toArray(RouteRole[]::new);
    }

    /** Any staff member: the use case decides what each may do or see. */
    public static RouteRole[] anyStaff() {
        return staff(Role.ADMIN, Role.SCHOOL_AGENT, Role.NURSERY_AGENT, Role.FINANCE_AGENT);
    }

    /** Refuses the request unless the signed-in person has one of the matched route's roles (401 when nobody is). */
    static void check(Context ctx) {
        Set<RouteRole> declared = ctx.routeRoles();
        if (declared.isEmpty()) {
            return;
        }
        Role role = Web.actor(ctx).role();
        if (declared.stream().noneMatch(allowed -> allowed instanceof Allowed staff && role.mayActAs(staff.role()))) {
            throw new RefusedException(Refusal.forbidden());
        }
    }

    /** The staff routes and pages that declare no role: none may, or a parent would reach the handler. */
    static List<String> undeclared(List<Endpoint> endpoints) {
        return endpoints.stream().filter(e -> e.method.isHttpMethod() && isStaff(e.path))
                .filter(e -> e.metadata(io.javalin.security.Roles.class) == null
                        || e.metadata(io.javalin.security.Roles.class).getRoles().isEmpty())
                .map(e -> e.method.name() + " " + e.path).toList();
    }

    static boolean isStaff(String path) {
        return path.startsWith(STAFF_PREFIX) || path.equals(STAFF_PAGES) || path.startsWith(STAFF_PAGES + "/");
    }

    /** The roles a route declares, as domain roles (empty when it declares none). */
    public static List<Role> declared(Endpoint endpoint) {
        io.javalin.security.Roles roles = endpoint.metadata(io.javalin.security.Roles.class);
        return roles == null ? List.of() : roles.getRoles().stream().filter(Allowed.class::isInstance)
                .map(r -> ((Allowed) r).role()).sorted().toList();
    }
}
