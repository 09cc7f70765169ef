package io.cutroom.projectfile;

import java.util.regex.Pattern;

/** JSON paths as shown in messages: {@code episodes[0].scenes[1].shots[2].takes[0].out}. */
final class JsonPath {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {
    }

    static String key(String parent, String key) {
        if (!PLAIN.matcher(key).matches()) {
            return parent + "[" + JsonText.quote(key) + "]";
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
