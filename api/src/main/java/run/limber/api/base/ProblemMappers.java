package run.limber.api.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.ForbiddenException;
import run.limber.domain.shared.NotFoundException;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.ValidationException;

/** Turns every failure into problem+json; clients never see a stack trace. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return problem(404, "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response invalidParameter(InvalidParameterException e) {
        return problem(400, "Invalid request", "Some parameters are not valid.", e.errors());
    }

    @ServerExceptionMapper
    Response invalidInput(ValidationException e) {
        var errors = e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        return problem(400, "Invalid request", "Some fields are not valid.", errors);
    }

    @ServerExceptionMapper
    Response conflict(ConflictException e) {
        return problem(409, "Conflict", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response staleVersion(StaleVersionException e) {
        return problem(412, "Precondition Failed", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response preconditionRequired(PreconditionRequiredException e) {
        return problem(428, "Precondition Required", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(400, "Invalid request", "Some fields are not valid.", errors);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e) {
        return problem(400, "Malformed JSON", e.getOriginalMessage(), List.of());
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        var status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        LOG.error("Unexpected error while serving a request", e);
        return problem(500, "Internal Server Error", "Something went wrong on our side; it has been logged.", List.of());
    }

    static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors))
                .build();
    }

    /** "list.arg0.size" reads better as "size". */
    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
