package io.marquee.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test JVM's database before any test when the build reserved its port (the
 * in-container tests' servers expect it there), and stops the shared server and database when
 * the launcher session ends.
 */
public class ServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("marquee.it.db.port") != null) {
            SystemUnderTest.database();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SystemUnderTest.stopIfRunning();
    }
}
