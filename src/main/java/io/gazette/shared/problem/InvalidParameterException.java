package io.gazette.shared.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query parameter that could not be read as its type. A {@link BadRequestException}, because JAX-RS passes those
 * through from parameter conversion untouched, where any other failure of a query parameter becomes a bare 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String problem;

    public InvalidParameterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String problem() {
        return problem;
    }
}
