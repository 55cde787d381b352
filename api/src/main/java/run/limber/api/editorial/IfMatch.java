package run.limber.api.editorial;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.OptionalLong;
import run.limber.api.base.InvalidParameterException;

/** Reads the {@code If-Match} header of an editors' write: the item version the change is based on. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version an If-Match header names: {@code "3"}, also weak or unquoted; absent is empty. */
    public static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(HttpHeaders.IF_MATCH,
                    "must be the ETag of the version you edited, such as \"3\" (\"*\" is not accepted)");
        }
    }
}
