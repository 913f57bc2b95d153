package io.marquee.event.boundary;

import io.marquee.testing.ConsolePages;
import org.openqa.selenium.By;

/** The console's ticket type editor as a browser test fills it (after "Add ticket type"). */
public final class TicketTypeEditor {

    private TicketTypeEditor() {
    }

    /** Sale times in the event's zone, "yyyy-MM-dd HH:mm"; one price. Does not save. */
    public static void fill(ConsolePages pages, String name, String capacity, String saleStarts, String saleEnds,
                            String currency, String amount) {
        pages.browser().findElement(By.id("ticketType:name")).sendKeys(name);
        pages.browser().findElement(By.id("ticketType:capacity")).sendKeys(capacity);
        pages.type("ticketType:saleStartsAt_input", saleStarts);
        pages.type("ticketType:saleEndsAt_input", saleEnds);
        pages.browser().findElement(By.id("ticketType:price:0:currency")).sendKeys(currency);
        pages.browser().findElement(By.id("ticketType:price:0:amount")).sendKeys(amount);
    }
}
