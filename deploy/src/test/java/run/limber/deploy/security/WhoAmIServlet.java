package run.limber.deploy.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Shows what a servlet, and so Vaadin, sees of the caller: "id ROLE ROLE..." or "anonymous". */
@WebServlet("/test/who-am-i")
class WhoAmIServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var principal = request.getUserPrincipal();
        var answer = new StringBuilder(principal == null ? "anonymous" : principal.getName());
        for (String role : new String[] {"RUNNER", "EDITOR", "ADMIN"}) {
            if (request.isUserInRole(role)) {
                answer.append(' ').append(role);
            }
        }
        response.setContentType("text/plain");
        response.getWriter().print(answer);
    }
}
