package io.marquee.platform.control;

import io.marquee.platform.entity.Actor;
import jakarta.enterprise.context.RequestScoped;

/**
 * The actor of the current request when it is not a console user: the API's key filter names
 * the partner key here, so the audit log can say who changed what.
 */
@RequestScoped
public class RequestActor {

    private Actor actor;

    public void actAs(Actor actor) {
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
