package io.marquee.ordering.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a payment status by its wire name. */
@Converter(autoApply = true)
public class PaymentStatusConverter implements AttributeConverter<PaymentStatus, String> {

    @Override
    public String convertToDatabaseColumn(PaymentStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public PaymentStatus convertToEntityAttribute(String name) {
        return name == null ? null : PaymentStatus.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown payment status in the database: " + name));
    }
}
