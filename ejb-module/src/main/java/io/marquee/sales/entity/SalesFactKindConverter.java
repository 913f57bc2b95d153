package io.marquee.sales.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a fact's kind by its wire name, so the database reads like the stream. */
@Converter(autoApply = true)
public class SalesFactKindConverter implements AttributeConverter<SalesFactKind, String> {

    @Override
    public String convertToDatabaseColumn(SalesFactKind kind) {
        return kind == null ? null : kind.wireName();
    }

    @Override
    public SalesFactKind convertToEntityAttribute(String name) {
        return name == null ? null : SalesFactKind.ofWireName(name);
    }
}
