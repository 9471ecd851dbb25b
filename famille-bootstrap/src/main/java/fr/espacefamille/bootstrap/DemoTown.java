package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.application.account.ActivateAccount;
import fr.espacefamille.application.family.CreateFamily;
import fr.espacefamille.application.family.CreateFamily.NewChild;
import fr.espacefamille.application.family.CreateFamily.NewGuardian;
import fr.espacefamille.application.family.CreateSchool;
import fr.espacefamille.application.publication.PublishNews;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.family.Address;
import fr.espacefamille.domain.family.Grade;
import fr.espacefamille.domain.family.SchoolId;

/**
 * The demo town, loaded through the use cases when the database is empty: fictional schools and
 * families of Donges. The families' activation keys can only be seen once, so they are written
 * to {@code <data>/demo-cles.txt} for the person trying the portal.
 */
final class DemoTown {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTown.class);

    /** The parent whose family has a history: her account is opened with the demo, the others' keys are in the file. */
    static final String PARENT = "claire.martin";
    static final String PARENT_PASSWORD = "Famille-Donges-2026";

    private final SharedWiring core;
    private final FamilyWiring families;
    private final PublicationWiring publication;
    private final ActivateAccount activate;

    DemoTown(SharedWiring core, FamilyWiring families, PublicationWiring publication, ActivateAccount activate) {
        this.core = core;
        this.families = families;
        this.publication = publication;
        this.activate = activate;
    }

    void loadIfEmpty() {
        if (!core.families().search("", 1).isEmpty()) {
            return;
        }
        Actor system = Actor.SYSTEM;
        SchoolId pasteur = families.createSchool.create(system, new CreateSchool.Command("École Louis Pasteur", "2 rue des Écoles, 44480 Donges"));
        SchoolId prevert = families.createSchool.create(system, new CreateSchool.Command("École Jacques Prévert", "14 avenue de la Gare, 44480 Donges"));
        LocalDate today = LocalDate.now(core.clock());
        List<String> keys = new ArrayList<>();
        keys.add("Clés d'activation du village de démonstration (chacune ne sert qu'une fois)");
        family(keys, "Martin", new Address("12 rue de la Loire", null, "44480", "Donges"), 450, true,
                List.of(new NewGuardian("Claire", "Martin", "claire.martin@example.fr", "06 12 34 56 78"),
                        new NewGuardian("Julien", "Martin", "julien.martin@example.fr", null)),
                List.of(new NewChild("Léa", "Martin", LocalDate.of(2018, 3, 14), pasteur, Grade.CE1),
                        new NewChild("Tom", "Martin", today.minusYears(2).minusMonths(6), null, null)));
        family(keys, "Nguyen", new Address("3 allée des Mouettes", "Bât. B", "44480", "Donges"), 980, true,
                List.of(new NewGuardian("Hélène", "Nguyen", "helene.nguyen@example.fr", "06 98 76 54 32")),
                List.of(new NewChild("Malo", "Nguyen", LocalDate.of(2020, 9, 21), prevert, Grade.MS)));
        family(keys, "Durand", new Address("8 route de Savenay", null, "44260", "Malville"), null, false,
                List.of(new NewGuardian("Sophie", "Durand", "sophie.durand@example.fr", null)),
                List.of(new NewChild("Inès", "Durand", LocalDate.of(2016, 11, 5), pasteur, Grade.CM1)));
        publication.publishNews.publish(system, new PublishNews.Command("Bienvenue sur l'Espace Famille",
                "Réservez la cantine, l'accueil occasionnel au " + core.config().town().nursery() + " et payez vos factures en ligne, "
                        + "à toute heure.\n\nPour créer votre espace, munissez-vous de la clé d'activation remise par la mairie.", today));
        publication.publishNews.publish(system, new PublishNews.Command("Semaine du goût à la cantine",
                "Du 12 au 16 octobre, les écoliers découvrent chaque jour une saveur : sucré, salé, acide, amer et umami.",
                today.minusDays(3)));
        RulesDemo.publish(publication);
        Path file = core.config().dataDir().resolve("demo-cles.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, keys, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Village de démonstration chargé ; clés d'activation dans {}", file);
    }

    private void family(List<String> keys, String name, Address address, Integer quotient, boolean resident,
            List<NewGuardian> guardians, List<NewChild> children) {
        var result = families.createFamily.create(Actor.SYSTEM, new CreateFamily.Command(name, address, quotient,
                null, null, null, resident, guardians, children));
        for (int i = 0; i < guardians.size(); i++) {
            var key = result.guardians().get(i);
            NewGuardian guardian = guardians.get(i);
            if (PARENT.equals(guardian.email().substring(0, guardian.email().indexOf('@')))) {
                activate.activate(new ActivateAccount.Command(key.key().formatted(), PARENT, PARENT_PASSWORD, guardian.email()));
                keys.add(guardian.firstName() + " " + guardian.lastName() + " : compte déjà ouvert, identifiant «\u00a0" + PARENT
                        + "\u00a0», mot de passe «\u00a0" + PARENT_PASSWORD + "\u00a0»");
                continue;
            }
            keys.add(guardians.get(i).firstName() + " " + guardians.get(i).lastName() + " : " + key.key().formatted()
                    + " (valable jusqu'au " + key.expiresOn() + ")");
        }
    }
}
