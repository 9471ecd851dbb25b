package fr.espacefamille.adapter.http.canteen;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.espacefamille.adapter.http.canteen.CanteenJson.HeadcountJson;
import fr.espacefamille.adapter.http.canteen.CanteenJson.MarkBody;
import fr.espacefamille.adapter.http.canteen.CanteenJson.SheetJson;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.HttpApp;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.canteen.CheckAttendance;
import fr.espacefamille.application.canteen.ReadAttendanceSheet;
import fr.espacefamille.application.canteen.ReadHeadcounts;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's canteen staff rows: attendance checks and the kitchen's headcounts (JSON or CSV). */
public final class CanteenStaffApi implements Feature {

    private static final ObjectMapper JSON = HttpApp.objectMapper();

    private final CheckAttendance checkAttendance;
    private final ReadAttendanceSheet readSheet;
    private final ReadHeadcounts headcounts;

    public CanteenStaffApi(CheckAttendance checkAttendance, ReadAttendanceSheet readSheet, ReadHeadcounts headcounts) {
        this.checkAttendance = checkAttendance;
        this.readSheet = readSheet;
        this.headcounts = headcounts;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put(API + "/admin/canteen/attendance/{schoolId}/{date}", this::check, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/admin/canteen/attendance/{schoolId}/{date}", this::sheet, Access.staff(Role.SCHOOL_AGENT));
        routes.get(API + "/admin/canteen/headcounts", this::headcounts, Access.staff(Role.SCHOOL_AGENT));
    }

    private void check(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolId school = Web.pathId(ctx, "schoolId", SchoolId::parse);
        LocalDate date = Web.date(ctx.pathParam("date"), "date");
        List<MarkBody> body = marks(ctx);
        List<CheckAttendance.Mark> marks = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            MarkBody mark = body.get(i);
            String field = "[" + i + "]";
            Web.required(mark, field);
            ChildId child = ChildId.parse(Web.required(mark.childId(), field + ".childId"))
                    .orElseThrow(() -> Refusals.invalid(field + ".childId", "enfant inconnu ou d'une autre école"));
            marks.add(new CheckAttendance.Mark(child, Web.required(mark.present(), field + ".present")));
        }
        ctx.json(SheetJson.of(checkAttendance.check(actor, new CheckAttendance.Command(school, date, marks))));
    }

    private static List<MarkBody> marks(Context ctx) {
        try {
            List<MarkBody> marks = JSON.readValue(ctx.bodyAsBytes(), new TypeReference<List<MarkBody>>() { });
            if (marks == null) {
                throw Refusals.invalid("body", "une liste JSON est attendue");
            }
            return marks;
        } catch (java.io.IOException e) {
            throw Refusals.invalid("body", "une liste JSON [{childId, present}] est attendue");
        }
    }

    private void sheet(Context ctx) {
        Actor actor = Web.actor(ctx);
        SchoolId school = Web.pathId(ctx, "schoolId", SchoolId::parse);
        LocalDate date = Web.date(ctx.pathParam("date"), "date");
        ctx.json(SheetJson.of(readSheet.read(actor, school, date)));
    }

    private void headcounts(Context ctx) {
        Actor actor = Web.actor(ctx);
        var counts = headcounts.read(actor, Web.queryDate(ctx, "from"), Web.queryDate(ctx, "to"));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(HeadcountsCsv.forApi(counts));
        } else {
            ctx.json(counts.stream().map(HeadcountJson::of).toList());
        }
    }
}
