package fr.espacefamille.adapter.http.commission;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.espacefamille.adapter.http.nursery.HoursBody;
import fr.espacefamille.application.commission.NurseryRequestView;
import fr.espacefamille.application.commission.SessionView;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.Applicant;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.Score;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.commission.SessionStatus;
import fr.espacefamille.domain.nursery.DailyHours;

/** The JSON shapes of API.md's "Nursery pre-registration and commission (§9)"; optional fields are left out when empty. */
final class CommissionJson {

    private CommissionJson() {
    }

    // --- bodies

    record ChildBody(String firstName, String lastName, LocalDate birthDate, LocalDate expectedBirthDate, String childId) {
    }

    record DocumentBody(String documentId, String kind) {
    }

    record AddressBody(String line1, String line2, String postcode, String city) {
    }

    /** An applicant account's person and home address (a guardian leaves it out). */
    record ApplicantBody(String firstName, String lastName, String phone, AddressBody address) {
    }

    record RequestBody(ChildBody child, LocalDate wishedStart, Map<String, HoursBody> schedule, Map<String, Boolean> answers,
            List<DocumentBody> documents, ApplicantBody applicant) {
    }

    record CorrectionBody(Map<String, Boolean> answers, String reason) {
    }

    record BirthBody(LocalDate birthDate, String documentId) {
    }

    record AnswerBody(Boolean accept) {
    }

    record CriterionBody(String code, String label, Integer points) {
    }

    record GridBody(LocalDate validFrom, List<CriterionBody> criteria) {
    }

    record SessionBody(LocalDate date, LocalDate startFrom, LocalDate startTo, LocalDate confirmBy, Map<String, Integer> places,
            String members) {
    }

    record OverrideBody(String requestId, Integer rank, String reason) {
    }

    record AllocateBody(List<OverrideBody> overrides) {
    }

    record MembersBody(String members) {
    }

    // --- answers

