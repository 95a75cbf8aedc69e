package io.gazette.delivery.smtp;

import java.util.List;

/**
 * Smooth weighted round-robin (as in nginx): weights 3 and 1 give A, A, B, A, ..., spreading each server's turns
 * evenly instead of in bursts. Thread-safe; shared by all sessions of a pool.
 */
final class WeightedRoundRobin implements ServerRotation {

    private final List<SmtpServer> servers;
    private final int[] current;
    private final int totalWeight;

    WeightedRoundRobin(List<SmtpServer> servers) {
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("at least one SMTP server is needed");
        }
        this.servers = List.copyOf(servers);
        this.current = new int[servers.size()];
        this.totalWeight = servers.stream().mapToInt(SmtpServer::weight).sum();
    }

    @Override
    public synchronized SmtpServer next() {
        int best = 0;
        for (int i = 0; i < current.length; i++) {
            current[i] += servers.get(i).weight();
            if (current[i] > current[best]) {
                best = i;
            }
        }
        current[best] -= totalWeight;
        return servers.get(best);
    }

    @Override
    public int size() {
        return servers.size();
    }
}
