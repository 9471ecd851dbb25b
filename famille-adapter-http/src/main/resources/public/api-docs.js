// Starts Swagger UI on the API document; a separate file because the site's CSP forbids inline scripts.
// Without deep links an operation's path is text, not a link nested in its summary button (WCAG 4.1.2);
// the server choice gets the label Swagger UI leaves out.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json", dom_id: "#swagger-ui", deepLinking: false,
    onComplete: function () {
      var servers = document.getElementById("servers");
      if (servers) {
        servers.setAttribute("aria-label", "Serveur");
      }
    }
  });
});
