package io.marquee.media.control;

import io.marquee.media.entity.ChannelRecord;
import io.marquee.platform.control.SecretBox;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream keys in the database: sealed with AES-GCM under the secrets key, never in clear. */
class StreamKeySealingTest {

    private static final Instant START = Instant.parse("2027-01-15T20:00:00Z");
    private final ChannelRecords records = new ChannelRecords(ChannelDatabase.get(), ChannelDatabase::secrets);

    @Test
    void theColumnHoldsASealedKeyThatOpensToTheOneGiven() {
        long event = ChannelDatabase.event(START, START.plusSeconds(3600), "on_sale");

        ChannelRecord channel = records.ensure(event, "broadcast-key-0001");

        assertThat(channel.streamKey()).isEqualTo("broadcast-key-0001");
        assertThat(stored(event)).startsWith("gcm1:").doesNotContain("broadcast-key-0001");
        records.save(channel.withInput(null, null, "broadcast-key-0002"));
        assertThat(records.ofEvent(event).orElseThrow().streamKey()).isEqualTo("broadcast-key-0002");
        assertThat(stored(event)).doesNotContain("broadcast-key-0002");
    }

    @Test
    void sealingTheSameKeyTwiceGivesTwoCiphertexts() {
        SecretBox box = ChannelDatabase.secrets();

        assertThat(box.seal("same", "here")).isNotEqualTo(box.seal("same", "here"));
    }

    @Test
    void keysStoredInClearBeforeV14AreSealedOnceAndStillOpen() {
        long event = ChannelDatabase.event(START, START.plusSeconds(3600), "on_sale");
        records.ensure(event, "ignored");
        ChannelDatabase.count("update media_channel set stream_key = 'legacy-clear-key' where event_id = ? returning 1", event);

        assertThat(records.sealPlainStreamKeys()).isPositive();
        assertThat(records.sealPlainStreamKeys()).as("nothing left in clear").isZero();

        assertThat(stored(event)).startsWith("gcm1:").doesNotContain("legacy-clear-key");
        assertThat(records.ofEvent(event).orElseThrow().streamKey()).isEqualTo("legacy-clear-key");
    }

    @Test
    void aSealedKeyCopiedToAnotherEventOrReadUnderAnotherSecretsKeyDoesNotOpen() {
        long first = ChannelDatabase.event(START, START.plusSeconds(3600), "on_sale");
        long second = ChannelDatabase.event(START, START.plusSeconds(3600), "on_sale");
        records.ensure(first, "first-key");
        records.ensure(second, "second-key");
        ChannelDatabase.count("update media_channel set stream_key = (select stream_key from media_channel where event_id = ?) "
                + "where event_id = ? returning 1", first, second);

        assertThatThrownBy(() -> records.ofEvent(second)).hasMessageContaining("does not open")
                .hasMessageNotContaining("first-key");
        ChannelRecords otherInstallation = new ChannelRecords(ChannelDatabase.get(), () -> SecretBox.of(SecretBox.newKey()));
        assertThatThrownBy(() -> otherInstallation.ofEvent(first)).hasMessageContaining("does not open");
        // the database is shared with the reconciliation tests, which read every channel
        ChannelDatabase.count("delete from media_channel where event_id = ? returning 1", second);
    }

    @Test
    void aSecretsKeyOfTheWrongLengthIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> SecretBox.of("c2hvcnQ=")).hasMessage("the secrets key has 5 bytes, not 32");
        assertThatThrownBy(() -> SecretBox.of("not base64!")).hasMessage("the secrets key is not base64");
    }

    private static String stored(long event) {
        try (var connection = ChannelDatabase.get().getConnection();
             var statement = connection.prepareStatement("select stream_key from media_channel where event_id = ?")) {
            statement.setLong(1, event);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
