package org.passerelle.assistant.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * Every possible list of missing fields, built once: the engine marks fields in a bit set (one bit per
 * {@link ProfileField}) and picks the ready list, so naming a field twice is impossible, the order is always
 * the fields' declaration order, and an evaluation allocates nothing for it.
 */
final class MissingFields {

    private static final List<List<String>> BY_MASK;

    static {
        ProfileField[] fields = ProfileField.values();
        int combinations = 1 << fields.length;
        List<List<String>> lists = new ArrayList<>(combinations);
        for (int mask = 0; mask < combinations; mask++) {
            List<String> names = new ArrayList<>();
            for (ProfileField field : fields) {
                if ((mask & bit(field)) != 0) {
                    names.add(field.fieldName());
                }
            }
            lists.add(List.copyOf(names));
        }
        BY_MASK = List.copyOf(lists);
    }

    private MissingFields() {}

    static int bit(ProfileField field) {
        return 1 << field.ordinal();
    }

    static List<String> of(int mask) {
        return BY_MASK.get(mask);
    }
}
