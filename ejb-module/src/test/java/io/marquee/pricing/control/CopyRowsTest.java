package io.marquee.pricing.control;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** COPY text rows: instants written digit by digit read as Instant.toString writes them; special characters escaped. */
class CopyRowsTest {

    @Property(tries = 2000)
    void anInstantIsWrittenAsInstantToStringWritesIt(@ForAll("instants") Instant instant) {
        assertThat(new CopyRows().add(instant).toString()).isEqualTo(instant.toString());
    }

    @Test
    void fieldsAreTabSeparatedWithNullsAndEscapes() {
        CopyRows rows = new CopyRows().add(7).add(null).add("a\tb\\c\nd\re").add("{\"plain\": true}").endRow()
                .add(Instant.parse("2024-02-29T23:59:59Z")).add(Instant.parse("2024-02-29T23:59:59.5Z")).endRow();
        assertThat(rows.toString()).isEqualTo("7\t\\N\ta\\tb\\\\c\\nd\\re\t{\"plain\": true}\n"
                + "2024-02-29T23:59:59Z\t2024-02-29T23:59:59.500Z\n");
    }

    /** Whole seconds (the quick path) across years 0-9999, with fractions and years outside it now and then. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> wholeSeconds = Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond);
        Arbitrary<Instant> anyInstant = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .flatMap(second -> Arbitraries.integers().between(0, 999_999_999).map(nano -> Instant.ofEpochSecond(second, nano)));
        return Arbitraries.frequencyOf(Tuple.of(8, wholeSeconds), Tuple.of(2, anyInstant));
    }
}
