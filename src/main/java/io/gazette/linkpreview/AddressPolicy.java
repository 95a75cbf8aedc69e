package io.gazette.linkpreview;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Which resolved addresses a fetch may reach: public ones only, unless internal ones are allowed by configuration. */
final class AddressPolicy {

    private AddressPolicy() {
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            return (raw[0] & 0xfe) == 0xfc;
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        // Carrier-grade NAT (100.64/10) and the 0/8 "this network" block are not routable on the public internet.
        return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
}
