package org.sdkg.serve;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Redirects every GET to one fixed path of this server. */
final class RedirectServlet extends HttpServlet {
    private final String target;

    RedirectServlet(String target) { this.target = target; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getContextPath() + target);
    }
}
