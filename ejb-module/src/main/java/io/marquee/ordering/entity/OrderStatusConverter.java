package io.marquee.ordering.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an order status by its wire name, so the database reads like the API. */
@Converter(autoApply = true)
public class OrderStatusConverter implements AttributeConverter<OrderStatus, String> {

    @Override
    public String convertToDatabaseColumn(OrderStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public OrderStatus convertToEntityAttribute(String name) {
        return name == null ? null : OrderStatus.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown order status in the database: " + name));
    }
}
