package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.privacy.FamilyRetention;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.EnrolmentId;
import fr.espacefamille.domain.family.Family;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.family.GuardianId;
import fr.espacefamille.domain.family.SchoolId;
import fr.espacefamille.domain.privacy.FamilyActivity;

/**
 * {@link PupilDays} answered from memory: the month view is the portal's most frequent read, and a
 * database round trip per view costs more than all the rest of it. Each child's days are read for
 * the school years around the range asked (1 August to 31 July), then every range inside them is
 * answered without the database, until the child is forgotten:
 * <ul>
 * <li>a write through this instance — the store wrappers below ({@link #bookings}, {@link #absences},
 * {@link #enrolments}, {@link #families}, {@link #retention}) are the only way the portal changes what
 * this reads — forgets the child at once and again when its transaction ends (another request may
 * have read the old days meanwhile), when it is also {@link PupilDaysChanges#announce announced}
 * to the other instances, which its use case waits for before it answers;</li>
 * <li>a write through another instance is told by {@link PupilDaysChanges}; while that feed is down
 * (or cannot vouch that it is up) nothing is remembered nor answered from memory, and everything is
 * forgotten when it goes and when it comes back (changes in between were missed).</li>
 * </ul>
 * A read that raced with a forgetting is not kept: each child's stripe of {@link #stamps} (and
 * {@link #generation} for everyone) moves before its entry is removed, and a read is kept only if
 * they did not move while it ran. Bounded: past {@link #CAPACITY} children everything is forgotten
 * at once (a child's year is about 1.5 KiB as epoch-day arrays, so at most ~40 MiB; a town's pupils
 * are far fewer, and a wholesale forgetting only costs one read per child).
 */
public final class RememberedPupilDays implements PupilDays, PupilDaysChanges.Listener {

    static final int CAPACITY = 25_000;
    /**
     * A safety net, not the way changes are seen: a change committed by an instance that died before
     * announcing it, or made by hand in the database, is seen at most this late.
     */
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final int STRIPES = 1024;

    /** A child's days over {@code window}, as sorted epoch days; absences with their billing, index for index. */
    private record Year(DateRange window, Pupil pupil, long[] booked, long[] absent, AbsenceBilling[] billing, long readAt) {

        static Year of(DateRange window, Read read, long readAt) {
            long[] booked = read.booked().stream().mapToLong(LocalDate::toEpochDay).toArray();
            long[] absent = read.absent().keySet().stream().mapToLong(LocalDate::toEpochDay).toArray();
            return new Year(window, read.pupil(), booked, absent, read.absent().values().toArray(AbsenceBilling[]::new), readAt);
        }

        boolean answers(DateRange range, long now) {
            return now - readAt < MAX_AGE.toMillis() && !range.from().isBefore(window.from()) && !range.to().isAfter(window.to());
        }

        Read within(DateRange range) {
            SortedSet<LocalDate> inRange = new TreeSet<>();
            long from = range.from().toEpochDay();
            long to = range.to().toEpochDay();
            for (int i = first(booked, from); i < booked.length && booked[i] <= to; i++) {
                inRange.add(LocalDate.ofEpochDay(booked[i]));
            }
            SortedMap<LocalDate, AbsenceBilling> absentInRange = new TreeMap<>();
            for (int i = first(absent, from); i < absent.length && absent[i] <= to; i++) {
                absentInRange.put(LocalDate.ofEpochDay(absent[i]), billing[i]);
            }
            return new Read(pupil, inRange, absentInRange);
        }

        private static int first(long[] days, long from) {
            int at = Arrays.binarySearch(days, from);
            return at >= 0 ? at : -at - 1;
        }
    }

    private final PupilDays store;
    private final Transactions transactions;
    private final PupilDaysChanges elsewhere;
    private final Clock ticker;
    private final Map<ChildId, Year> remembered = new ConcurrentHashMap<>();
    private final AtomicLongArray stamps = new AtomicLongArray(STRIPES);
    private final AtomicLong generation = new AtomicLong();

