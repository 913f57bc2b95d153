package io.marquee.platform.entity;

import io.marquee.organiser.entity.Organiser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A partner system (the API's tenant) acting for a set of organisers. */
@Entity
@NamedQuery(name = Partner.ALL, query = "select p from Partner p order by p.name")
public class Partner implements Auditable {

    public static final String ALL = "Partner.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToMany
    @JoinTable(name = "partner_organiser",
            joinColumns = @JoinColumn(name = "partner_id"),
            inverseJoinColumns = @JoinColumn(name = "organiser_id"))
    private Set<Organiser> organisers = new LinkedHashSet<>();

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    protected Partner() {
    }

    public Partner(String name, Set<Organiser> organisers) {
        this.name = name;
        this.organisers = new LinkedHashSet<>(organisers);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Organiser> getOrganisers() {
        return Set.copyOf(organisers);
    }

    public Set<Long> organiserIds() {
        return organisers.stream().map(Organiser::getId).collect(Collectors.toUnmodifiableSet());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, Object> auditState() {
        return Auditable.state(
                "name", name,
                "organiserIds", organiserIds().stream().sorted().toList());
    }
}
