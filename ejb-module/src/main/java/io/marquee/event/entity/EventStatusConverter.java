package io.marquee.event.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a status by its wire name, so the database reads like the API. */
@Converter(autoApply = true)
public class EventStatusConverter implements AttributeConverter<EventStatus, String> {

    @Override
    public String convertToDatabaseColumn(EventStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public EventStatus convertToEntityAttribute(String name) {
        return name == null ? null : EventStatus.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown event status in the database: " + name));
    }
}