    /** {@code ticker} measures {@link #MAX_AGE} only: the system clock, even when the business clock is frozen. */
    public RememberedPupilDays(PupilDays store, Transactions transactions, PupilDaysChanges elsewhere, Clock ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.elsewhere = Objects.requireNonNull(elsewhere, "elsewhere");
        elsewhere.listen(this);
    }

    @Override
    public Optional<Read> of(ChildId child, DateRange range) {
        if (!elsewhere.watching()) {
            return store.of(child, range);
        }
        Year known = remembered.get(child);
        if (known != null && known.answers(range, ticker.millis())) {
            return Optional.of(known.within(range));
        }
        int stripe = stripe(child);
        long stamp = stamps.get(stripe);
        long before = generation.get();
        long readAt = ticker.millis();
        DateRange window = schoolYearsAround(range);
        Optional<Read> found = store.of(child, window);
        if (found.isEmpty()) {
            return found;
        }
        Year year = Year.of(window, found.get(), readAt);
        if (remembered.size() >= CAPACITY) {
            remembered.clear();
        }
        remembered.put(child, year);
        // re-checked after the put: a forgetting that moved the stamp before this removes it here, one after removes it there
        if (stamps.get(stripe) != stamp || generation.get() != before || !elsewhere.watching()) {
            remembered.remove(child, year);
        }
        return Optional.of(year.within(range));
    }

    /** From 1 August before {@code range} to 31 July after it: the school year(s) a month view moves within. */
    static DateRange schoolYearsAround(DateRange range) {
        int first = range.from().getMonthValue() >= Month.AUGUST.getValue() ? range.from().getYear() : range.from().getYear() - 1;
        int last = range.to().getMonthValue() >= Month.AUGUST.getValue() ? range.to().getYear() + 1 : range.to().getYear();
        return new DateRange(LocalDate.of(first, Month.AUGUST, 1), YearMonth.of(last, Month.JULY).atEndOfMonth());
    }

    /** A change to the child's days: announced by any instance (told by {@link PupilDaysChanges}), or written through this one. */
    @Override
    public void changed(ChildId child) {
        stamps.incrementAndGet(stripe(child));
        remembered.remove(child);
    }

    @Override
    public void forgetAll() {
        generation.incrementAndGet();
        remembered.clear();
    }

    /**
     * A change through this instance to these children's days: forgotten now, and again once its transaction
     * has ended (another request may have read the old days meanwhile), when it is also announced to the other instances.
     */
    private <T> T changing(List<ChildId> children, Supplier<T> write) {
        children.forEach(this::changed);
        T result = write.get();
        transactions.whenEnded(() -> children.forEach(child -> {
            changed(child);
            elsewhere.announce(child);
        }));
        return result;
    }

    private <T> T changing(ChildId child, Supplier<T> write) {
        return changing(List.of(child), write);
    }

    private void changing(ChildId child, Runnable write) {
        changing(List.of(child), write);
    }

    private void changing(Family family, Runnable write) {
        changing(family.children().stream().map(Child::id).toList(), write);
    }

    private void changing(List<ChildId> children, Runnable write) {
        changing(children, () -> {
            write.run();
            return null;
        });
    }

    private <T> T changingAll(Supplier<T> write) {
        forgetAll();
        T result = write.get();
        transactions.whenEnded(() -> {
            forgetAll();
            elsewhere.announceAll();
        });
        return result;
    }

    private static int stripe(ChildId child) {
        return (child.hashCode() & Integer.MAX_VALUE) % STRIPES;
    }

    /** {@code bookings}, telling this which child's days a booking or a cancellation changes. */
    public CanteenBookings bookings(CanteenBookings bookings) {
        return new CanteenBookings() {
            @Override
            public boolean book(ChildId child, LocalDate day, SchoolId school) {
                return changing(child, () -> bookings.book(child, day, school));
            }

            @Override
            public boolean cancel(ChildId child, LocalDate day) {
                return changing(child, () -> bookings.cancel(child, day));
            }

            @Override
            public SortedSet<LocalDate> ofChild(ChildId child, DateRange range) {
                return bookings.ofChild(child, range);
            }

            @Override
            public Map<ChildId, SortedSet<LocalDate>> ofChildren(Collection<ChildId> children, DateRange range) {
                return bookings.ofChildren(children, range);
            }

            @Override
            public Set<ChildId> ofSchool(SchoolId school, LocalDate day) {
                return bookings.ofSchool(school, day);
            }

            @Override
            public List<MealCount> count(DateRange range) {
                return bookings.count(range);
            }
        };
    }

