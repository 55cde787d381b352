package run.limber.api.base;

import java.util.List;

/** A query or path parameter the API cannot accept; becomes a 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidParameterException(List<Problem.FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public InvalidParameterException(String parameter, String message) {
        this(List.of(new Problem.FieldError(parameter, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
