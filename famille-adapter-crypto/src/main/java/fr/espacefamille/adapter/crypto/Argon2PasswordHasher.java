package fr.espacefamille.adapter.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import fr.espacefamille.application.account.PasswordHasher;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so that parameters can be raised later
 * and old hashes still verify with the parameters written in them.
 *
 * <p>Each derivation holds its memory (19 MiB with OWASP's parameters) until done: a crowd signing in
 * at the same moment would take more heap than the portal has, and would be no faster for it once the
 * processors are busy. So only {@link #atOnce} derive at once, the others waiting their turn, and their
 * memory blocks are kept for the next ones (cleared in between by the generator) rather than left to
 * the garbage collector: 19,456 blocks of 1 KiB a sign-in, many old enough to be promoted, made the
 * collector's pauses grow during the following minutes.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final Argon2PasswordHasher OWASP = new Argon2PasswordHasher(19 * 1024, 2, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private final Semaphore deriving;
    private final Argon2BytesGenerator.BlockPool blocks;

    public Argon2PasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Invalid Argon2 parameters");
        }
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        int atOnce = atOnce(memoryKib, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        this.deriving = new Semaphore(atOnce, true);
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(atOnce * Argon2BytesGenerator.getBlockCount(memoryKib, parallelism));
    }

    /** As many derivations at once as processors, holding at most an eighth of the heap; one at least. */
    static int atOnce(int memoryKib, long maxHeapBytes, int processors) {
        return (int) Math.max(1, Math.min(processors, maxHeapBytes / 8 / (memoryKib * 1024L)));
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean matches(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String parameter : parts[3].split(",")) {
                int value = Integer.parseInt(parameter.substring(2));
                switch (parameter.charAt(0)) {
                    case 'm' -> m = value;
                    case 't' -> t = value;
                    case 'p' -> p = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, m, t, p, expected.length));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withBlockPool(blocks)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        deriving.acquireUninterruptibly();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            deriving.release();
        }
        return out;
    }
}
