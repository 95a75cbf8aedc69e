package io.gazette.delivery.bounce;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks webhook endpoints that must present {@code gazette.delivery.webhook-secret}; see {@link WebhookSecret}. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface WebhookAuthenticated {
}
