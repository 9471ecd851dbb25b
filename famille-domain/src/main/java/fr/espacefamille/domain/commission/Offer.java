package fr.espacefamille.domain.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

import fr.espacefamille.domain.family.EnrolmentId;

/**
 * An offer of a place (proposition de place) made by a session to a request: place {@code place}
 * of its age group, from the wished start, to be answered by {@code replyBy} — 8 days after the
 * offer, at 23:59 Europe/Paris. {@code contract} is the regular contract an acceptance made.
 */
public record Offer(OfferId id, SessionId session, NurseryRequestId request, AgeGroup group, int place, LocalDate start,
        Instant offeredAt, Instant replyBy, OfferStatus status, Instant answeredAt, EnrolmentId contract) {

    public static final int REPLY_DAYS = 8;
    public static final LocalTime REPLY_TIME = LocalTime.of(23, 59);

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(offeredAt, "offeredAt");
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(status, "status");
        if (place < 1) {
            throw new IllegalArgumentException("places are numbered from 1");
        }
        if ((status == OfferStatus.PENDING) != (answeredAt == null)) {
            throw new IllegalArgumentException("an offer is answered exactly when it is no longer pending");
        }
        if (contract != null && status != OfferStatus.ACCEPTED) {
            throw new IllegalArgumentException("only an accepted offer has a contract");
        }
    }

    public static Offer make(SessionId session, NurseryRequestId request, AgeGroup group, int place, LocalDate start,
            Instant now, ZoneId zone) {
        return new Offer(OfferId.random(), session, request, group, place, start, now, replyDeadline(now, zone),
                OfferStatus.PENDING, null, null);
    }

    /** 8 days after the day of the offer, at 23:59 in the town's zone. */
    public static Instant replyDeadline(Instant offeredAt, ZoneId zone) {
        return LocalDate.ofInstant(offeredAt, zone).plusDays(REPLY_DAYS).atTime(REPLY_TIME).atZone(zone).toInstant();
    }

    /** Still pending after its deadline: it must expire, whether or not anyone is looking. */
    public boolean lapsedAt(Instant now) {
        return status == OfferStatus.PENDING && now.isAfter(replyBy);
    }

    /** Accepted; {@code contract} may be null for an applicant without a family yet (staff make it). */
    public Offer accepted(Instant now, EnrolmentId madeContract) {
        return answered(OfferStatus.ACCEPTED, now, madeContract);
    }

    public Offer refused(Instant now) {
        return answered(OfferStatus.REFUSED, now, null);
    }

    public Offer expired(Instant now) {
        if (!lapsedAt(now)) {
            throw new IllegalStateException("Une proposition n'expire qu'après sa date limite de réponse");
        }
        return answered(OfferStatus.EXPIRED, replyBy, null);
    }

    private Offer answered(OfferStatus outcome, Instant at, EnrolmentId madeContract) {
        if (status != OfferStatus.PENDING) {
            throw new IllegalStateException("La proposition a déjà reçu une réponse");
        }
        return new Offer(id, session, request, group, place, start, offeredAt, replyBy, outcome, at, madeContract);
    }
}
