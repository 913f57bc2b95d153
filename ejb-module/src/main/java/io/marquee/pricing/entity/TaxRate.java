package io.marquee.pricing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The rate, in percent, that the admins set for a template's taxCode. */
@Entity
@Table(name = "tax_rate")
public class TaxRate {

    @Id
    private String code;

    @Column(name = "rate_percent")
    private BigDecimal ratePercent;

    protected TaxRate() {
    }

    public TaxRate(String code, BigDecimal ratePercent) {
        this.code = code;
        this.ratePercent = ratePercent;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public void setRatePercent(BigDecimal ratePercent) {
        this.ratePercent = ratePercent;
    }
}
