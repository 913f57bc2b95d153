package io.marquee.media.wire;

/** An error answer: the status, {@code x-amzn-ErrorType} and {@code {"message":…}} the services send. */
final class WireError extends RuntimeException {

    final int status;
    final String type;

    WireError(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    static WireError notFound(String what, String id) {
        return new WireError(404, "NotFoundException", what + " " + id + " not found");
    }

    static WireError conflict(String message) {
        return new WireError(409, "ConflictException", message);
    }

    static WireError badRequest(String message) {
        return new WireError(400, "BadRequestException", message);
    }

    static WireError unprocessable(String message) {
        return new WireError(422, "UnprocessableEntityException", message);
    }
}
