package run.limber.domain.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats editors may upload, recognised by their first bytes rather than a file name or a client's
 * claim. SVG is not among them: it can carry scripts.
 */
public enum ImageType {
    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    static Optional<ImageType> of(byte[] bytes) {
        return Arrays.stream(values()).filter(type -> type.matches(bytes)).findFirst();
    }

    static ImageType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst().orElseThrow();
    }

    private boolean matches(byte[] b) {
        return switch (this) {
            case PNG -> startsWith(b, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
            case JPEG -> startsWith(b, 0, 0xFF, 0xD8, 0xFF);
            case WEBP -> startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
