package id.warta.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded images.
 *
 * @param maxUploadSize the largest file accepted
 * @param maxPixels the most pixels (width × height) an image may have; larger ones are refused
 *     before decoding, so a small file that would unpack into gigabytes (a "bomb") never is
 */
@ConfigurationProperties("warta.media")
public record MediaProperties(
    @DefaultValue("20MB") DataSize maxUploadSize, @DefaultValue("50000000") long maxPixels) {}
