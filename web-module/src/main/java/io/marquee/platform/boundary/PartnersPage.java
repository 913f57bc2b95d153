package io.marquee.platform.boundary;

import io.marquee.organiser.control.Organisers;
import io.marquee.organiser.entity.Organiser;
import io.marquee.platform.control.ApiKeys;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.IssuedKey;
import io.marquee.platform.control.Partners;
import io.marquee.platform.entity.ApiKey;
import io.marquee.platform.entity.ApiScope;
import io.marquee.platform.entity.OrganiserAccess;
import io.marquee.platform.entity.Partner;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/** Platform admins manage partner systems and their API keys; a new key is shown once. */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Partners partners;

    @Inject
    transient ApiKeys keys;

    @Inject
    transient Organisers organisers;

    private List<Partner> partnerList;
    private List<ApiKey> keyList;
    private List<Organiser> organiserList;

    private String newPartnerName;
    private List<Long> newPartnerOrganisers = new ArrayList<>();

    private Long keyPartnerId;
    private String keyLabel;
    private List<String> keyScopes = new ArrayList<>();
    private String issuedSecret;

    @PostConstruct
    void load() {
        partnerList = partners.all();
        keyList = keys.all();
        organiserList = organisers.visible(OrganiserAccess.all());
    }

    public void createPartner() {
        if (applied(() -> partners.create(newPartnerName, new HashSet<>(newPartnerOrganisers)))) {
            info("Partner '" + newPartnerName + "' created.");
            newPartnerName = null;
            newPartnerOrganisers = new ArrayList<>();
        }
    }

    public void issueKey() {
        if (keyPartnerId == null) {
            error("Choose the partner the key is for.");
            return;
        }
        if (applied(() -> {
            EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
            keyScopes.forEach(name -> scopes.add(ApiScope.valueOf(name)));
            IssuedKey issued = keys.issue(keyPartnerId, keyLabel, scopes);
            issuedSecret = issued.secret();
        })) {
            keyLabel = null;
            keyScopes = new ArrayList<>();
        }
    }

    public void revoke(long keyId) {
        if (applied(() -> keys.revoke(keyId))) {
            info("Key revoked: it stops working at once.");
        }
    }

    public void forgetIssuedSecret() {
        issuedSecret = null;
    }

    /** Runs a change; a broken rule becomes a message on the field's form. */
    private boolean applied(Runnable change) {
        try {
            change.run();
            load();
            return true;
        } catch (InvalidInput invalid) {
            invalid.violations().forEach(v -> error(v.field() + ": " + v.message()));
            return false;
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public ApiScope[] getAllScopes() {
        return ApiScope.values();
    }

    public List<Partner> getPartners() {
        return partnerList;
    }

    public List<ApiKey> getKeys() {
        return keyList;
    }

    public List<Organiser> getOrganisers() {
        return organiserList;
    }

    public String getNewPartnerName() {
        return newPartnerName;
    }

    public void setNewPartnerName(String newPartnerName) {
        this.newPartnerName = newPartnerName;
    }

    public List<Long> getNewPartnerOrganisers() {
        return newPartnerOrganisers;
    }

    public void setNewPartnerOrganisers(List<Long> newPartnerOrganisers) {
        this.newPartnerOrganisers = newPartnerOrganisers;
    }

    public Long getKeyPartnerId() {
        return keyPartnerId;
    }

    public void setKeyPartnerId(Long keyPartnerId) {
        this.keyPartnerId = keyPartnerId;
    }

    public String getKeyLabel() {
        return keyLabel;
    }

    public void setKeyLabel(String keyLabel) {
        this.keyLabel = keyLabel;
    }

    public List<String> getKeyScopes() {
        return keyScopes;
    }

    public void setKeyScopes(List<String> keyScopes) {
        this.keyScopes = keyScopes;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }
}
