package io.marquee.media.control;

import software.amazon.awssdk.services.medialive.model.AacCodingMode;
import software.amazon.awssdk.services.medialive.model.AudioDescription;
import software.amazon.awssdk.services.medialive.model.EncoderSettings;
import software.amazon.awssdk.services.medialive.model.H264GopSizeUnits;
import software.amazon.awssdk.services.medialive.model.H264Profile;
import software.amazon.awssdk.services.medialive.model.H264RateControlMode;
import software.amazon.awssdk.services.medialive.model.Output;
import software.amazon.awssdk.services.medialive.model.TimecodeConfigSource;
import software.amazon.awssdk.services.medialive.model.VideoDescription;

import java.util.List;

/**
 * The renditions every channel encodes, so players adapt to each viewer's bandwidth; the top
 * one fits the 6 Mbps organisers are asked to broadcast at.
 */
final class EncoderLadder {

    /** The input's audio the encoder reads: the input attachment must select it under this name. */
    static final String AUDIO_SELECTOR = "default";
    private static final String AUDIO = "audio_aac";
    private static final List<Rendition> RENDITIONS = List.of(
            new Rendition("1080p", 1920, 1080, 5_000_000),
            new Rendition("720p", 1280, 720, 3_000_000),
            new Rendition("480p", 854, 480, 1_200_000));

    private EncoderLadder() {
    }

    /** One HLS output group into the MediaPackage channel the destination {@code destinationId} names. */
    static EncoderSettings settings(String destinationId) {
        return EncoderSettings.builder()
                .timecodeConfig(t -> t.source(TimecodeConfigSource.SYSTEMCLOCK))
                .audioDescriptions(AudioDescription.builder().name(AUDIO).audioSelectorName(AUDIO_SELECTOR)
                        .codecSettings(c -> c.aacSettings(a -> a.bitrate(128_000.0).sampleRate(48_000.0)
                                .codingMode(AacCodingMode.CODING_MODE_2_0)))
                        .build())
                .videoDescriptions(RENDITIONS.stream().map(Rendition::video).toList())
                .outputGroups(g -> g.name("mediapackage")
                        .outputGroupSettings(s -> s.mediaPackageGroupSettings(m -> m.destination(d -> d.destinationRefId(destinationId))))
                        .outputs(RENDITIONS.stream().map(Rendition::output).toList()))
                .build();
    }

    private record Rendition(String name, int width, int height, int bitrate) {

        VideoDescription video() {
            return VideoDescription.builder().name(name).width(width).height(height)
                    .codecSettings(c -> c.h264Settings(h -> h.bitrate(bitrate).rateControlMode(H264RateControlMode.CBR)
                            .profile(H264Profile.HIGH).gopSize(2.0).gopSizeUnits(H264GopSizeUnits.SECONDS)))
                    .build();
        }

        Output output() {
            return Output.builder().outputName(name).videoDescriptionName(name).audioDescriptionNames(AUDIO)
                    .outputSettings(o -> o.mediaPackageOutputSettings(m -> { }))
                    .build();
        }
    }
}
