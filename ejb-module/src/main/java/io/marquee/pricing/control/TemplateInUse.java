package io.marquee.pricing.control;

import jakarta.ejb.ApplicationException;

/** A template cannot be deleted while products are priced from it; the API answers 409. */
@ApplicationException(rollback = true)
public class TemplateInUse extends RuntimeException {

    public TemplateInUse(String reference, long products) {
        super("offer template " + reference + " prices " + products + " product(s); move or remove them first");
    }
}
