package io.gazette.shared.http;

import io.gazette.shared.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads typed query parameters ({@code @QueryParam}, or {@code @RestQuery} with its name given) strictly and names the parameter when a value does not fit. JAX-RS answers a query
 * parameter it cannot convert with 404, as if the resource did not exist, and reads any word but "true" as
 * {@code false}, so {@code dryRun=yes} would run for real.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), "must be a whole number", Long::valueOf);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), "must be a whole number", Integer::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, rawType.isPrimitive(), "must be true or false", QueryParamConverters::bool);
        }
        if (rawType.isEnum()) {
            return enumConverter(name, (Class) rawType);
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList().toString();
        return new Strict<>(name, false, "must be one of " + choices, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
    }

    /** "0" too: it is what JAX-RS hands over for an absent primitive {@code boolean} without {@code @DefaultValue}. */
    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String queryParamName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
        }
        return null;
    }

    /** Converts a trimmed value (blank as absent, unless a primitive needs one); any failure to parse becomes a 400 naming the parameter. */
    private record Strict<T>(String name, boolean primitive, String problem, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || (value.isBlank() && !primitive)) {
                // An empty field of a GET form means "not given", as an absent parameter does; a primitive needs a value.
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (RuntimeException e) {
                throw new InvalidParameterException(name, problem);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
