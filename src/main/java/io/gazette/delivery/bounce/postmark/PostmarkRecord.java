package io.gazette.delivery.bounce.postmark;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/**
 * The fields Gazette reads from a Postmark webhook call (bounce and spam-complaint records share this shape; other
 * record types such as Delivery or Open are acknowledged and ignored).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostmarkRecord(
        @JsonProperty("RecordType") @Size(max = 64) String recordType,
        @JsonProperty("Type") @Size(max = 64) String type,
        @JsonProperty("Email") @Size(max = 320) String email,
        @JsonProperty("Description") @Size(max = 2000) String description,
        @JsonProperty("Details") @Size(max = 2000) String details,
        @JsonProperty("BouncedAt") OffsetDateTime bouncedAt) {
}
