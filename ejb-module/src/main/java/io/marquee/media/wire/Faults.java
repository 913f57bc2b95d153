package io.marquee.media.wire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Which requests fail: scripted faults for the next requests of one operation come first;
 * otherwise, when set, a seeded random draw, so a failing run replays exactly.
 */
public final class Faults {

    private final Map<WireOperation, Deque<Fault>> scripted = new EnumMap<>(WireOperation.class);
    private Random random;
    private double rate;
    private List<Fault> choices = List.of();

    /** The next requests of {@code operation} meet these faults, one each, in order. */
    public synchronized Faults next(WireOperation operation, Fault... faults) {
        scripted.computeIfAbsent(operation, o -> new ArrayDeque<>()).addAll(List.of(faults));
        return this;
    }

    /** Every request meets one of {@code faults} with probability {@code rate}, drawn from {@code seed}. */
    public synchronized Faults randomly(long seed, double rate, Fault... faults) {
        this.random = new Random(seed);
        this.rate = rate;
        this.choices = List.of(faults);
        return this;
    }

    synchronized Optional<Fault> draw(WireOperation operation) {
        Fault next = scripted.getOrDefault(operation, new ArrayDeque<>()).poll();
        if (next != null) {
            return Optional.of(next);
        }
        if (random != null && random.nextDouble() < rate) {
            return Optional.of(choices.get(random.nextInt(choices.size())));
        }
        return Optional.empty();
    }
}
