package io.marquee.platform.boundary;

import io.marquee.platform.control.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Messages of console pages: a broken rule is shown next to the field it names, else at the top of the page. */
public final class ConsoleMessages {

    private ConsoleMessages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * @param clientIdOf the client id of the component that edits a violation's field path
     *                   ({@code tiers[1].duration}), empty when no component does
     */
    public static void show(InvalidInput invalid, Function<String, Optional<String>> clientIdOf) {
        invalid.violations().forEach(v -> clientIdOf.apply(v.field()).ifPresentOrElse(
                clientId -> add(clientId, FacesMessage.SEVERITY_ERROR, v.message()),
                () -> error(v.field() + ": " + v.message())));
    }

    /**
     * Finds the input of {@code form} that edits a violation's field, for {@link #show}: the field's
     * first path segment ({@code prices} for {@code prices.EUR}) when the form has an input so named.
     */
    public static Function<String, Optional<String>> inputsOf(String form, Set<String> inputs) {
        return field -> Optional.of(field.split("[.\\[]", 2)[0]).filter(inputs::contains).map(name -> form + ":" + name);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
