/** The nursery's stores; the capacity rule holds by row locks on {@code nursery_slots}. */
package fr.espacefamille.adapter.jdbc.nursery;
