package io.gazette.audience.subscriber;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.shared.validation.SingleLine;
import jakarta.validation.constraints.Size;

/** Replaces a subscriber's name and attributes. */
public record SubscriberUpdate(@Size(max = 200) @SingleLine String name, ObjectNode attributes) {
}
