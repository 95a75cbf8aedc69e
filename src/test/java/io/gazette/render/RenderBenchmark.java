package io.gazette.render;

import io.gazette.render.model.IssueContent;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * How many personalised messages one thread builds per second, from a rendered 10-item issue to the MIME bytes an
 * SMTP transport would send, and how much heap that takes. No server, no database: the plain in-memory model.
 * Run with {@code bench/render.sh}; durations via {@code -Dbench.warmup=} and {@code -Dbench.seconds=}.
 */
public final class RenderBenchmark {

    private static final int ITEMS = 10;

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = Integer.getInteger("bench.warmup", 5);
        int seconds = Integer.getInteger("bench.seconds", 10);
        RenderKit kit = new RenderKit();
        IssueContent content = RenderKit.issue(ITEMS);
        RenderedIssue rendered = kit.render(content);

        long onceNanos = timeOnce(() -> kit.renderer.render(content, rendered.theme()), 200);
        IntFunction<Object> personalise = n -> kit.composer.personalise(rendered, recipient(n));
        IntFunction<Object> compose = n -> kit.composer.compose(rendered, recipient(n)).bytes();
        int size = kit.composer.compose(rendered, recipient(1)).bytes().length;

        run(personalise, warmup);
        Rate personalised = run(personalise, seconds);
        run(compose, warmup);
        resetPeaks();
        Rate composed = run(compose, seconds);
        long peak = peakHeapUsed();
        long retained = retainedHeap();
        if (rendered.issue().itemCount() != ITEMS) {
            throw new IllegalStateException("the rendered issue went missing");
        }

        System.out.println();
        System.out.printf("| Measure (one thread, %d-item issue, %s) | Result |%n", ITEMS, System.getProperty("java.version"));
        System.out.println("|---|---|");
        System.out.printf("| Render once per send (Markdown, styles, headers) | %.2f ms |%n", onceNanos / 1e6);
        System.out.printf("| Personalised HTML + text per second (wall clock / CPU time) | %,.0f / %,.0f |%n",
                personalised.wall(), personalised.cpu());
        System.out.printf("| Personalised messages, MIME bytes ready to send, per second (wall clock / CPU time) | %,.0f / %,.0f |%n",
                composed.wall(), composed.cpu());
        System.out.printf("| Time per message (wall clock) | %.0f µs |%n", 1e6 / composed.wall());
        System.out.printf("| Message size | %,d bytes |%n", size);
        System.out.printf("| Max heap (-Xmx) | %d MiB |%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("| Peak heap used while composing (sum of pool peaks) | %.1f MiB |%n", peak / 1048576.0);
        System.out.printf("| Heap still in use after a full GC (theme, rendered issue, libraries) | %.1f MiB |%n", retained / 1048576.0);
        System.out.printf("| Goal: 5,000 messages per second | %s |%n", composed.wall() >= 5000 ? "met" : "NOT met");
    }

    private static Recipient recipient(int n) {
        return new Recipient(n, 3, "reader" + n + "@example.org", n % 5 == 0 ? null : "Reader " + n,
                Map.of("company", "Company " + (n % 100)));
    }

    /** Calls per second of wall-clock time and of this thread's CPU time (the latter is steadier on a busy machine). */
    record Rate(double wall, double cpu) {
    }

    /** Calls {@code work} for {@code seconds}, with a fresh recipient number each time. */
    private static Rate run(IntFunction<Object> work, int seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int count = 0;
        Object sink = null;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                sink = work.apply(count++);
            }
        }
        Rate rate = new Rate(count / ((System.nanoTime() - start) / 1e9),
                count / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
        if (sink == null) {
            throw new IllegalStateException("nothing was built");
        }
        return rate;
    }

    private static long timeOnce(Runnable work, int repeats) {
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        return (System.nanoTime() - start) / repeats;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long retainedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of each heap pool's peak: an upper bound on the heap in use at any one moment. */
    private static long peakHeapUsed() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
