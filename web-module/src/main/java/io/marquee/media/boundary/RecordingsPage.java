package io.marquee.media.boundary;

import io.marquee.event.control.Events;
import io.marquee.event.entity.LiveEvent;
import io.marquee.media.control.RecordingUploads;
import io.marquee.media.control.Recordings;
import io.marquee.media.entity.AnnouncedUpload;
import io.marquee.media.entity.Recording;
import io.marquee.media.entity.RecordingSubject;
import io.marquee.platform.boundary.ConsoleAccess;
import io.marquee.platform.control.InvalidInput;
import io.marquee.platform.control.NotFound;
import io.marquee.platform.entity.Violation;
import io.marquee.pricing.control.Products;
import io.marquee.pricing.entity.CatalogFilter;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console's VOD recordings: the organiser picks an event or a product and a video file; the
 * browser PUTs the file straight to S3 on a presigned URL (vod-upload.js shows the progress),
 * then asks the server to check it, which attaches it. The list shows every upload's state.
 */
@Named
@ViewScoped
public class RecordingsPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(RecordingsPage.class.getName());
    /** How a product is named in the chooser: its title, then its id in the form "(#42)". */
    private static final Pattern PRODUCT_ID = Pattern.compile("\\(#(\\d+)\\)$");
    private static final int SUGGESTED = 10;

    @Inject
    transient Recordings recordings;

    @Inject
    transient Events events;

    @Inject
    transient Products products;

    @Inject
    transient ConsoleAccess access;

    private String kind = RecordingSubject.Kind.EVENT.name();
    private Long eventId;
    private String product;
    private transient List<Recording> newest;
    private transient List<LiveEvent> visibleEvents;

    public boolean isEnabled() {
        return recordings.enabled();
    }

    public long getMaxBytes() {
        return recordings.maxBytes();
    }

    /** What the file chooser offers and the upload script takes. */
    public String getVideoTypes() {
        return String.join(",", new TreeSet<>(RecordingUploads.VIDEO_TYPES.keySet()));
    }

    public String getVideoExtensions() {
        return RecordingUploads.VIDEO_TYPES.entrySet().stream().map(e -> e.getValue() + "=" + e.getKey())
                .sorted().collect(Collectors.joining(","));
    }

    public List<LiveEvent> getEvents() {
        if (visibleEvents == null) {
            visibleEvents = events.visible(access.organisers());
        }
        return visibleEvents;
    }

    public List<String> completeProduct(String text) {
        return products.search(access.organisers(), Optional.ofNullable(text).filter(t -> !t.isBlank()),
                        new CatalogFilter(Optional.empty(), Optional.empty(), Optional.empty(), 0, SUGGESTED))
                .stream().map(p -> p.getTitle() + " (#" + p.getId() + ")").toList();
    }

    public List<Recording> getRecordings() {
        if (newest == null) {
            newest = recordings.newest(access.organisers());
        }
        return newest;
    }

    public Instant getNow() {
        return Instant.now();
    }

    /**
     * Called by the upload script with the chosen file's name, type and size: answers the
     * presigned PUT (callback parameter {@code upload}) or why not ({@code refused}).
     */
    public void announce() {
        Map<String, String> file = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            RecordingSubject.Kind chosen = RecordingSubject.Kind.valueOf(kind);
            long subjectId = chosen == RecordingSubject.Kind.EVENT ? chosenEvent() : chosenProduct();
            AnnouncedUpload announced = recordings.announce(access.organisers(), chosen, subjectId, file.get("fileName"),
                    file.get("contentType"), Long.parseLong(file.getOrDefault("size", "0")));
            JsonObjectBuilder headers = Json.createObjectBuilder();
            announced.upload().headers().forEach((name, values) -> headers.add(name, String.join(",", values)));
            PrimeFaces.current().ajax().addCallbackParam("upload", Json.createObjectBuilder()
                    .add("recordingId", announced.recording().id())
                    .add("url", announced.upload().url().toString())
                    .add("headers", headers)
                    .build().toString());
        } catch (InvalidInput refused) {
            refuse(refused.violations().stream().map(Violation::message).collect(Collectors.joining("; ")));
        } catch (NotFound | NumberFormatException unknown) {
            refuse("Choose the event or product the recording is for.");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "announcing a recording failed", failed);
            refuse("S3 is not reachable; try again in a minute.");
        }
        newest = null;
    }

    /** Called by the upload script once S3 took the file, and by "Check again" on a pending row. */
    public void check() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("recordingId");
        checkRecording(Long.parseLong(id));
    }

    public void checkRecording(long recordingId) {
        try {
            Recording checked = recordings.check(access.organisers(), recordingId);
            if (Recording.ATTACHED.equals(checked.status())) {
                say(FacesMessage.SEVERITY_INFO, checked.fileName() + " is attached to " + checked.subject().title() + ".");
            } else {
                say(FacesMessage.SEVERITY_ERROR, checked.fileName() + " failed its check: " + checked.checkDetail());
            }
            PrimeFaces.current().ajax().addCallbackParam("status", checked.status());
        } catch (InvalidInput notYet) {
            say(FacesMessage.SEVERITY_WARN, "Nothing has arrived in S3 for this recording yet: it stays pending.");
        } catch (NotFound gone) {
            say(FacesMessage.SEVERITY_ERROR, gone.getMessage());
        }
        newest = null;
    }

    private long chosenEvent() {
        if (eventId == null) {
            throw new NotFound("event", "none chosen");
        }
        return eventId;
    }

    private long chosenProduct() {
        Matcher id = PRODUCT_ID.matcher(product == null ? "" : product.strip());
        if (!id.find()) {
            throw new NotFound("product", "none chosen");
        }
        return Long.parseLong(id.group(1));
    }

    private void refuse(String why) {
        PrimeFaces.current().ajax().addCallbackParam("refused", why);
        say(FacesMessage.SEVERITY_ERROR, why);
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }
}
