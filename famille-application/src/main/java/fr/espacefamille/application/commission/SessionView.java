package fr.espacefamille.application.commission;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;

/**
 * A session with its lists per age group: before allocation, the confirmed requests in the order
 * they would be ranked today; after, the ranked lists with each request's offer.
 */
public record SessionView(CommissionSession session, Map<AgeGroup, List<Line>> groups, List<Offer> offers) {

    /** Where a request of the list stands. */
    public enum LineStatus {
        CONFIRMED("Confirmée"), WAITING("Sans proposition"), OFFERED("Place proposée"), ACCEPTED("Place acceptée"),
        REFUSED("Place refusée"), EXPIRED("Sans réponse dans le délai");

        private final String french;

        LineStatus(String french) {
            this.french = french;
        }

        public String french() {
            return french;
        }
    }

    public record Line(NurseryRequest request, int score, int rank, LineStatus status, Optional<Offer> offer, String overrideReason) {
    }

    public SessionView {
        groups = Map.copyOf(groups);
        offers = List.copyOf(offers);
    }

    public List<Line> group(AgeGroup group) {
        return groups.getOrDefault(group, List.of());
    }

    /** The lines staff moved by hand, with their reasons. */
    public List<Line> overrides() {
        return groups.values().stream().flatMap(List::stream).filter(l -> l.overrideReason() != null).toList();
    }
}
