package fr.espacefamille.application.nursery;

import java.util.Objects;

import fr.espacefamille.domain.nursery.OccasionalBooking;

/** A booking as its family sees it: with its place in the waiting list while it waits. */
public record BookingView(OccasionalBooking booking, Integer waitlistPosition) {

    public BookingView {
        Objects.requireNonNull(booking, "booking");
        if ((waitlistPosition != null) != booking.isWaiting()) {
            throw new IllegalArgumentException("A waiting request, and only it, has a position");
        }
    }
}
