package io.gazette.delivery.worker;

import io.gazette.delivery.DeliveryConfig;
import io.gazette.delivery.MailChannel;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.lang.management.ManagementFactory;

/** This instance's worker pool: started with the application (unless turned off), stopped cleanly with it. */
@ApplicationScoped
public class SendWorkers {

    private final WorkerContext context;
    private final MailChannel channel;
    private final DeliveryConfig config;
    private volatile WorkerPool pool;

    public SendWorkers(WorkerContext context, MailChannel channel, DeliveryConfig config) {
        this.context = context;
        this.channel = channel;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.workers().enabled() && config.workers().threads() > 0) {
            pool = new WorkerPool(context, channel, "delivery-" + ManagementFactory.getRuntimeMXBean().getName());
            pool.start(config.workers().threads());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        WorkerPool running = pool;
        if (running != null) {
            running.close();
        }
    }

    /** Lets idle workers look for work now instead of at their next poll. */
    public void wake() {
        WorkerPool running = pool;
        if (running != null) {
            running.wake();
        }
    }
}
