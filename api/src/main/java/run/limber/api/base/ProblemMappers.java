package run.limber.api.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import run.limber.domain.accounts.InvalidCredentialsException;
import run.limber.domain.accounts.TooManyAttemptsException;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.UnavailableException;
import run.limber.domain.shared.ValidationException;

/** Turns every failure into problem+json; clients never see a stack trace. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response notFound(NoSuchEntryException e) {
        return problem(404, "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response invalidInput(ValidationException e) {
        var errors = e.problems().stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList();
        return problem(400, "Invalid request", "Some fields are not valid.", errors);
    }

    /** The same answer for a wrong password, an unknown email and a bad refresh token: it reveals no accounts. */
    @ServerExceptionMapper
    Response invalidCredentials(InvalidCredentialsException e) {
        return unauthorized(e.getMessage());
    }

    @ServerExceptionMapper
    Response notSignedIn(UnauthorizedException e) {
        return unauthorized("This needs a valid bearer access token.");
    }

    /** A token that does not verify (expired, forged, of a disabled account) when an endpoint needs the caller. */
    @ServerExceptionMapper
    Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized("The access token is not valid (any more). Get a new one.");
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "Your account does not have the role this needs.", List.of());
    }

    @ServerExceptionMapper
    Response throttled(TooManyAttemptsException e) {
        return retryLater(problem(429, "Too Many Requests", e.getMessage(), List.of()), e.retryAfter());
    }

    /** Busy or the database away: nothing was done, and the same request may simply be sent again later. */
    @ServerExceptionMapper
    Response unavailable(UnavailableException e) {
        return retryLater(problem(503, "Service Unavailable", e.getMessage(), List.of()), e.retryAfter());
    }

    @ServerExceptionMapper
    Response invalidParameter(InvalidParameterException e) {
        return problem(400, "Invalid request", "Some parameters are not valid.", e.errors());
    }

    @ServerExceptionMapper
    Response conflict(ConflictException e) {
        return problem(409, "Conflict", e.getMessage(), List.of());
    }

    /** Allowed in general, not on this object: an author approving their own change. */
    @ServerExceptionMapper
    Response notOnThis(run.limber.domain.shared.NotPermittedException e) {
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

    /** Well-formed JSON with a value of the wrong kind, such as an unknown enum constant: a field error at its path. */
    @ServerExceptionMapper
    Response mismatchedValue(MismatchedInputException e) {
        return JsonProblems.mismatchedValue(e);
    }

    /** A value the parser refused while reading a record, such as a number out of the range of its Java type. */
    @ServerExceptionMapper
    Response unreadableValue(JsonMappingException e) {
        return JsonProblems.unreadableValue(e);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e) {
        return JsonProblems.unreadableJson(e);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        // Quarkus REST's JSON reader wraps what Jackson refused in a plain 400; the cause still says where.
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatchedValue(mismatched);
        }
        if (e.getCause() instanceof JsonMappingException refused) {
            return unreadableValue(refused);
        }
        if (e.getCause() instanceof JsonProcessingException refused) {
            return unreadableJson(refused);
        }
        var status = e.getResponse().getStatusInfo();
        return problem(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e) {
        var databaseAway = DatabaseAway.in(e);
        if (databaseAway.isPresent()) {
            LOG.warnf("The database is away, answering 503: %s", e.getMessage());
            return unavailable(databaseAway.get());
        }
        LOG.error("Unexpected error while serving a request", e);
        return problem(500, "Internal Server Error", "Something went wrong on our side; it has been logged.", List.of());
    }

    private static Response retryLater(Response problem, Duration after) {
        long seconds = Math.max(1, (after.toMillis() + 999) / 1000); // whole seconds, rounded up
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(problem(401, "Unauthorized", detail, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
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
