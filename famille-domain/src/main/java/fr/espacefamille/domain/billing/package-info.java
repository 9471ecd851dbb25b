/**
 * Billing: tariffs, the policies that turn a month's consumption into invoice lines, invoices, numbering, payments and credit notes.
 *
 * <p>The nursery's hourly rate (CAF barème PSU, SPEC §3: {@link fr.espacefamille.domain.billing.PsuHourlyRate},
 * {@link fr.espacefamille.domain.billing.EffortBracket}) lives here, not in {@code domain.nursery}, on purpose: it is a
 * price, computed from a {@link fr.espacefamille.domain.billing.NurseryTariff} (floor, ceiling and effort rates with a
 * validity date, set by finance staff beside the canteen's tariffs in the {@link fr.espacefamille.domain.billing.TariffSchedule})
 * and used by one policy only, {@link fr.espacefamille.domain.billing.NurseryBillingPolicy}. The nursery counts the
 * hours ({@code domain.nursery.NurseryBilledHours}); billing prices them, as it prices canteen meals.
 */
package fr.espacefamille.domain.billing;
