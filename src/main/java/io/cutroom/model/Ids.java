package io.cutroom.model;

import java.util.regex.Pattern;

/** Identifiers of scenes, shots and takes: letters, digits, '-', '_' and '.', starting with a letter or digit. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Ids() {
    }

    static String require(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id '" + id
                    + "' is not valid: use letters, digits, '-', '_' and '.', starting with a letter or digit");
        }
        return id;
    }
}
