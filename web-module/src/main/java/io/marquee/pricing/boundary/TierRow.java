package io.marquee.pricing.boundary;

import io.marquee.platform.entity.Violation;
import io.marquee.pricing.entity.OfferTierDraft;
import io.marquee.pricing.entity.TierType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One tier of the template editor. Prices are edited as "GBP 1.99, EUR 2.29" and grants as
 * "10112, 10113"; Absolute windows in UTC. The rules themselves are the EJB's: this only reads the text.
 */
public class TierRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern PRICE = Pattern.compile("([A-Za-z]{3})\\s*[=:]?\\s*(\\S+)");

    private final TierType type;
    private Integer order;
    private Integer duration;
    private String durationUnits;
    private LocalDateTime absoluteStart;
    private LocalDateTime absoluteEnd;
    private String prices;
    private String restrictionType;
    private boolean restricted;
    private String grants;
    /** Kept so an edit does not make an Absolute tier "the newest"; null for a tier added in this edit. */
    private final Instant createdAt;

    private TierRow(TierType type, Instant createdAt) {
        this.type = type;
        this.createdAt = createdAt;
    }

    static TierRow of(OfferTierDraft tier) {
        TierRow row = new TierRow(TierType.fromWireName(tier.type()).orElseThrow(), tier.createdAt());
        row.order = tier.order();
        row.duration = tier.duration();
        row.durationUnits = tier.durationUnits();
        row.absoluteStart = UtcTime.local(tier.absoluteStart());
        row.absoluteEnd = UtcTime.local(tier.absoluteEnd());
        row.prices = tier.prices().entrySet().stream().map(price -> price.getKey() + " " + price.getValue().toPlainString())
                .collect(Collectors.joining(", "));
        row.restrictionType = tier.restrictionType();
        row.restricted = Boolean.TRUE.equals(tier.isRestricted());
        row.grants = String.join(", ", tier.grantsReferences());
        return row;
    }

    static TierRow added(TierType type, int order) {
        TierRow row = new TierRow(type, null);
        if (type == TierType.PRECEDENT) {
            row.order = order;
            row.duration = 1;
            row.durationUnits = "month";
        }
        return row;
    }

    /**
     * The tier as the EJB takes it, or the text that could not be read as a violation of
     * {@code path}.prices, so it is shown where the other rules' messages are.
     */
    OfferTierDraft draft(String path, List<Violation> unreadable) {
        Map<String, BigDecimal> priced = priceMap().orElseGet(() -> {
            unreadable.add(new Violation(path + ".prices", "format",
                    "write prices as a currency code and an amount each, e.g. 'GBP 1.99, EUR 2.29'"));
            return Map.of();
        });
        boolean precedent = isPrecedent();
        return new OfferTierDraft(type.wireName(), precedent ? order : null, precedent ? duration : null,
                precedent ? durationUnits : null, precedent ? null : UtcTime.instant(absoluteStart),
                precedent ? null : UtcTime.instant(absoluteEnd), priced, restrictionType, restricted,
                Arrays.stream(grants == null ? new String[0] : grants.split(","))
                        .map(String::strip).filter(grant -> !grant.isEmpty()).toList(), createdAt);
    }

    private Optional<Map<String, BigDecimal>> priceMap() {
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        for (String entry : (prices == null ? "" : prices).split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher price = PRICE.matcher(entry.strip());
            if (!price.matches()) {
                return Optional.empty();
            }
            try {
                read.put(price.group(1).toUpperCase(Locale.ROOT), new BigDecimal(price.group(2)));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.of(read);
    }

    public boolean isPrecedent() {
        return type == TierType.PRECEDENT;
    }

    public String getType() {
        return type.wireName();
    }

    public boolean isAdded() {
        return createdAt == null;
    }

    public Integer getOrder() {
        return order;
    }

    public void setOrder(Integer order) {
        this.order = order;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getDurationUnits() {
        return durationUnits;
    }

    public void setDurationUnits(String durationUnits) {
        this.durationUnits = durationUnits;
    }

    public LocalDateTime getAbsoluteStart() {
        return absoluteStart;
    }

    public void setAbsoluteStart(LocalDateTime absoluteStart) {
        this.absoluteStart = absoluteStart;
    }

    public LocalDateTime getAbsoluteEnd() {
        return absoluteEnd;
    }

    public void setAbsoluteEnd(LocalDateTime absoluteEnd) {
        this.absoluteEnd = absoluteEnd;
    }

    public String getPrices() {
        return prices;
    }

    public void setPrices(String prices) {
        this.prices = prices;
    }

    public String getRestrictionType() {
        return restrictionType;
    }

    public void setRestrictionType(String restrictionType) {
        this.restrictionType = restrictionType;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public String getGrants() {
        return grants;
    }

    public void setGrants(String grants) {
        this.grants = grants;
    }
}
