package io.marquee.pricing.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A materialised tier's terms in one text column (V11): amounts as decimal strings, so money
 * stays exact. The bulk writers use the same form, so both paths store identical rows.
 */
@Converter
public class TierTermsColumn implements AttributeConverter<TierTerms, String> {

    /** Json.createReader/createObjectBuilder look the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String convertToDatabaseColumn(TierTerms terms) {
        return write(terms);
    }

    @Override
    public TierTerms convertToEntityAttribute(String column) {
        return column == null ? null : read(column);
    }

    public static String write(TierTerms terms) {
        JsonObjectBuilder prices = JSON.createObjectBuilder();
        terms.prices().forEach((currency, amount) -> prices.add(currency.getCurrencyCode(), amount.toPlainString()));
        JsonArrayBuilder grants = JSON.createArrayBuilder();
        terms.grantsReferences().forEach(grants::add);
        return JSON.createObjectBuilder()
                .add("prices", prices)
                .add("restrictionType", terms.restrictionType().wireName())
                .add("restricted", terms.restricted())
                .add("grants", grants)
                .build().toString();
    }

    public static TierTerms read(String column) {
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(column))) {
            json = reader.readObject();
        }
        Map<Currency, BigDecimal> prices = new LinkedHashMap<>();
        json.getJsonObject("prices").forEach((code, amount) ->
                prices.put(Currency.getInstance(code), new BigDecimal(((JsonString) amount).getString())));
        return new TierTerms(prices, RestrictionType.fromWireName(json.getString("restrictionType")).orElseThrow(),
                json.getBoolean("restricted"),
                json.getJsonArray("grants").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }
}
