package org.casebridge.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The web edge's limits.
 *
 * @param maxBodySize the largest request body accepted on any path (JSON, forms, chunked or not); Tomcat's form limit
 *                    and Jackson's document limit follow it. Case records are text: 256 KiB holds the longest
 *                    realistic request many times over.
 */
@ConfigurationProperties("casebridge.web")
public record EdgeProperties(@DefaultValue("256KB") DataSize maxBodySize) {

    public int maxBodyBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxBodySize.toBytes());
    }
}
