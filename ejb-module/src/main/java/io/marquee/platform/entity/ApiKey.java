package io.marquee.platform.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.Table;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A partner's API key. The secret is never stored: only its SHA-256 (the key is 256 random
 * bits, so a slow password hash buys nothing) and a short prefix that finds the row.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "select k from ApiKey k join fetch k.partner where k.prefix = :prefix")
@NamedQuery(name = ApiKey.ALL, query = "select k from ApiKey k join fetch k.partner order by k.createdAt desc")
public class ApiKey implements Auditable {

    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String ALL = "ApiKey.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private String prefix;

    @Column(name = "secret_hash")
    private byte[] secretHash;

    private String label;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_scope", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "scope")
    @Convert(converter = ApiScopeConverter.class)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(Partner partner, String prefix, byte[] secretHash, String label, Set<ApiScope> scopes,
                  String createdBy, Instant createdAt) {
        this.partner = partner;
        this.prefix = prefix;
        this.secretHash = secretHash.clone();
        this.label = label;
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getPrefix() {
        return prefix;
    }

    public byte[] secretHash() {
        return secretHash.clone();
    }

    public String getLabel() {
        return label;
    }

    public Set<ApiScope> getScopes() {
        return Set.copyOf(scopes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "partnerId", partner.getId(),
                "prefix", prefix,
                "label", label,
                "scopes", scopes.stream().map(ApiScope::wireName).sorted().toList(),
                "revokedAt", revokedAt == null ? null : revokedAt.toString());
    }
}
