package io.marquee.media.control;

import io.marquee.media.entity.ChannelAction;
import io.marquee.media.entity.ChannelRecord;
import io.marquee.media.entity.ChannelSnapshot;
import io.marquee.media.entity.ChannelState;
import io.marquee.media.entity.DesiredState;
import io.marquee.media.entity.ObservedChannel;
import io.marquee.media.entity.ScheduledChannel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One reconciliation pass over channels: what MediaLive shows (one paginated list for all),
 * compared with what each event's schedule wants, and at most one action per channel and run
 * (claimed in the history before it is taken, so a restarted run never repeats one). An action
 * MediaLive refuses or that fails after the SDK's retries is written down and decided afresh
 * next run, from what MediaLive shows then: nothing is lost, nothing done twice.
 */
public final class ChannelReconciler {

    private static final Logger LOG = Logger.getLogger(ChannelReconciler.class.getName());

    private final ChannelGateway channels;
    private final PackagingGateway packaging;
    private final ChannelProvisioner provisioner;
    private final ChannelRecords records;
    private final ChannelSchedule schedule;
    private final Clock clock;

    public ChannelReconciler(ChannelGateway channels, PackagingGateway packaging, ChannelProvisioner provisioner,
                             ChannelRecords records, ChannelSchedule schedule, Clock clock) {
        this.channels = channels;
        this.packaging = packaging;
        this.provisioner = provisioner;
        this.records = records;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Every channel MediaLive has, by id. */
    public Map<String, ChannelSnapshot> observeAll() {
        return channels.all().stream().collect(Collectors.toMap(ChannelSnapshot::id, Function.identity(), (a, b) -> a));
    }

    /** Reconciles each channel of a chunk with what MediaLive showed at the start of the run. */
    public void reconcile(String runId, List<ObservedChannel> chunk) {
        for (ObservedChannel item : chunk) {
            reconcile(runId, item.scheduled(), item.observed());
        }
    }

    public ChannelAction reconcile(String runId, ScheduledChannel item, Optional<ChannelSnapshot> observed) {
        Instant now = clock.instant();
        ChannelRecord channel = item.channel();
        DesiredState desired = schedule.desired(item.startsAt(), item.endsAt(), item.status(), now);
        Optional<ChannelState> state = observed.map(ChannelSnapshot::state);
        if (channel.desired() == DesiredState.DELETED && desired == DesiredState.DELETED && state.isEmpty()) {
            return ChannelAction.NONE;
        }
        ChannelState seen = state.orElse(ChannelState.DELETED);
        if (seen != channel.observed()) {
            records.note(channel.id(), runId, "observation", seen.name(), "wanted " + desired.name());
        }
        channel = channel.withObservation(desired, seen, now);
        ChannelAction action = ReconcileRule.decide(desired, state);
        if (!action.acts()) {
            records.save(channel.withAction(channel.lastAction(), channel.lastActionAt(),
                    state.filter(s -> s == ChannelState.RUNNING || s == ChannelState.IDLE).isPresent() ? null
                            : channel.alert()));
            return action;
        }
        if (!records.claimAction(channel.id(), runId, action, "wanted " + desired.name() + ", saw " + seen.name())) {
            records.save(channel);
            return ChannelAction.NONE;
        }
        records.save(act(runId, channel, action, seen, now));
        return action;
    }

    private ChannelRecord act(String runId, ChannelRecord channel, ChannelAction action, ChannelState seen, Instant now) {
        String alert = channel.alert();
        try {
            switch (action) {
                case START -> outcome(runId, channel, channels.start(channel.channelId()));
                case STOP -> outcome(runId, channel, channels.stop(channel.channelId()));
                case DELETE -> {
                    outcome(runId, channel, channels.delete(channel.channelId()));
                    packaging.deleteOrigin(channel.originId());
                    packaging.deleteChannel(channel.packagingChannelId());
                }
                case RECREATE -> {
                    return recreate(runId, channel, seen).withAction(action, now, null);
                }
                case ALERT -> {
                    alert = "channel " + seen.name() + " since " + now;
                    LOG.warning(() -> "media channel of event " + channel.eventId() + " is " + seen.name()
                            + ": a person should look at MediaLive channel " + channel.channelId());
                }
                default -> throw new IllegalArgumentException(action + " is no action");
            }
        } catch (RuntimeException failed) {
            // after the SDK's retries or with the circuit open: next run decides again from what it sees
            records.note(channel.id(), runId, "action", action.name() + " failed", failed.getClass().getSimpleName());
            LOG.warning(() -> action + " of " + channel + " failed: " + failed);
        }
        return channel.withAction(action, now, alert);
    }

    /**
     * A channel that failed to create is deleted and replaced by the next generation. One that is
     * gone (deleted behind Marquee's back, or a local provider that restarted) is provisioned
     * anew from the input on, keeping its stream key: what it was attached to may be gone too.
     */
    private ChannelRecord recreate(String runId, ChannelRecord channel, ChannelState seen) {
        ChannelRecord next = channel;
        if (channel.channelId() != null) {
            if (seen == ChannelState.CREATE_FAILED) {
                outcome(runId, channel, channels.delete(channel.channelId()));
            } else {
                next = next.withSecurityGroup(null).withInput(null, null, channel.streamKey()).withPackaging(null, null, null);
            }
            next = next.withChannel(null, channel.generation() + 1);
            records.save(next);
        }
        return provisioner.complete(next, c -> {
            records.save(c);
            return c;
        });
    }

    private void outcome(String runId, ChannelRecord channel, Transition transition) {
        if (transition != Transition.ACCEPTED) {
            records.note(channel.id(), runId, "observation", transition.name(), "MediaLive refused the action");
        }
    }
}
