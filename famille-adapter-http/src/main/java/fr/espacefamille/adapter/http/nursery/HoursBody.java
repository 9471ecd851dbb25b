package fr.espacefamille.adapter.http.nursery;

import java.time.LocalTime;

/** A weekday's hours in a weekly schedule's JSON: {@code {start:"08:30", end:"17:00"}}. */
public record HoursBody(LocalTime start, LocalTime end) {
}
