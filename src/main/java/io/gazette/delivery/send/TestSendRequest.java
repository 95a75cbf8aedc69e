package io.gazette.delivery.send;

import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Addresses to mail the issue to, as it is now, marked {@code [Test]}. */
public record TestSendRequest(
        @NotEmpty @Size(max = TestSendRequest.MAX_ADDRESSES, message = "at most " + TestSendRequest.MAX_ADDRESSES + " addresses")
        List<@NotBlank @SingleLine @Size(max = 320) String> addresses) {

    static final int MAX_ADDRESSES = 10;
}
