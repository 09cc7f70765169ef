package io.cutroom.timeline;

/**
 * Where an event of the cut comes from, for messages and for the render cache.
 *
 * @param takeId the selected take, or null for cards, slates and items not tied to a take
 */
public record Origin(String episodeId, String sceneId, String shotId, String takeId) {

    /** {@code episode ep1 › scene s2 › shot s2-3 › take t1}, leaving out what is null. */
    public String describe() {
        StringBuilder sb = new StringBuilder("episode ").append(episodeId);
        if (sceneId != null) {
            sb.append(" › scene ").append(sceneId);
        }
        if (shotId != null) {
            sb.append(" › shot ").append(shotId);
        }
        if (takeId != null) {
            sb.append(" › take ").append(takeId);
        }
        return sb.toString();
    }
}
