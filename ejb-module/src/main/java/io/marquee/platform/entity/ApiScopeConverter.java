package io.marquee.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a scope by its wire name, so the database reads like the API. */
@Converter
public class ApiScopeConverter implements AttributeConverter<ApiScope, String> {

    @Override
    public String convertToDatabaseColumn(ApiScope scope) {
        return scope == null ? null : scope.wireName();
    }

    @Override
    public ApiScope convertToEntityAttribute(String name) {
        return name == null ? null : ApiScope.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown scope in the database: " + name));
    }
}
