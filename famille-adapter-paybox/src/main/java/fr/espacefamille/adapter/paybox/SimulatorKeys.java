package fr.espacefamille.adapter.paybox;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's own RSA key pair, kept in a folder so that notifications signed before a
 * restart still verify after it.
 */
public final class SimulatorKeys {

    public static final String PRIVATE_KEY_FILE = "paybox-simulator-key.pem";
    public static final String PUBLIC_KEY_FILE = "paybox-simulator-public-key.pem";

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorKeys.class);
    // The size Paybox itself uses, so the simulator exercises the same code paths.
    private static final int KEY_SIZE = 1024;

    private SimulatorKeys() {
    }

    /** Reloads the pair kept in {@code directory}, or generates and keeps a new one. */
    public static KeyPair loadOrCreate(Path directory) throws IOException {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        if (Files.exists(privateFile)) {
            return read(privateFile);
        }
        Files.createDirectories(directory);
        KeyPair pair = generate();
        // The public file is for people (openssl, FAMILLE_PAYBOX_PUBKEY); the pair is read back
        // from the private file alone. The private file is written last: its presence means done.
        writeAtomically(directory.resolve(PUBLIC_KEY_FILE), pem(pair.getPublic()));
        writeAtomically(privateFile, pem(pair.getPrivate()));
        LOG.info("Generated the Paybox simulator key pair in {}", directory);
        return pair;
    }

    private static KeyPair read(Path privateFile) throws IOException {
        try (Reader reader = Files.newBufferedReader(privateFile, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object block = parser.readObject();
            if (block instanceof PEMKeyPair pair) {
                return new JcaPEMKeyConverter().getKeyPair(pair);
            }
            throw new IOException("Expected an RSA private key in " + privateFile
                    + "; delete the file to generate a new simulator key");
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    private static String pem(Object key) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(key);
        }
        return text.toString();
    }

    /**
     * Through a temporary file, so that a crash half-way cannot leave a truncated key that would
     * fail every later start. On POSIX systems the temporary file, hence the key, is readable by
     * its owner only.
     */
    private static void writeAtomically(Path target, String content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.US_ASCII)) {
                writer.write(content);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
