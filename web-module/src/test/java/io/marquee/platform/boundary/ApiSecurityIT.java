package io.marquee.platform.boundary;

import io.marquee.platform.entity.ApiScope;
import io.marquee.testing.Http;
import io.marquee.testing.PartnerFixture;
import io.marquee.testing.SystemUnderTest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every partner API method, found by reflection, refuses a call without a key (401) and with
 * a key that lacks its scope (403), and lets its own scope through. A new endpoint without
 * {@link RequiresScope} or {@link Public} fails here.
 */
class ApiSecurityIT {

    record Endpoint(String httpMethod, String path, Method method) {
        String name() {
            return httpMethod + " /" + path + " (" + method.getDeclaringClass().getSimpleName() + "." + method.getName() + ")";
        }

        Optional<ApiScope> scope() {
            return Optional.ofNullable(method.getAnnotation(RequiresScope.class)).map(RequiresScope::value);
        }

        /** What a client of this method accepts: the media type it produces (JSON unless it says otherwise). */
        String accepts() {
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : method.getDeclaringClass().getAnnotation(Produces.class);
            return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
        }

        boolean hasBody() {
            return List.of("POST", "PUT", "PATCH").contains(httpMethod);
        }

        /** What a client of this method sends: the media type it consumes (JSON unless it says otherwise). */
        String contentType() {
            Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                    : method.getDeclaringClass().getAnnotation(Consumes.class);
            return consumes == null ? "application/json" : consumes.value()[0];
        }
    }

    @Test
    void theApiHasEndpointsToCheck() {
        assertThat(endpoints()).hasSizeGreaterThanOrEqualTo(4);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointNeedsAKeyWithItsScope() {
        SystemUnderTest sut = SystemUnderTest.get();
        return endpoints().stream().filter(e -> !e.method().isAnnotationPresent(Public.class))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.name(), () -> {
                    assertThat(endpoint.scope()).as("%s names the scope it needs", endpoint.name()).isPresent();
                    ApiScope needed = endpoint.scope().orElseThrow();

                    Http.Answer anonymous = call(sut, endpoint, null);
                    assertThat(anonymous.status()).as("%s without a key", endpoint.name()).isEqualTo(401);
                    assertThat(anonymous.contentType()).startsWith("application/problem+json");
                    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

                    Http.Answer forged = call(sut, endpoint, "mq_00000000_not-a-real-key");
                    assertThat(forged.status()).as("%s with an unknown key", endpoint.name()).isEqualTo(401);

                    String[] everyOtherScope = Arrays.stream(ApiScope.values()).filter(s -> s != needed)
                            .map(ApiScope::wireName).toArray(String[]::new);
                    Http.Answer lacking = call(sut, endpoint, PartnerFixture.keyFor(sut, "northern-lights", everyOtherScope));
                    assertThat(lacking.status()).as("%s with every scope but %s", endpoint.name(), needed).isEqualTo(403);
                    assertThat(lacking.json().getString("detail")).contains(needed.wireName());

                    Http.Answer allowed = call(sut, endpoint, PartnerFixture.keyFor(sut, "northern-lights", needed.wireName()));
                    assertThat(allowed.status()).as("%s with its scope: %s", endpoint.name(), allowed.body())
                            .isNotIn(401, 403).isLessThan(500);
                }));
    }

    private static Http.Answer call(SystemUnderTest sut, Endpoint endpoint, String key) {
        HttpRequest.Builder request = Http.request(sut.uri(endpoint.path()), key).setHeader("Accept", endpoint.accepts());
        if (endpoint.hasBody()) {
            request.header("Content-Type", endpoint.contentType());
        }
        return Http.send(request.method(endpoint.httpMethod(), endpoint.hasBody()
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The API's resource methods, read from the compiled classes of this module. */
    static List<Endpoint> endpoints() {
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of(
                MarqueeApi.class.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
            List<String> classFiles = files.map(java.nio.file.Path::toString).filter(f -> f.endsWith(".class")).toList();
            return classFiles.stream().map(ApiSecurityIT::load).filter(c -> c.isAnnotationPresent(Path.class))
                    .flatMap(c -> Arrays.stream(c.getMethods()).flatMap(m -> endpoint(c, m).stream())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Endpoint> endpoint(Class<?> resource, Method method) {
        Optional<String> httpMethod = Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .filter(a -> a.isAnnotationPresent(HttpMethod.class))
                .map(a -> a.getAnnotation(HttpMethod.class).value()).findFirst();
        String path = String.join("/", MarqueeApi.PATH, resource.getAnnotation(Path.class).value(),
                        method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "")
                .replaceAll("\\{[^}]+}", "1").replaceAll("/+", "/").replaceAll("/$", "");
        return httpMethod.map(m -> new Endpoint(m, path, method));
    }

    private static Class<?> load(String classFile) {
        String name = classFile.substring(classFile.indexOf("/io/marquee/") + 1, classFile.length() - ".class".length())
                .replace('/', '.');
        try {
            return Class.forName(name, false, ApiSecurityIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
