package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.Rights;
import io.marquee.entitlement.entity.RightsAnswer;
import io.marquee.entitlement.entity.Watched;
import io.marquee.platform.boundary.ApiCaller;
import io.marquee.platform.boundary.MomentParameter;
import io.marquee.platform.boundary.RequiresScope;
import io.marquee.platform.entity.ApiScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** For partners and a DRM licence server: may this viewer play this now, with which rights, until when? */
@Path("rights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rights")
public class RightsResource {

    @Inject
    Rights rights;

    @Inject
    ApiCaller caller;

    /**
     * The answer on the wire: {@code playable} is the yes or no, {@code status} why. A ticket's grant
     * names its event ({@code eventId}, {@code eventTitle}), a rental's its title ({@code productId},
     * {@code productTitle}).
     */
    public record RightsView(long grantId, boolean playable, String status, List<String> rights, Instant validFrom,
                             Instant validUntil, int streamLimit, String eventId, String eventTitle, Long productId,
                             String productTitle) {
        static RightsView of(RightsAnswer answer) {
            Watched watched = answer.watched();
            return new RightsView(answer.grantId(), answer.playability().playable(), answer.playability().wireName(),
                    answer.rights(), answer.validFrom(), answer.validUntil(), answer.streamLimit(),
                    watched.rental() ? null : watched.id(), watched.rental() ? null : watched.title(),
                    watched.rental() ? Long.valueOf(watched.id()) : null, watched.rental() ? watched.title() : null);
        }
    }

    @GET
    @RequiresScope(ApiScope.RIGHTS_READ)
    @Operation(summary = "May the holder of this ticket (or TV device token) play now, or at the instant given?")
    public RightsView check(@QueryParam("ticket") String ticket, @QueryParam("deviceToken") String deviceToken,
                            @QueryParam("at") String at) {
        return RightsView.of(rights.check(caller.credential().access(), ticket, deviceToken, instant(at)));
    }

    @GET
    @Path("viewers")
    @RequiresScope(ApiScope.RIGHTS_READ)
    @Operation(summary = "A viewer's grants for this partner's organisers' events and rented titles")
    public List<RightsView> ofViewer(@QueryParam("email") String email, @QueryParam("at") String at) {
        return rights.ofViewer(caller.credential().access(), email, instant(at)).stream().map(RightsView::of).toList();
    }

    private static Instant instant(String at) {
        Instant moment = MomentParameter.at(at);
        return moment == null ? Instant.now() : moment;
    }
}
