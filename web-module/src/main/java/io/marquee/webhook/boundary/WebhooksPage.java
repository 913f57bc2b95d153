package io.marquee.webhook.boundary;

import io.marquee.platform.boundary.ConsoleMessages;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.Partners;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.Partner;
import io.marquee.webhook.control.IssuedWebhook;
import io.marquee.webhook.control.WebhookDeliveries;
import io.marquee.webhook.control.WebhookSubscriptions;
import io.marquee.webhook.entity.DeliveryLogRow;
import io.marquee.webhook.entity.WebhookAttempt;
import io.marquee.webhook.entity.WebhookSubscription;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Platform admins: partners' webhook subscriptions (a new one's secret shown once), the delivery log
 * with every attempt, and redelivery.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LOG_SIZE = 200;

    @Inject
    transient WebhookSubscriptions subscriptions;

    @Inject
    transient WebhookDeliveries deliveries;

    @Inject
    transient Partners partners;

    private List<Partner> partnerList;
    private List<WebhookSubscription> subscriptionList;
    private List<DeliveryLogRow> log;
    private Map<Long, String> partnerNames;
    private String filter;

    private Long partnerId;
    private String url;
    private List<String> kinds = new ArrayList<>(List.of("reservation", "sale", "refund"));
    private String issuedSecret;
    private Long attemptsOf;
    private List<WebhookAttempt> attemptList = List.of();

    @PostConstruct
    void load() {
        partnerList = partners.all();
        partnerNames = partnerList.stream().collect(Collectors.toMap(Partner::getId, Partner::getName));
        subscriptionList = subscriptions.list(null);
        log = deliveries.log(null, filter == null || filter.isBlank() ? null : filter, LOG_SIZE);
    }

    public void subscribe() {
        if (partnerId == null) {
            ConsoleMessages.error("Choose the partner whose organisers' sales the URL receives.");
            return;
        }
        try {
            IssuedWebhook issued = subscriptions.subscribe(partnerId, url, kinds, user());
            issuedSecret = issued.secret();
            url = null;
            load();
        } catch (InvalidInput invalid) {
            ConsoleMessages.show(invalid, ConsoleMessages.inputsOf("subscribe", Set.of("url", "kinds")));
        }
    }

    public void deactivate(String publicId) {
        subscriptions.deactivate(null, publicId);
        ConsoleMessages.info("Subscription deactivated: nothing more is sent to it.");
        load();
    }

    public void redeliver(long deliveryId) {
        try {
            deliveries.redeliver(null, deliveryId);
            ConsoleMessages.info("Delivery " + deliveryId + " is sent again now.");
        } catch (NotFound gone) {
            ConsoleMessages.error("There is no delivery " + deliveryId + ".");
        }
        load();
    }

    public void showAttempts(long deliveryId) {
        attemptsOf = deliveryId;
        attemptList = deliveries.attempts(null, deliveryId);
    }

    public void refresh() {
        load();
    }

    public void forgetIssuedSecret() {
        issuedSecret = null;
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String partnerName(long id) {
        return partnerNames.getOrDefault(id, "partner " + id);
    }

    public List<Partner> getPartners() {
        return partnerList;
    }

    public List<WebhookSubscription> getSubscriptions() {
        return subscriptionList;
    }

    public List<DeliveryLogRow> getLog() {
        return log;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public Long getAttemptsOf() {
        return attemptsOf;
    }

    public List<WebhookAttempt> getAttempts() {
        return attemptList;
    }
}
