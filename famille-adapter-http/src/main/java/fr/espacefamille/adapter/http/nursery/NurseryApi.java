package fr.espacefamille.adapter.http.nursery;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import fr.espacefamille.adapter.http.nursery.NurseryJson.AttendanceBody;
import fr.espacefamille.adapter.http.nursery.NurseryJson.AttendanceJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.BillableDayJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.BookingBody;
import fr.espacefamille.adapter.http.nursery.NurseryJson.BookingJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.ContractJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.DaySheetJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.EndBody;
import fr.espacefamille.adapter.http.nursery.NurseryJson.EndedJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.SettingsBody;
import fr.espacefamille.adapter.http.nursery.NurseryJson.SettingsJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.SlotJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.WaitingJson;
import fr.espacefamille.adapter.http.nursery.NurseryJson.WaitingListJson;
import fr.espacefamille.adapter.http.shared.Access;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.nursery.BookOccasionalCare;
import fr.espacefamille.application.nursery.BookingView;
import fr.espacefamille.application.nursery.EndRegularContract;
import fr.espacefamille.application.nursery.RecordNurseryAttendance;
import fr.espacefamille.application.nursery.UpdateNurserySettings;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.nursery.BookingId;
import fr.espacefamille.domain.nursery.NurserySettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * API.md's "Nursery" table and nursery staff rows, plus reads staff need (settings, contracts,
 * waiting lists, the day's attendance sheet, a child's billable hours) and ending a contract.
 */
public final class NurseryApi implements Feature {

    private final NurseryUseCases nursery;

