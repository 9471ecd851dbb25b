package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.espacefamille.application.account.Authenticate;
import fr.espacefamille.application.account.RecentAccounts;
import fr.espacefamille.application.inmemory.InMemoryAccounts;
import fr.espacefamille.application.inmemory.InMemorySessions;
import fr.espacefamille.application.inmemory.InMemoryTransactions;
import fr.espacefamille.domain.account.Role;

/** A staff route that forgets to say who may call it stops the portal's start, rather than letting anyone signed in reach it. */
class AccessTest {

    private static final WebSettings SETTINGS = new WebSettings(URI.create("http://localhost"), false, List.of());
    private static final InMemoryTransactions TRANSACTIONS = new InMemoryTransactions();
    private static final Authenticate AUTHENTICATE = new Authenticate(new InMemorySessions(TRANSACTIONS),
            new RecentAccounts(new InMemoryAccounts(TRANSACTIONS), TRANSACTIONS, Clock.systemUTC()), Clock.systemUTC());

    @Test
    void a_staff_route_without_its_roles_stops_the_start_and_names_the_route() {
        Feature forgetful = routes -> routes.put(Web.API + "/admin/oubli/{id}", ctx -> ctx.result("atteint"));
        assertThatThrownBy(() -> HttpApp.create(SETTINGS, AUTHENTICATE, List.of(forgetful)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PUT /api/v1/admin/oubli/{id}");
    }

    @Test
    void a_staff_page_without_its_roles_stops_the_start_too_and_other_pages_need_none() {
        Feature forgetful = routes -> {
            routes.get("/agents", ctx -> ctx.result("accueil"));
            routes.post("/agents/oubli/{id}", ctx -> ctx.result("atteint"));
            routes.get("/agents-de-la-ville", ctx -> ctx.result("public"));
            routes.get("/espace/oubli", ctx -> ctx.result("famille"));
        };
        assertThatThrownBy(() -> HttpApp.create(SETTINGS, AUTHENTICATE, List.of(forgetful)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GET /agents,").hasMessageContaining("POST /agents/oubli/{id}")
                .hasMessageNotContaining("/agents-de-la-ville").hasMessageNotContaining("/espace/oubli");
        Feature declared = routes -> {
            routes.get("/agents", ctx -> ctx.result("accueil"), Access.anyStaff());
            routes.post("/agents/oubli/{id}", ctx -> ctx.result("atteint"), Access.staff(Role.SCHOOL_AGENT));
        };
        assertThat(HttpApp.create(SETTINGS, AUTHENTICATE, List.of(declared))).isNotNull();
    }

    @Test
    void declared_roles_are_read_back_as_the_domain_s_roles() {
        Feature declared = routes -> routes.put(Web.API + "/admin/oubli/{id}", ctx -> ctx.result("atteint"),
                Access.staff(Role.NURSERY_AGENT, Role.FINANCE_AGENT));
        var app = HttpApp.create(SETTINGS, AUTHENTICATE, List.of(declared));
        var endpoint = app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.path.equals(Web.API + "/admin/oubli/{id}")).findFirst().orElseThrow();
        assertThat(Access.declared(endpoint)).containsExactly(Role.NURSERY_AGENT, Role.FINANCE_AGENT);
        assertThat(Access.anyStaff()).hasSize(4);
        assertThatThrownBy(() -> Access.staff(Role.PARENT)).isInstanceOf(IllegalArgumentException.class);
    }
}
