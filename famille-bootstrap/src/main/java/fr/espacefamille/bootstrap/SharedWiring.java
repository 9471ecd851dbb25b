package fr.espacefamille.bootstrap;

import java.time.Clock;

import fr.espacefamille.adapter.http.shared.WebSettings;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.account.ActivationKeyIssuer;
import fr.espacefamille.application.account.ActivationKeys;
import fr.espacefamille.application.account.PasswordHasher;
import fr.espacefamille.application.account.RecentAccounts;
import fr.espacefamille.application.account.Sessions;
import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditLog;
import fr.espacefamille.application.canteen.RememberedPupilDays;
import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Transactions;

/** What every feature's wiring shares: configuration, clock, database, transactions, audit, mail, the common stores and the jobs' record. */
record SharedWiring(
        Config config,
        Clock clock,
        JdbiContext db,
        Transactions transactions,
        AuditLog auditLog,
        Audit audit,
        Mailer mailer,
        PasswordHasher passwordHasher,
        WebSettings web,
        Families families,
        Schools schools,
        Enrolments enrolments,
        RecentAccounts accounts,
        Sessions sessions,
        ActivationKeys activationKeys,
        ActivationKeyIssuer keyIssuer,
        JobRuns jobs,
        RememberedPupilDays pupilDays) {
}
