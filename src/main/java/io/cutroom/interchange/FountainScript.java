package io.cutroom.interchange;

import java.util.List;
import java.util.Objects;

/**
 * A Fountain screenplay as read: its title page, its elements in order, and what was odd about it.
 *
 * @param titlePage the title page's fields in order (keys as written, such as {@code Title} or
 *     {@code Draft date}); empty when the script has none
 * @param problems things that could not be read as meant, each naming its line; reading goes on
 */
public record FountainScript(List<TitleField> titlePage, List<ScriptElement> elements, List<String> problems) {

    /** One field of the title page; a value of several lines has them separated by {@code \n}. */
    public record TitleField(String key, String value) {
        public TitleField {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public FountainScript {
        titlePage = List.copyOf(titlePage);
        elements = List.copyOf(elements);
        problems = List.copyOf(problems);
    }

    /** The value of the first title-page field named {@code key} (in any case), or null. */
    public String title(String key) {
        return titlePage.stream().filter(f -> f.key().equalsIgnoreCase(key)).map(TitleField::value).findFirst()
                .orElse(null);
    }
}
