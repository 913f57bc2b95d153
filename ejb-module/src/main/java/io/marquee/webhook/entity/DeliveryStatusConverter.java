package io.marquee.webhook.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a delivery status by its wire name. */
@Converter(autoApply = true)
public class DeliveryStatusConverter implements AttributeConverter<DeliveryStatus, String> {

    @Override
    public String convertToDatabaseColumn(DeliveryStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public DeliveryStatus convertToEntityAttribute(String name) {
        return name == null ? null : DeliveryStatus.valueOf(name.toUpperCase());
    }
}
