package io.marquee.platform.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    @Test
    void theRowIsFoundByThePrefixBetweenTheMarkers() {
        assertThat(ApiKeys.prefixOf("mq_1a2b3c4d_SECRETSECRET")).contains("1a2b3c4d");
    }

    @Test
    void somethingThatIsNotAKeyHasNoPrefix() {
        assertThat(ApiKeys.prefixOf(null)).isEmpty();
        assertThat(ApiKeys.prefixOf("")).isEmpty();
        assertThat(ApiKeys.prefixOf("Bearer xyz")).isEmpty();
        assertThat(ApiKeys.prefixOf("mq_nounderscore")).isEmpty();
    }

    @Test
    void theStoredHashIsSha256OfTheWholeKey() {
        assertThat(java.util.HexFormat.of().formatHex(Sha256.of("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