    public NurseryApi(NurseryUseCases nursery) {
        this.nursery = nursery;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/admin/nursery/settings", this::settings, Access.staff(Role.NURSERY_AGENT));
        routes.put(API + "/admin/nursery/settings", this::updateSettings, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/nursery/slots", this::slots);
        routes.post(API + "/children/{id}/nursery/bookings", this::book);
        routes.get(API + "/children/{id}/nursery/bookings", this::bookings);
        routes.delete(API + "/children/{id}/nursery/bookings/{bookingId}", this::cancel);
        routes.get(API + "/admin/nursery/contracts", this::contracts, Access.staff(Role.NURSERY_AGENT));
        routes.post(API + "/admin/nursery/contracts/{id}/end", this::endContract, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery/waiting-lists", this::waitingLists, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery/attendance/{date}", this::daySheet, Access.staff(Role.NURSERY_AGENT));
        routes.put(API + "/admin/nursery/attendance/{date}", this::recordAttendance, Access.staff(Role.NURSERY_AGENT));
        routes.get(API + "/admin/nursery/billable-hours", this::billableHours, Access.staff(Role.NURSERY_AGENT, Role.FINANCE_AGENT));
    }

    private void settings(Context ctx) {
        ctx.json(SettingsJson.of(nursery.settings().current()));
    }

    private void updateSettings(Context ctx) {
        Actor actor = Web.actor(ctx);
        SettingsBody body = Web.body(ctx, SettingsBody.class);
        Web.required(body.placesPerSlot(), "placesPerSlot");
        if (!NurserySettings.allowsPlaces(body.placesPerSlot())) {
            throw Refusals.invalid("placesPerSlot", "doit être compris entre 0 et " + NurserySettings.MAX_PLACES);
        }
        List<LocalDate> closures = body.closures() == null ? List.of() : body.closures();
        for (int i = 0; i < closures.size(); i++) {
            Web.required(closures.get(i), "closures[" + i + "]");
        }
        ctx.json(SettingsJson.of(nursery.settings().update(actor, new UpdateNurserySettings.Command(body.placesPerSlot(), closures))));
    }

    private void slots(Context ctx) {
        Actor actor = Web.actor(ctx);
        LocalDate from = Web.queryDate(ctx, "from");
        LocalDate to = Web.queryDate(ctx, "to");
        ctx.json(nursery.slots().between(actor, from, to).stream().map(SlotJson::of).toList());
    }

    private void book(Context ctx) {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        BookingBody body = Web.body(ctx, BookingBody.class);
        Web.required(body.date(), "date");
        Web.required(body.period(), "period");
        BookOccasionalCare.Command command = new BookOccasionalCare.Command(child, body.date(), body.period());
        // the 8:00 rush: a request waiting for its slot's batch holds no thread, and its answer is written
        // by the server's threads, not by the one deciding the batch (which goes on with the next)
        Executor server = task -> ctx.req().getAsyncContext().start(task);
        ctx.future(() -> nursery.book().ask(actor, command)
                .thenAcceptAsync(view -> ctx.status(201).json(BookingJson.of(view, nursery.clock().getZone())), server));
    }

    private void bookings(Context ctx) {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        ctx.json(nursery.bookings().of(actor, child).stream().map(v -> BookingJson.of(v, nursery.clock().getZone())).toList());
    }

    private void cancel(Context ctx) {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        BookingId booking = Web.pathId(ctx, "bookingId", BookingId::parse);
        var cancelled = nursery.cancel().cancel(actor, child, booking);
        ctx.json(BookingJson.of(new BookingView(cancelled, null), nursery.clock().getZone()));
    }

    private void contracts(Context ctx) {
        Actor actor = Web.actor(ctx);
        ctx.json(nursery.contracts().current(actor).stream().map(ContractJson::of).toList());
    }

    private void endContract(Context ctx) {
        Actor actor = Web.actor(ctx);
        EnrolmentId id = Web.pathId(ctx, "id", EnrolmentId::parse);
        EndBody body = Web.body(ctx, EndBody.class);
        Web.required(body.lastDay(), "lastDay");
        ctx.json(EndedJson.of(nursery.endContract().end(actor, new EndRegularContract.Command(id, body.lastDay()))));
    }

    private void waitingLists(Context ctx) {
        Actor actor = Web.actor(ctx);
        List<WaitingListJson> lists = new ArrayList<>();
        nursery.waitingLists().coming(actor).forEach((slot, waiting) -> lists.add(
                new WaitingListJson(slot.date(), slot.period(), waiting.stream().map(WaitingJson::of).toList())));
        ctx.json(lists);
    }

    private void daySheet(Context ctx) {
        Actor actor = Web.actor(ctx);
        LocalDate date = Web.date(ctx.pathParam("date"), "date");
        ctx.json(nursery.daySheet().of(actor, date).stream().map(DaySheetJson::of).toList());
    }

    private void recordAttendance(Context ctx) {
        Actor actor = Web.actor(ctx);
        LocalDate date = Web.date(ctx.pathParam("date"), "date");
        AttendanceBody[] body = Web.body(ctx, AttendanceBody[].class);
        List<RecordNurseryAttendance.Entry> entries = new ArrayList<>();
        for (int i = 0; i < body.length; i++) {
            String field = "[" + i + "]";
            Web.required(body[i], field);
            ChildId child = ChildId.parse(Web.required(body[i].childId(), field + ".childId"))
                    .orElseThrow(() -> Refusals.invalid(field + ".childId", "identifiant invalide"));
            entries.add(new RecordNurseryAttendance.Entry(child, body[i].arrival(), body[i].departure()));
        }
        ctx.json(nursery.attendance().record(actor, date, entries).stream().map(AttendanceJson::of).toList());
    }

    private void billableHours(Context ctx) {
        Actor actor = Web.actor(ctx);
        ChildId child = ChildId.parse(Web.required(ctx.queryParam("childId"), "childId"))
                .orElseThrow(() -> Refusals.invalid("childId", "identifiant invalide"));
        var month = Web.month(ctx.queryParam("month"), "month");
        ctx.json(nursery.billableHours().forChild(actor, child, month).stream().map(BillableDayJson::of).toList());
    }
}
