package fr.espacefamille.adapter.http.enrolment;

import java.time.Clock;
import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.PageContext;
import fr.espacefamille.adapter.http.shared.PageForm;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.adapter.http.shared.Web;
import fr.espacefamille.application.document.UploadDocument;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SchoolRequestMails;
import fr.espacefamille.application.enrolment.SubmitSchoolRequest;
import fr.espacefamille.application.enrolment.WithdrawSchoolRequest;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestForm;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import fr.espacefamille.domain.enrolment.SchoolRequestStatus;
import fr.espacefamille.domain.shared.FrenchText;
import fr.espacefamille.domain.shared.Refusal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mes demandes d'inscription scolaire »: a requester's requests, the request form (new, or to
 * complete an INCOMPLETE one), each request's state, the town hall's message, its history, the
 * withdrawal and, once accepted, the certificate (the page the mails link to).
 */
public final class SchoolRequestPages implements Feature {

    static final String LIST = SchoolRequestMails.PAGE.substring(0, SchoolRequestMails.PAGE.length() - 1);
    private static final String NEW_TITLE = "Demande d'inscription scolaire";

    private final SubmitSchoolRequest submit;
    private final WithdrawSchoolRequest withdraw;
    private final ReadSchoolRequests read;
    private final SchoolRequestFormPage form;

    public SchoolRequestPages(SubmitSchoolRequest submit, WithdrawSchoolRequest withdraw, ReadSchoolRequests read,
            UploadDocument upload, Clock clock) {
        this.submit = submit;
        this.withdraw = withdraw;
        this.read = read;
        this.form = new SchoolRequestFormPage(read, upload, clock);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(LIST, ctx -> Pages.render(ctx, "enrolment/requests.jte", Pages.context(ctx, "Mes demandes d'inscription scolaire"),
                Map.of("requests", read.own(requester(ctx)))));
        routes.get(LIST + "/nouvelle", ctx -> {
            requester(ctx);
            form.showForm(ctx, Pages.context(ctx, NEW_TITLE), NEW_TITLE, LIST + "/nouvelle", form.blank());
        });
        routes.post(LIST + "/nouvelle", this::create);
        routes.get(LIST + "/{id}", ctx -> show(ctx, Pages.context(ctx, "Demande d'inscription")));
        routes.get(LIST + "/{id}/modifier", this::edit);
        routes.post(LIST + "/{id}/modifier", this::resubmit);
        routes.post(LIST + "/{id}/retirer", this::withdraw);
        routes.get(LIST + "/{id}/certificat", this::certificate);
    }

    private static Actor requester(Context ctx) {
        Actor actor = Pages.actor(ctx);
        if (actor.isStaff()) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        return actor;
    }

    private static SchoolRequestId id(Context ctx) {
        return Web.pathId(ctx, "id", SchoolRequestId::parse);
    }

    private void create(Context ctx) {
        Actor actor = requester(ctx);
        form.post(ctx, actor, NEW_TITLE, NEW_TITLE, LIST + "/nouvelle", SchoolRequestFormPage.Target.newRequest(submit), request -> Pages.redirect(ctx, LIST + "/" + request.id(), "Demande d'inscription " + FrenchText.of(request.form().child().firstName())
                + " envoyée : la mairie vous répondra par courriel."));
    }

    private void show(Context ctx, PageContext page) {
        SchoolRequest request = read.one(requester(ctx), id(ctx));
        Pages.render(ctx, "enrolment/request.jte", page.withTitle("Demande d'inscription " + FrenchText.of(request.form().child().firstName())),
                Map.of("request", request, "read", read));
    }

    private void edit(Context ctx) {
        SchoolRequest request = read.one(requester(ctx), id(ctx));
        if (request.status() != SchoolRequestStatus.INCOMPLETE) {
            Pages.redirect(ctx, LIST + "/" + request.id(), Refusals.NOT_EDITABLE.message());
            return;
        }
        String title = "Compléter la demande " + FrenchText.of(request.form().child().firstName());
        form.showForm(ctx, Pages.context(ctx, title), title, LIST + "/" + request.id() + "/modifier",
                SchoolRequestFormPage.valuesOf(request.form()));
    }

    private void resubmit(Context ctx) {
        Actor actor = requester(ctx);
        SchoolRequest request = read.one(actor, id(ctx));
        String title = "Compléter la demande " + FrenchText.of(request.form().child().firstName());
        form.post(ctx, actor, title, title, LIST + "/" + request.id() + "/modifier", new SchoolRequestFormPage.Target() {
            @Override
            public SchoolRequest preview(Actor who, SchoolRequestForm filled) {
                return submit.previewResubmission(who, request.id(), filled);
            }

            @Override
            public SchoolRequest send(Actor who, SchoolRequestForm filled) {
                return submit.resubmit(who, request.id(), filled);
            }
        }, sent -> Pages.redirect(ctx, LIST + "/" + sent.id(), "Demande complétée et envoyée à nouveau à la mairie."));
    }

    private void withdraw(Context ctx) {
        Actor actor = requester(ctx);
        SchoolRequestId id = id(ctx);
        PageForm page = PageForm.of(ctx).fallback("retirer");
        page.submit(() -> withdraw.withdraw(actor, id))
                .redirect(LIST + "/" + id, "Demande retirée.")
                .orShow(errors -> show(ctx, Pages.context(ctx, "Demande d'inscription").withErrors(errors)));
    }

    private void certificate(Context ctx) {
        CertificatePdf.send(ctx, read.certificate(requester(ctx), id(ctx)));
    }
}
