package fr.espacefamille.adapter.sepa;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitFile;
import fr.espacefamille.domain.billing.DirectDebitFileId;
import fr.espacefamille.domain.billing.SequenceType;

/**
 * Not a test: run once by hand to measure writing (and checking) the pain.008 file of 30,000 invoices,
 * e.g. {@code java -Xmx512m -cp <test and main classes> fr.espacefamille.adapter.sepa.Pain008Benchmark}.
 * Prints one line: the time to write the document, the time to validate it against the XSD with our
 * own checks, its size, and the peak heap used: the sum of the heap pools' peaks since the warm-up
 * (an upper bound, the pools peaking at different moments).
 */
public final class Pain008Benchmark {

    private Pain008Benchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        Pain008Writer writer = new Pain008Writer();
        DirectDebitFileId id = DirectDebitFileId.random();
        List<DirectDebitCollection> collections = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            collections.add(Pain008WriterTest.collection(id, i, 1_000 + (i * 37L) % 40_000, i % 10 == 0 ? SequenceType.FRST : SequenceType.RCUR,
                    "Famille n° " + i + " — titulaire du compte avec un nom assez long pour être coupé à soixante-dix caractères"));
        }
        DirectDebitFile file = Pain008WriterTest.file(id, collections);
        List<DirectDebitCollection> warmUp = collections.subList(0, Math.min(count, 1_000));
        Pain008Check.check(writer.write(Pain008WriterTest.CREDITOR, Pain008WriterTest.file(id, warmUp), warmUp, Pain008WriterTest.CREATED));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        byte[] xml = writer.write(Pain008WriterTest.CREDITOR, file, collections, Pain008WriterTest.CREATED);
        long written = System.nanoTime();
        Pain008Check.check(xml);
        long checked = System.nanoTime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println(String.format(Locale.ROOT,
                "%d invoices: written in %d ms, XSD + own checks in %d ms, %.1f MB, peak heap %d MB (max %d MB)",
                count, (written - start) / 1_000_000, (checked - written) / 1_000_000, xml.length / 1e6, peak / (1 << 20),
                Runtime.getRuntime().maxMemory() / (1 << 20)));
    }
}
