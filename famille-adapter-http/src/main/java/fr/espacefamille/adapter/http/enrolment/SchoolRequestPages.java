package fr.espacefamille.adapter.http.enrolment;

import java.util.Map;

import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.http.shared.Pages;
import fr.espacefamille.application.enrolment.ReadSchoolRequests;
import fr.espacefamille.application.enrolment.SchoolRequestMails;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.enrolment.SchoolRequestId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * « Mes demandes d'inscription scolaire »: a requester's requests, each with its state, the town
 * hall's message, its history and, once accepted, the certificate (the page the mails link to).
 */
public final class SchoolRequestPages implements Feature {

    private static final String LIST = SchoolRequestMails.PAGE.substring(0, SchoolRequestMails.PAGE.length() - 1);

    private final ReadSchoolRequests read;

    public SchoolRequestPages(ReadSchoolRequests read) {
        this.read = read;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(LIST, ctx -> Pages.render(ctx, "enrolment/requests.jte", Pages.context(ctx, "Mes demandes d'inscription scolaire"),
                Map.of("requests", read.own(Pages.actor(ctx)), "read", read)));
        routes.get(LIST + "/{id}", this::one);
        routes.get(LIST + "/{id}/certificat", this::certificate);
    }

    private void one(Context ctx) {
        var request = read.one(Pages.actor(ctx), SchoolRequestId.parse(ctx.pathParam("id"))
                .orElseThrow(Refusals::notFound));
        Pages.render(ctx, "enrolment/request.jte", Pages.context(ctx, "Demande d'inscription de " + request.form().child().fullName()),
                Map.of("request", request, "read", read));
    }

    private void certificate(Context ctx) {
        var certificate = read.certificate(Pages.actor(ctx), SchoolRequestId.parse(ctx.pathParam("id"))
                .orElseThrow(Refusals::notFound));
        ctx.header("Content-Disposition", "inline; filename=\"certificat-"
                + certificate.request().accepted().orElseThrow().certificateNumber() + ".pdf\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("application/pdf").result(CertificatePdf.render(certificate));
    }
}
