package id.warta.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read {@code /actuator/prometheus}: the metrics name routes, errors, sessions and the data
 * directory, so only a configured scraper gets them, with HTTP basic credentials. Without a
 * password nobody does (or scrape a separate management port instead, see README).
 *
 * @param username the scraper's user name
 * @param password the scraper's password (WARTA_METRICS_PASSWORD); empty: metrics closed
 */
@ConfigurationProperties("warta.metrics")
public record MetricsProperties(
    @DefaultValue("prometheus") String username, @DefaultValue("") String password) {}
