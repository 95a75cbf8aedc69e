package io.gazette.shared.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/** Rate-limit keys for network addresses. */
public final class ClientKeys {

    private ClientKeys() {
    }

    /**
     * The address itself for IPv4; the /64 network for IPv6, since one host usually owns a whole /64 and could
     * otherwise step around the limit by changing address. Only literal addresses are parsed, so no DNS lookup runs.
     */
    public static String forAddress(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            String literal = address.startsWith("[") ? address : "[" + address + "]";
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address) {
                byte[] network = java.util.Arrays.copyOf(parsed.getAddress(), 8);
                return HexFormat.of().formatHex(network) + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
