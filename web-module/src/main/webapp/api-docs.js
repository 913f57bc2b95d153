// The browsable partner API: Swagger UI over the server's MicroProfile OpenAPI document.
window.ui = SwaggerUIBundle({ url: "/openapi", dom_id: "#swagger-ui", persistAuthorization: false });
