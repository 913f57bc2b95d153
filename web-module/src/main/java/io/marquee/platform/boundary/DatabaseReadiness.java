package io.marquee.platform.boundary;

import io.marquee.platform.control.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when the database answers and holds every migration this build knows. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "marquee-database";

    @Resource(lookup = "jdbc/marquee")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        boolean reachable = reachable();
        boolean migrated = reachable && schema.isCurrent();
        return HealthCheckResponse.named(NAME)
                .status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("migrated", migrated)
                .withData("schemaVersion", String.valueOf(schema.version()))
                .build();
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
