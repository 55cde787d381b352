package run.limber.api.routines;

import run.limber.domain.routines.WeeklyFrequency;

/** How often a week, with its plain-words label. */
public record FrequencyBody(int min, int max, String label) {

    static FrequencyBody of(WeeklyFrequency frequency) {
        return new FrequencyBody(frequency.min(), frequency.max(), frequency.label());
    }
}
