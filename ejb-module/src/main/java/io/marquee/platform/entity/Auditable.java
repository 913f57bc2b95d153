package io.marquee.platform.entity;

import java.util.Map;

/**
 * What an entity shows of itself in the audit log. The entity chooses the fields, so secrets
 * (password and key hashes) never reach the log.
 */
public interface Auditable {

    String auditId();

    Map<String, Object> auditState();
}
