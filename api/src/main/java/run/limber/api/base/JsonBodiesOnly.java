package run.limber.api.base;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An endpoint that declares no {@code @Consumes} (a workflow step such as {@code POST .../publish}) takes no body or a
 * JSON one, and answers a body of any other declared type with 415. A request without a body passes whatever type it
 * names: many clients send a {@code Content-Type} with every GET. Such endpoints would otherwise accept anything, and an HTML
 * form on another site can send {@code text/plain}, form or multipart bodies without the browser asking first.
 * Endpoints that declare their types (JSON, an image upload) are held to them by Quarkus itself.
 */
class JsonBodiesOnly {

    @ServerRequestFilter
    void refuseOtherBodies(ContainerRequestContext request, ResourceInfo resource) {
        MediaType type = request.getMediaType();
        if (type == null || !hasBody(request) || declaresTypes(resource) || isJson(type)) {
            return;
        }
        throw new NotSupportedException("This endpoint takes no body or a JSON one (application/json), not " + type + ".");
    }

    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean declaresTypes(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                || resource.getResourceClass().isAnnotationPresent(Consumes.class);
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
    }
}
