package io.marquee.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared server when the test JVM's launcher session ends. */
public class ServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SystemUnderTest.stopIfRunning();
    }
}
