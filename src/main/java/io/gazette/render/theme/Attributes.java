package io.gazette.render.theme;

import io.quarkus.qute.EvalContext;
import io.quarkus.qute.ValueResolver;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A subscriber's free-form attributes as a theme sees them: {@code {recipient.attributes.company}} gives the value,
 * or an empty string when this subscriber has none, so one reader's missing attribute never fails a send.
 */
public record Attributes(Map<String, String> values) {

    static final ValueResolver RESOLVER = new ValueResolver() {
        @Override
        public boolean appliesTo(EvalContext context) {
            return context.getBase() instanceof Attributes;
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext context) {
            return CompletableFuture.completedFuture(((Attributes) context.getBase()).values.getOrDefault(context.getName(), ""));
        }
    };
}
