package io.marquee.platform.entity;

/** The console's roles; the names are the Jakarta Security groups and roles. */
public final class ConsoleRole {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String ORGANISER_ADMIN = "organiser-admin";

    private ConsoleRole() {
    }
}
