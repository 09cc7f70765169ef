package io.cutroom.media;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.ToLongFunction;

/**
 * Values computed on an executor and kept in a bounded memory cache, least recently used first
 * out. A request for a value in memory completes at once; requests for a value being computed
 * share its future; a failed computation is not remembered, so asking again tries again.
 *
 * @param <K> the key, which must identify the source's content (path, size, modification time …)
 * @param <V> the value
 */
final class BackgroundCache<K, V> {

    /** Computes a value in the background. */
    interface Loader<V> {
        V load() throws MediaException;
    }

    private final Executor executor;
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> memory = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();
    private long weight;

    BackgroundCache(Executor executor, long maxWeight, ToLongFunction<V> weigher) {
        this.executor = executor;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /**
     * The value for {@code key}: from memory, else from a computation already running, else from
     * {@code loader} run on the executor. The future fails with a {@link MediaException} naming
     * {@code file}, whatever went wrong.
     */
    CompletableFuture<V> get(K key, Path file, Loader<V> loader) {
        Optional<V> cached = cached(key);
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        CompletableFuture<V> created = new CompletableFuture<>();
        CompletableFuture<V> existing = running.putIfAbsent(key, created);
        if (existing != null) {
            return existing;
        }
        try {
            executor.execute(() -> run(key, file, loader, created));
        } catch (RejectedExecutionException e) {
            running.remove(key, created);
            created.completeExceptionally(new MediaException(file, "cannot be read now: the background work was refused"
                    + " (" + e.getMessage() + ")", e));
        }
        return created;
    }

    private void run(K key, Path file, Loader<V> loader, CompletableFuture<V> future) {
        try {
            V value = loader.load();
            remember(key, value);
            running.remove(key, future);
            future.complete(value);
        } catch (MediaException e) {
            running.remove(key, future);
            future.completeExceptionally(e);
        } catch (RuntimeException | LinkageError e) {
            running.remove(key, future);
            future.completeExceptionally(new MediaException(file, "cannot be decoded (" + e + ")", e));
        }
    }

    synchronized Optional<V> cached(K key) {
        return Optional.ofNullable(memory.get(key));
    }

    private synchronized void remember(K key, V value) {
        V old = memory.put(key, value);
        if (old != null) {
            weight -= weigher.applyAsLong(old);
        }
        weight += weigher.applyAsLong(value);
        Iterator<V> eldest = memory.values().iterator();
        while (weight > maxWeight && memory.size() > 1 && eldest.hasNext()) {
            weight -= weigher.applyAsLong(eldest.next());
            eldest.remove();
        }
    }

    synchronized int size() {
        return memory.size();
    }
}
