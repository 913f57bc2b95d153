package io.marquee.media.control;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.media.entity.ChannelClass;
import io.marquee.media.entity.ChannelHistoryEntry;
import io.marquee.media.entity.ChannelRecord;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ChannelSummary;
import io.marquee.media.entity.ObservedChannel;
import io.marquee.media.entity.RevealedStreamKey;
import io.marquee.media.entity.ScheduledChannel;
import io.marquee.platform.control.Audited;
import io.marquee.platform.control.Conflict;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.control.Secrets;
import io.marquee.platform.control.UnguessableIds;
import io.marquee.platform.entity.OrganiserAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Events' media channels: provisioning, what the console shows, the organiser's stream key,
 * and the steps of the reconcile-channels job. Provisioning runs outside a transaction, so
 * each AWS id is stored the moment it exists and a provisioning cut short resumes.
 */
@Stateless
public class MediaChannels {

    private static final Logger LOG = Logger.getLogger(MediaChannels.class.getName());
    private static final int HISTORY = 100;

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    ChannelGateway channels;

    @Inject
    PackagingGateway packaging;

    @Inject
    Events events;

    @Inject
    @ConfigProperty(name = "marquee.media.lead", defaultValue = "PT30M")
    Duration lead;

    @Inject
    @ConfigProperty(name = "marquee.media.grace", defaultValue = "PT30M")
    Duration grace;

    @Inject
    @ConfigProperty(name = "marquee.media.retention", defaultValue = "P7D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "marquee.media.channel-class", defaultValue = "STANDARD")
    ChannelClass channelClass;

    @Inject
    @ConfigProperty(name = "marquee.media.name-prefix", defaultValue = "marquee")
    String namePrefix;

    @Inject
    @ConfigProperty(name = "marquee.media.allowed-cidrs", defaultValue = "0.0.0.0/0")
    List<String> allowedCidrs;

    /** What viewers play instead of the MediaPackage origin; the local provider's origins lead nowhere. */
    @Inject
    @ConfigProperty(name = "marquee.media.playback-url")
    Optional<URI> playbackUrl;

    @Inject
    AwsClients aws;

    @Inject
    Secrets secrets;

    private ChannelRecords records;
    private ChannelProvisioner provisioner;
    private ChannelReconciler reconciler;

    @PostConstruct
    void wire() {
        records = new ChannelRecords(dataSource, secrets::box);
        provisioner = new ChannelProvisioner(channels, packaging, new ChannelNames(namePrefix), channelClass,
                allowedCidrs, playbackUrl);
        reconciler = new ChannelReconciler(channels, packaging, provisioner, records,
                new ChannelSchedule(lead, grace, retention), Clock.systemUTC());
    }

    /** Every event the caller may see, with its channel (if it has one), the stream key masked. */
    public List<ChannelSummary> summaries(OrganiserAccess access) {
        return events.visible(access).stream().map(e -> summary(e, records.ofEvent(e.getId()).orElse(null))).toList();
    }

    public ChannelSummary summary(OrganiserAccess access, long eventId) {
        LiveEvent event = events.find(access, eventId);
        return summary(event, records.ofEvent(eventId).orElse(null));
    }

    public List<ChannelHistoryEntry> history(OrganiserAccess access, long eventId) {
        events.find(access, eventId);
        return records.ofEvent(eventId).map(c -> records.history(c.id(), HISTORY)).orElse(List.of());
    }

    /** Gives the event a channel record, for the next reconciliation run to provision. */
    public void prepare(long eventId) {
        records.ensure(eventId, UnguessableIds.next());
    }

    /** Makes what the event's channel lacks; running it again makes nothing twice. */
    @Audited("channel.provisioned")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChannelSummary provision(OrganiserAccess access, long eventId) {
        LiveEvent event = events.find(access, eventId);
        ChannelRecord channel = records.ensure(eventId, UnguessableIds.next());
        boolean already = channel.provisioned();
        channel = provisioner.complete(channel, c -> {
            records.save(c);
            return c;
        });
        if (!already) {
            records.note(channel.id(), null, "action", "PROVISION", "channel " + channel.channelId());
            LOG.info("provisioned the media channel of event " + eventId);
        }
        return summary(event, channel);
    }

    /** The stream key in clear, for the organiser's broadcasting software. */
    @Audited("channel.stream-key-revealed")
    public RevealedStreamKey streamKey(OrganiserAccess access, long eventId) {
        events.find(access, eventId);
        return records.ofEvent(eventId).map(c -> new RevealedStreamKey(eventId, c.streamKey()))
                .orElseThrow(() -> new NotFound("channel", eventId));
    }

    /**
     * A new stream key: the input is replaced by one that takes the new key, and the channel by
     * one attached to it (MediaLive channels keep their input), in the next generation. Only
     * while the channel is not running, so a broadcast is never cut off by it.
     */
    @Audited("channel.stream-key-rotated")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChannelSummary rotateStreamKey(OrganiserAccess access, long eventId) {
        LiveEvent event = events.find(access, eventId);
        ChannelRecord channel = records.ofEvent(eventId).orElseThrow(() -> new NotFound("channel", eventId));
        if (channel.channelId() != null) {
            Optional<ChannelSnapshot> seen = channels.describe(channel.channelId());
            if (seen.isPresent() && channels.delete(channel.channelId()) != Transition.ACCEPTED) {
                throw new Conflict("channel-busy", "the channel is " + seen.get().state().name()
                        + ": stop it before the stream key changes");
            }
        }
        ChannelRecord rotated = channel.withInput(null, null, UnguessableIds.next())
                .withChannel(null, channel.generation() + 1);
        records.save(rotated);
        records.note(channel.id(), null, "action", "ROTATE_KEY", "new input and channel, generation "
                + rotated.generation());
        return provision(access, eventId);
    }

    /** The first step of a reconcile-channels run: what MediaLive shows, one paginated list. */
    public Map<String, ChannelSnapshot> observeAll() {
        return reconciler.observeAll();
    }

    public List<ScheduledChannel> page(long afterId, int limit) {
        return records.page(afterId, limit);
    }

    /** One chunk of a reconcile-channels run, in the chunk's transaction. */
    public void reconcile(String runId, List<ObservedChannel> chunk) {
        reconciler.reconcile(runId, chunk);
    }

    /** @return true on the one instance that claims this tick */
    public boolean claimTick(Instant tick) {
        return records.claimTick(tick);
    }

    private static ChannelSummary summary(LiveEvent event, ChannelRecord channel) {
        return new ChannelSummary(event.getId(), event.getTitle(), event.getStartsAt(), event.getEndsAt(),
                event.getStatus().wireName(), channel);
    }
}
