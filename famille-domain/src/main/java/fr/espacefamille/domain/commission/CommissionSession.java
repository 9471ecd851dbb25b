package fr.espacefamille.domain.commission;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import fr.espacefamille.domain.shared.Text;

/**
 * A commission session (commission d'attribution): its date, the period of start dates it fills,
 * its places per age group and the deadline for families to confirm their requests;
 * {@code confirmed} are the requests confirmed for it, {@code ranking} the lists made when staff
 * allocated it. {@code members} is the free text of the members present, for the minutes.
 */
public record CommissionSession(SessionId id, LocalDate date, LocalDate startFrom, LocalDate startTo, LocalDate confirmBy,
        Map<AgeGroup, Integer> places, SessionStatus status, String members, Set<NurseryRequestId> confirmed,
        List<RankedRequest> ranking) {

    /** More places than this in one group is a typing mistake: the multi-accueil has a few dozen. */
    public static final int MAX_PLACES = 200;

    public CommissionSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "La date de la commission est obligatoire");
        Objects.requireNonNull(startFrom, "Le début de la période est obligatoire");
        Objects.requireNonNull(startTo, "La fin de la période est obligatoire");
        Objects.requireNonNull(confirmBy, "La date limite de confirmation est obligatoire");
        Objects.requireNonNull(status, "status");
        if (startTo.isBefore(startFrom)) {
            throw new IllegalArgumentException("La fin de la période précède son début");
        }
        if (confirmBy.isAfter(date)) {
            throw new IllegalArgumentException("La date limite de confirmation doit précéder la commission");
        }
        Map<AgeGroup, Integer> all = new EnumMap<>(AgeGroup.class);
        for (AgeGroup group : AgeGroup.values()) {
            int count = places.getOrDefault(group, 0);
            if (count < 0 || count > MAX_PLACES) {
                throw new IllegalArgumentException("Le nombre de places est compris entre 0 et " + MAX_PLACES);
            }
            all.put(group, count);
        }
        places = Collections.unmodifiableMap(all);
        members = Text.optional(members, "La liste des membres présents", 2000);
        confirmed = Set.copyOf(confirmed);
        ranking = ranking.stream().sorted(Comparator.comparing(RankedRequest::group).thenComparing(RankedRequest::rank)).toList();
        if (status == SessionStatus.OPEN && !ranking.isEmpty()) {
            throw new IllegalArgumentException("Une commission ouverte n'a pas encore de classement");
        }
    }

    public static CommissionSession open(SessionId id, LocalDate date, LocalDate startFrom, LocalDate startTo,
            LocalDate confirmBy, Map<AgeGroup, Integer> places, String members) {
        return new CommissionSession(id, date, startFrom, startTo, confirmBy, places, SessionStatus.OPEN, members, Set.of(),
                List.of());
    }

    public boolean covers(LocalDate wishedStart) {
        return !wishedStart.isBefore(startFrom) && !wishedStart.isAfter(startTo);
    }

    public boolean overlaps(CommissionSession other) {
        return !startFrom.isAfter(other.startTo) && !startTo.isBefore(other.startFrom);
    }

    /** Families may still confirm a request for it on {@code today}. */
    public boolean takesConfirmations(LocalDate today) {
        return status == SessionStatus.OPEN && !today.isAfter(confirmBy);
    }

    public int places(AgeGroup group) {
        return places.get(group);
    }

    public List<RankedRequest> ranking(AgeGroup group) {
        return ranking.stream().filter(r -> r.group() == group).toList();
    }

    public Optional<RankedRequest> ranked(NurseryRequestId request) {
        return ranking.stream().filter(r -> r.request().equals(request)).findFirst();
    }

    /** The first request of the group's list not offered a place yet that may still take one. */
    public Optional<NurseryRequestId> nextToOffer(AgeGroup group, Set<NurseryRequestId> offered,
            Predicate<NurseryRequestId> mayTakeAPlace) {
        return ranking(group).stream().map(RankedRequest::request)
                .filter(r -> !offered.contains(r) && mayTakeAPlace.test(r)).findFirst();
    }

    public CommissionSession allocated(List<RankedRequest> lists) {
        if (status != SessionStatus.OPEN) {
            throw new IllegalStateException("La commission a déjà attribué ses places");
        }
        return new CommissionSession(id, date, startFrom, startTo, confirmBy, places, SessionStatus.ALLOCATED, members,
                confirmed, lists);
    }

    public CommissionSession withMembers(String present) {
        return new CommissionSession(id, date, startFrom, startTo, confirmBy, places, status, present, confirmed, ranking);
    }
}
