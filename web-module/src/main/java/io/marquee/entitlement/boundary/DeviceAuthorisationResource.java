package io.marquee.entitlement.boundary;

import io.marquee.entitlement.control.DeviceActivations;
import io.marquee.entitlement.entity.DeviceCode;
import io.marquee.entitlement.entity.DevicePoll;
import io.marquee.platform.boundary.Public;
import io.marquee.platform.control.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * TV activation: the OAuth 2.0 device authorisation grant (RFC 8628). Its endpoints answer in OAuth's
 * own JSON (RFC 6749, 5.2: {@code error}, {@code error_description}), which device libraries expect,
 * rather than problem+json.
 */
@Path("oauth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Tag(name = "TV activation")
public class DeviceAuthorisationResource {

    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    @Inject
    DeviceActivations activations;

    @POST
    @Path("device_authorization")
    @Public
    @Operation(summary = "Start TV activation: a device code for the TV and a user code for the viewer (RFC 8628, 3.1)")
    public Response authorise(@FormParam("client_id") String clientId) {
        try {
            DeviceCode code = activations.start(clientId);
            return noStore(Response.ok(Json.createObjectBuilder()
                    .add("device_code", code.deviceCode())
                    .add("user_code", code.userCode())
                    .add("verification_uri", code.verificationUri())
                    .add("verification_uri_complete", code.verificationUriComplete())
                    .add("expires_in", code.expiresIn())
                    .add("interval", code.interval()).build()));
        } catch (InvalidInput invalid) {
            return error("invalid_request", invalid.getMessage());
        }
    }

    @POST
    @Path("token")
    @Public
    @Operation(summary = "Poll for the TV's token (RFC 8628, 3.4): authorization_pending, slow_down, "
            + "expired_token or access_denied until the viewer approves")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("device_code") String deviceCode,
                          @FormParam("client_id") String clientId) {
        if (!DEVICE_CODE_GRANT.equals(grantType)) {
            return error("unsupported_grant_type", "grant_type must be " + DEVICE_CODE_GRANT);
        }
        if (deviceCode == null || clientId == null) {
            return error("invalid_request", "device_code and client_id are required");
        }
        DevicePoll poll = activations.poll(deviceCode, clientId);
        if (poll instanceof DevicePoll.Refused refused) {
            return error(refused.error(), refused.description());
        }
        DevicePoll.Issued issued = (DevicePoll.Issued) poll;
        return noStore(Response.ok(Json.createObjectBuilder()
                .add("access_token", issued.accessToken())
                .add("token_type", "Bearer")
                .add("expires_in", issued.expiresIn()).build()));
    }

    private static Response error(String code, String description) {
        JsonObject body = Json.createObjectBuilder().add("error", code).add("error_description", description).build();
        return noStore(Response.status(Response.Status.BAD_REQUEST).entity(body));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return response.cacheControl(noStore).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
