package run.limber.domain.shared;

import java.util.List;

/** Input a use case cannot accept, with one message per offending field so each can be shown beside it. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** What is wrong with one field. */
    public record FieldProblem(String field, String message) {
    }
}