    record LineJson(String criterion, String label, int points) {
        static List<LineJson> of(Score score) {
            return score.breakdown().stream().map(l -> new LineJson(l.criterion(), l.label(), l.points())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChildJson(String firstName, String lastName, LocalDate birthDate, LocalDate expectedBirthDate, String childId) {
        static ChildJson of(NurseryRequest r) {
            return new ChildJson(r.firstName(), r.lastName(), r.birthDate(), r.birthDate() == null ? r.expectedBirthDate() : null,
                    r.childId().map(Object::toString).orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LastSessionJson(String id, LocalDate date, int rank, Integer lastOfferedScore) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OfferJson(String id, String requestId, AgeGroup group, int place, LocalDate start,
            @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime replyBy, OfferStatus status, String contractId) {
        static OfferJson of(Offer o, ZoneId zone) {
            return new OfferJson(o.id().toString(), o.request().toString(), o.group(), o.place(), o.start(),
                    o.replyBy().atZone(zone).toOffsetDateTime(), o.status(), o.contract() == null ? null : o.contract().toString());
        }
    }

    record ConfirmationJson(String sessionId, LocalDate sessionDate, LocalDate confirmBy, boolean confirmed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicantJson(String firstName, String lastName, String email, String phone, AddressBody address) {
        static ApplicantJson of(Applicant a) {
            return a == null ? null : new ApplicantJson(a.firstName(), a.lastName(), a.email(), a.phone(), new AddressBody(
                    a.address().line1(), a.address().line2(), a.address().postcode(), a.address().city()));
        }
    }

    /** A staff correction of answers in the request's history: each changed criterion's new answer. */
    record CorrectionJson(@JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime at, String by, String reason,
            Map<String, Boolean> changes) {
        static List<CorrectionJson> of(NurseryRequest r, ZoneId zone) {
            return r.corrections().stream().map(c -> new CorrectionJson(c.at().atZone(zone).toOffsetDateTime(), c.by(), c.reason(),
                    c.changes())).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestJson(String id, NurseryRequestStatus status, ChildJson child, LocalDate wishedStart,
            Map<DayOfWeek, Map<String, LocalTime>> schedule, AgeGroup ageGroup, int score, List<LineJson> breakdown,
            Map<String, Boolean> answers, LastSessionJson lastSession, OfferJson offer, List<OfferJson> offers,
            ConfirmationJson confirmation, Instant submittedAt, ApplicantJson applicant, List<CorrectionJson> corrections) {

        static RequestJson of(NurseryRequestView v, ZoneId zone) {
            NurseryRequest r = v.request();
            Map<DayOfWeek, Map<String, LocalTime>> schedule = new EnumMap<>(DayOfWeek.class);
            r.schedule().days().forEach((day, hours) -> schedule.put(day, hours(hours)));
            LastSessionJson last = v.lastSession().map(s -> new LastSessionJson(s.id().toString(), s.date(), s.rank(),
                    s.lastOfferedScore().orElse(null))).orElse(null);
            OfferJson offer = v.pendingOffer().or(v::acceptedOffer).map(o -> OfferJson.of(o, zone)).orElse(null);
            ConfirmationJson confirmation = v.confirmation().map(c -> new ConfirmationJson(c.session().id().toString(),
                    c.session().date(), c.session().confirmBy(), c.confirmed())).orElse(null);
            return new RequestJson(r.id().toString(), r.status(), ChildJson.of(r), r.wishedStart(), schedule, v.ageGroup(),
                    v.score().total(), LineJson.of(v.score()), r.answers(), last, offer,
                    v.offers().stream().map(o -> OfferJson.of(o, zone)).toList(), confirmation, r.submittedAt(),
                    ApplicantJson.of(r.applicant()), CorrectionJson.of(r, zone));
        }
    }

    static Map<String, LocalTime> hours(DailyHours hours) {
        Map<String, LocalTime> json = new LinkedHashMap<>();
        json.put("start", hours.arrival());
        json.put("end", hours.departure());
        return json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnswerJson(String id, OfferStatus status, String contractId) {
        static AnswerJson of(Offer o) {
            return new AnswerJson(o.id().toString(), o.status(), o.contract() == null ? null : o.contract().toString());
        }
    }

    record CriterionJson(String code, String label, int points) {
    }

    record GridJson(LocalDate validFrom, List<CriterionJson> criteria) {
        static GridJson of(ScoringGrid g) {
            return new GridJson(g.validFrom(), g.criteria().stream().map(c -> new CriterionJson(c.code(), c.label(), c.points())).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionJson(String id, LocalDate date, LocalDate startFrom, LocalDate startTo, LocalDate confirmBy,
            Map<AgeGroup, Integer> places, SessionStatus status, String members, int confirmed) {
        static SessionJson of(CommissionSession s) {
            return new SessionJson(s.id().toString(), s.date(), s.startFrom(), s.startTo(), s.confirmBy(), s.places(), s.status(),
                    s.members(), s.confirmed().size());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RankedJson(String requestId, String child, int score, int rank, SessionView.LineStatus status, String offerId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) OffsetDateTime replyBy, String overrideReason) {
    }

    record OverrideJson(String requestId, AgeGroup group, int rank, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionDetailJson(String id, LocalDate date, LocalDate startFrom, LocalDate startTo, LocalDate confirmBy,
            Map<AgeGroup, Integer> places, SessionStatus status, String members, Map<AgeGroup, List<RankedJson>> groups,
            List<OverrideJson> overrides, List<OfferJson> offers) {

        static SessionDetailJson of(SessionView v, ZoneId zone) {
            CommissionSession s = v.session();
            Map<AgeGroup, List<RankedJson>> groups = new EnumMap<>(AgeGroup.class);
            for (AgeGroup group : AgeGroup.values()) {
                groups.put(group, v.group(group).stream().map(l -> new RankedJson(l.request().id().toString(), l.request().childName(),
                        l.score(), l.rank(), l.status(), l.offer().map(o -> o.id().toString()).orElse(null),
                        l.offer().map(o -> o.replyBy().atZone(zone).toOffsetDateTime()).orElse(null), l.overrideReason())).toList());
            }
            List<OverrideJson> overrides = v.overrides().stream().map(l -> new OverrideJson(l.request().id().toString(),
                    l.request().ageGroup(), l.rank(), l.overrideReason())).toList();
            return new SessionDetailJson(s.id().toString(), s.date(), s.startFrom(), s.startTo(), s.confirmBy(), s.places(), s.status(),
                    s.members(), groups, overrides, v.offers().stream().map(o -> OfferJson.of(o, zone)).toList());
        }
    }
}
