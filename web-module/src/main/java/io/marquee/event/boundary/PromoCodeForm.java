package io.marquee.event.boundary;

import io.marquee.event.entity.PromoCodeDraft;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The console's new promo code: percent off, or a fixed amount per currency off each ticket. */
public class PromoCodeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private boolean fixed;
    private BigDecimal percentOff;
    private List<PriceRow> amountsOff = new ArrayList<>(List.of(new PriceRow()));
    private Integer usageCap;
    private LocalDateTime validFrom;
    private LocalDateTime validUntil;
    private List<Long> ticketTypeIds = new ArrayList<>();

    /** Only the chosen kind of discount is sent, so the rules see exactly one. */
    PromoCodeDraft draft(String zone) {
        return new PromoCodeDraft(code, fixed ? null : percentOff, fixed ? PriceRow.amounts(amountsOff) : Map.of(),
                usageCap, EventTime.instant(validFrom, zone), EventTime.instant(validUntil, zone),
                new HashSet<>(ticketTypeIds));
    }

    public void addAmount() {
        amountsOff.add(new PriceRow());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isFixed() {
        return fixed;
    }

    public void setFixed(boolean fixed) {
        this.fixed = fixed;
    }

    public BigDecimal getPercentOff() {
        return percentOff;
    }

    public void setPercentOff(BigDecimal percentOff) {
        this.percentOff = percentOff;
    }

    public List<PriceRow> getAmountsOff() {
        return amountsOff;
    }

    public Integer getUsageCap() {
        return usageCap;
    }

    public void setUsageCap(Integer usageCap) {
        this.usageCap = usageCap;
    }

    public LocalDateTime getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDateTime validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDateTime getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDateTime validUntil) {
        this.validUntil = validUntil;
    }

    public List<Long> getTicketTypeIds() {
        return ticketTypeIds;
    }

    public void setTicketTypeIds(List<Long> ticketTypeIds) {
        this.ticketTypeIds = ticketTypeIds;
    }
}
