package vn.baophu.shared;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values computed from the data (a gap table, a dashboard), kept while the data is unchanged: each is
 * filed under the {@link DataVersion} it was computed at, and found only while that is still current,
 * on this node or any other. Bounded by weight (about a table row each), least used first out.
 * Its hits and misses are the {@code cache.*} metrics tagged with its name.
 */
public final class ComputedCache<K, V> {

	private record Filed<K>(K key, long version) {
	}

	private final DataVersion version;

	private final Cache<Filed<K>, V> values;

	public ComputedCache(String name, DataVersion version, long maxWeight, ToIntFunction<V> weight,
			MeterRegistry meters) {
		this.version = version;
		this.values = Caffeine.newBuilder()
			.maximumWeight(maxWeight)
			.weigher((Filed<K> key, V value) -> weight.applyAsInt(value))
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meters, values, name);
	}

	/**
	 * The value for this key at the current data version, computed once per version. Outside a
	 * read-only transaction it is computed afresh and not kept: a transaction that writes may see its
	 * own rows before they are committed, or rolled back.
	 */
	public V get(K key, Supplier<V> compute) {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return compute.get();
		}
		return values.get(new Filed<>(key, version.current()), filed -> compute.get());
	}
}
