package fr.espacefamille.adapter.http.canteen;

import static fr.espacefamille.adapter.http.shared.Web.API;

import java.time.LocalDate;
import java.util.EnumSet;

import fr.espacefamille.adapter.http.canteen.CanteenJson.DayJson;
import fr.espacefamille.adapter.http.canteen.CanteenJson.PatternBody;
import fr.espacefamille.adapter.http.canteen.CanteenJson.PatternJson;
import fr.espacefamille.adapter.http.canteen.CanteenJson.StatusJson;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.canteen.BookCanteenDay;
import fr.espacefamille.application.canteen.BookWeeklyPattern;
import fr.espacefamille.application.canteen.CancelCanteenDay;
import fr.espacefamille.application.canteen.ReadCanteenDays;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.ChildId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** API.md's canteen rows for a child: the days of a range, booking and cancelling a day, the weekly pattern. */
public final class CanteenApi implements Feature {

    private final ReadCanteenDays readDays;
    private final BookCanteenDay book;
    private final CancelCanteenDay cancel;
    private final BookWeeklyPattern pattern;

    public CanteenApi(ReadCanteenDays readDays, BookCanteenDay book, CancelCanteenDay cancel, BookWeeklyPattern pattern) {
        this.readDays = readDays;
        this.book = book;
        this.cancel = cancel;
        this.pattern = pattern;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API + "/children/{id}/canteen", this::days);
        routes.put(API + "/children/{id}/canteen/{date}", this::book);
        routes.delete(API + "/children/{id}/canteen/{date}", this::cancel);
        routes.post(API + "/children/{id}/canteen/pattern", this::pattern);
    }

    private void days(Context ctx) {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        LocalDate from = Web.queryDate(ctx, "from");
        LocalDate to = Web.queryDate(ctx, "to");
        ctx.json(readDays.read(actor, child, from, to).stream().map(DayJson::of).toList());
    }

    private void book(Context ctx) {
        change(ctx, (actor, child, day) -> book.book(actor, new BookCanteenDay.Command(child, day)));
    }

    private void cancel(Context ctx) {
        change(ctx, (actor, child, day) -> cancel.cancel(actor, new CancelCanteenDay.Command(child, day)));
    }

    /** A change of one day: booking or cancelling it. */
    @FunctionalInterface
    private interface DayChange {
        BookCanteenDay.Result apply(Actor actor, ChildId child, LocalDate day);
    }

    private static void change(Context ctx, DayChange change) {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        var result = change.apply(actor, child, Web.date(ctx.pathParam("date"), "date"));
        ctx.json(new StatusJson(result.date(), result.status()));
    }

    private void pattern(Context ctx) {
        Actor actor = Web.actor(ctx);
        ChildId child = Web.pathId(ctx, "id", ChildId::parse);
        PatternBody body = Web.body(ctx, PatternBody.class);
        Web.required(body.from(), "from");
        Web.required(body.to(), "to");
        Web.required(body.weekdays(), "weekdays");
        if (body.weekdays().contains(null)) {
            throw fr.espacefamille.application.shared.Refusals.invalid("weekdays", "jour de la semaine manquant");
        }
        var result = pattern.book(actor, new BookWeeklyPattern.Command(child, body.from(), body.to(),
                body.weekdays().isEmpty() ? EnumSet.noneOf(java.time.DayOfWeek.class) : EnumSet.copyOf(body.weekdays())));
        ctx.json(new PatternJson(result.booked(), result.skipped()));
    }
}