    /** {@code absences}, telling this which child's days a reported absence changes. */
    public CanteenAbsences absences(CanteenAbsences absences) {
        return new CanteenAbsences() {
            @Override
            public void add(CanteenAbsence absence) {
                changing(absence.child(), () -> absences.add(absence));
            }

            @Override
            public Optional<CanteenAbsence> byId(AbsenceId id) {
                return absences.byId(id);
            }

            @Override
            public List<CanteenAbsence> ofChild(ChildId child) {
                return absences.ofChild(child);
            }

            @Override
            public SortedMap<LocalDate, AbsenceBilling> daysOf(ChildId child, DateRange range) {
                return absences.daysOf(child, range);
            }

            @Override
            public Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> daysOf(Collection<ChildId> children, DateRange range) {
                return absences.daysOf(children, range);
            }
        };
    }

    /** {@code enrolments}, telling this whose canteen years an enrolment changes. */
    public Enrolments enrolments(Enrolments enrolments) {
        return new Enrolments() {
            @Override
            public void add(Enrolment enrolment) {
                changing(enrolment.child(), () -> enrolments.add(enrolment));
            }

            @Override
            public void update(Enrolment enrolment) {
                changing(enrolment.child(), () -> enrolments.update(enrolment));
            }

            @Override
            public Optional<Enrolment> byId(EnrolmentId id) {
                return enrolments.byId(id);
            }

            @Override
            public List<Enrolment> ofChild(ChildId child) {
                return enrolments.ofChild(child);
            }

            @Override
            public List<Enrolment> ofChildren(Collection<ChildId> children) {
                return enrolments.ofChildren(children);
            }
        };
    }

    /** {@code families}, telling this whose pupil data (school, grade, names) a family's change may touch. */
    public Families families(Families families) {
        return new Families() {
            @Override
            public void add(Family family) {
                changing(family, () -> families.add(family));
            }

            @Override
            public void update(Family family) {
                changing(family, () -> families.update(family));
            }

            @Override
            public Optional<Family> byId(FamilyId id) {
                return families.byId(id);
            }

            @Override
            public Optional<Family> byChild(ChildId id) {
                return families.byChild(id);
            }

            @Override
            public Map<ChildId, Families.ChildFacts> factsOf(Collection<ChildId> children) {
                return families.factsOf(children);
            }

            @Override
            public Optional<Family> byGuardian(GuardianId id) {
                return families.byGuardian(id);
            }

            @Override
            public List<Family> search(String query, int limit) {
                return families.search(query, limit);
            }

            @Override
            public List<Family> after(FamilyId after, int limit) {
                return families.after(after, limit);
            }
        };
    }

    /** {@code retention}, whose erasure renames a family's children: rare, so everyone is forgotten. */
    public FamilyRetention retention(FamilyRetention retention) {
        return new FamilyRetention() {
            @Override
            public List<FamilyActivity> activities() {
                return retention.activities();
            }

            @Override
            public boolean claim(FamilyId family, Instant at) {
                return retention.claim(family, at);
            }

            @Override
            public List<String> erase(FamilyId family, String closedPasswordHash) {
                return changingAll(() -> retention.erase(family, closedPasswordHash));
            }

            @Override
            public void hold(Hold hold) {
                retention.hold(hold);
            }

            @Override
            public boolean release(FamilyId family) {
                return retention.release(family);
            }

            @Override
            public Map<FamilyId, Hold> holds() {
                return retention.holds();
            }

            @Override
            public boolean claimRun(YearMonth month, Instant at) {
                return retention.claimRun(month, at);
            }
        };
    }
}
