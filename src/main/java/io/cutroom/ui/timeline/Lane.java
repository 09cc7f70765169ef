package io.cutroom.ui.timeline;

/** The horizontal bands of the timeline, top to bottom, with their heights in pixels. */
public enum Lane {
    RULER("", 26),
    SCENES("Scenes", 22),
    VIDEO("Video", 66),
    DIALOGUE("Dialogue", 42),
    MUSIC("Music", 30),
    SUBTITLES("Subtitles", 34);

    private final String title;
    private final double height;

    Lane(String title, double height) {
        this.title = title;
        this.height = height;
    }

    /** The name shown in the lane's header. */
    public String title() {
        return title;
    }

    public double height() {
        return height;
    }

    /** The top of the lane, from the top of the timeline. */
    public double top() {
        double y = 0;
        for (Lane l : values()) {
            if (l == this) {
                return y;
            }
            y += l.height;
        }
        throw new AssertionError(this);
    }

    /** The height of all lanes together. */
    public static double totalHeight() {
        double h = 0;
        for (Lane l : values()) {
            h += l.height;
        }
        return h;
    }

    /** The lane at height {@code y}, or null above or below all of them. */
    public static Lane at(double y) {
        double top = 0;
        for (Lane l : values()) {
            if (y >= top && y < top + l.height) {
                return l;
            }
            top += l.height;
        }
        return null;
    }
}
