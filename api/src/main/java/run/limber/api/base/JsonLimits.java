package run.limber.api.base;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Bounds the numbers Jackson reads from a request before it turns any of them into a value. Every number Limber
 * takes (reps, seconds, centimetres, a goal) fits in a handful of characters; the parser refuses a longer one
 * outright instead of building a BigInteger or BigDecimal from it. Magnitudes hidden in a short exponent
 * ({@code 1e-10000000}) are the domain rules' to refuse, before they scale anything; whole-number fields refuse any
 * fraction or exponent.
 */
@Singleton
class JsonLimits implements ObjectMapperCustomizer {

    /** Far above any real value (a double's longest text is 24 characters), far below Jackson's default of 1,000. */
    static final int MAX_NUMBER_LENGTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        // A whole-number field takes whole numbers: 2.7 seconds or 1e-10000000 reps is refused, not cut to 2 or 0.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
