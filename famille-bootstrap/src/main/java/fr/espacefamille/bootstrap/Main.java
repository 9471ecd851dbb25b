package fr.espacefamille.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the portal from the environment variables of API.md; with {@code backup <file>} or
 * {@code restore <file>}, saves or restores the database and documents those variables name
 * instead (see {@link Backups}).
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Config config;
        try {
            config = Config.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("Configuration invalide : {}", e.getMessage());
            System.exit(2);
            return;
        }
        if (args.length > 0) {
            System.exit(Backups.run(config, java.util.List.of(args)));
            return;
        }
        if (config.dbUrl().startsWith("jdbc:h2:") && !DataFolder.claim(config.dataDir())) {
            LOG.error("Le dossier de données {} est déjà utilisé par un autre portail en marche : arrêtez-le ou choisissez un autre FAMILLE_DATA_DIR.",
                    config.dataDir());
            System.exit(1);
            return;
        }
        EspaceFamille app = EspaceFamille.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "arret"));
    }
}
