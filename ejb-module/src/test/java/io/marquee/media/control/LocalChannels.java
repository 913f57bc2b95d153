package io.marquee.media.control;

import io.marquee.media.entity.ChannelClass;
import io.marquee.media.entity.ChannelRecord;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ObservedChannel;
import io.marquee.media.entity.ScheduledChannel;
import io.marquee.media.wire.MediaWireServer;
import software.amazon.awssdk.services.medialive.MediaLiveClient;
import software.amazon.awssdk.services.mediapackage.MediaPackageClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Provisioning and reconciliation wired as the server wires them, against a wire server and
 * the test database; {@link #run()} is one reconciliation job run (observe once, then chunks).
 */
final class LocalChannels implements AutoCloseable {

    static final int CHUNK = 50;

    final MediaWireServer server;
    final ChannelRecords records;
    final ChannelProvisioner provisioner;
    final ChannelReconciler reconciler;
    final ChannelGateway channels;
    private final MediaLiveClient mediaLive;
    private final MediaPackageClient mediaPackage;

    LocalChannels(MediaWireServer server, AwsSettings settings, DataSource dataSource, Clock clock) {
        this.server = server;
        this.mediaLive = AwsClients.mediaLive(settings);
        this.mediaPackage = AwsClients.mediaPackage(settings);
        this.channels = new ChannelGateway(mediaLive, Optional.empty());
        PackagingGateway packaging = new PackagingGateway(mediaPackage);
        this.records = new ChannelRecords(dataSource, ChannelDatabase::secrets);
        this.provisioner = new ChannelProvisioner(channels, packaging, new ChannelNames("test-" + UUID.randomUUID()),
                ChannelClass.STANDARD, List.of("0.0.0.0/0"), Optional.empty());
        this.reconciler = new ChannelReconciler(channels, packaging, provisioner, records, ChannelSchedule.defaults(), clock);
    }

    ChannelRecord provision(long eventId) {
        return provisioner.complete(records.ensure(eventId, "key-" + eventId), c -> {
            records.save(c);
            return c;
        });
    }

    /** One run over the channels of the given events (other tests' channels share the database). */
    String run(Collection<Long> events) {
        Set<Long> eventIds = Set.copyOf(events);
        String runId = UUID.randomUUID().toString();
        Map<String, ChannelSnapshot> seen = reconciler.observeAll();
        long after = 0;
        List<ScheduledChannel> page;
        while (!(page = records.page(after, CHUNK)).isEmpty()) {
            reconciler.reconcile(runId, page.stream().filter(c -> eventIds.contains(c.channel().eventId()))
                    .map(c -> ObservedChannel.of(c, seen)).toList());
            after = page.get(page.size() - 1).channel().id();
        }
        return runId;
    }

    @Override
    public void close() {
        mediaLive.close();
        mediaPackage.close();
    }
}
