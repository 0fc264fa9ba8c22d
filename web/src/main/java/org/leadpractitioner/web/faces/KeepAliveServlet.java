package org.leadpractitioner.web.faces;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in": the time-out warning (lp.js) calls this to keep the session of a user who is still
 * there, so that a half-written form is not lost. Under /app, so only a signed-in session reaches it; an
 * expired one is redirected to the sign-in page, which the script reads as "signed out".
 */
@WebServlet("/app/keep-alive")
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        request.getSession(false); // the request itself renews the session's last access
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
