package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.DeviceActivations;
import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.InvalidInput;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/** /activate: the viewer enters the code their TV shows and their ticket id, and the TV plays that ticket. */
@Named
@ViewScoped
public class ActivationPage implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("user_code", "activate:userCode", "ticket", "activate:ticket");

    @Inject
    transient DeviceActivations activations;

    private String userCode;
    private String ticket;
    private boolean done;

    public void approve() {
        decide(() -> activations.approve(userCode, ticket),
                "Your TV is activated: it starts playing in a few seconds.");
    }

    public void deny() {
        decide(() -> activations.deny(userCode), "The TV was refused. It shows an error and plays nothing.");
    }

    private void decide(Runnable decision, String outcome) {
        try {
            decision.run();
            done = true;
            ConsoleMessages.info(outcome);
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, field -> Optional.ofNullable(FIELDS.get(field)));
        }
    }

    public String getUserCode() {
        return userCode;
    }

    public void setUserCode(String userCode) {
        this.userCode = userCode;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public boolean isDone() {
        return done;
    }
}
