package io.marquee.entitlement.control;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserCodesTest {

    @RepeatedTest(50)
    void aNewCodeReadsBackAsItself() {
        String code = UserCodes.next();
        assertThat(code).matches("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
        assertThat(UserCodes.normalise(code.toLowerCase().replace("-", " "))).isEqualTo(code);
    }

    @Test
    void typingIsForgivingAboutCaseSpacesAndDashes() {
        assertThat(UserCodes.normalise(" bcdf ghjk ")).isEqualTo("BCDF-GHJK");
        assertThat(UserCodes.normalise("bcdfghjk")).isEqualTo("BCDF-GHJK");
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertThat(UserCodes.normalise("BCDF-GHJ")).as("too short").isNull();
        assertThat(UserCodes.normalise("BCDA-GHJK")).as("a vowel").isNull();
        assertThat(UserCodes.normalise(null)).isNull();
    }
}
