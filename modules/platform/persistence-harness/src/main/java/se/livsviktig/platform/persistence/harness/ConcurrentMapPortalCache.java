package se.livsviktig.platform.persistence.harness;

import com.liferay.portal.cache.BasePortalCache;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The store under one of the harness's entity or finder caches: a map in this JVM, behind the portal's own
 * BasePortalCache (from the API jar), so that the portal's MVCCPortalCache and TransactionalPortalCache can wrap it
 * as the portal's cache manager wraps Ehcache's. No size limit, no time to live, no cluster replication.
 */
final class ConcurrentMapPortalCache extends BasePortalCache<Serializable, Object> {

	ConcurrentMapPortalCache(String portalCacheName) {
		super(null);

		_portalCacheName = portalCacheName;
	}

	@Override
	public List<Serializable> getKeys() {
		return new ArrayList<>(_map.keySet());
	}

	@Override
	public String getPortalCacheName() {
		return _portalCacheName;
	}

	@Override
	public void removeAll() {
		_map.clear();
	}

	@Override
	protected Object doGet(Serializable key) {
		return _map.get(key);
	}

	@Override
	protected void doPut(Serializable key, Object value, int timeToLive) {
		_map.put(key, value);
	}

	@Override
	protected Object doPutIfAbsent(Serializable key, Object value, int timeToLive) {
		return _map.putIfAbsent(key, value);
	}

	@Override
	protected void doRemove(Serializable key) {
		_map.remove(key);
	}

	@Override
	protected boolean doRemove(Serializable key, Object value) {
		return _map.remove(key, value);
	}

	@Override
	protected Object doReplace(Serializable key, Object value, int timeToLive) {
		return _map.replace(key, value);
	}

	@Override
	protected boolean doReplace(Serializable key, Object oldValue, Object newValue, int timeToLive) {
		return _map.replace(key, oldValue, newValue);
	}

	private final ConcurrentMap<Serializable, Object> _map = new ConcurrentHashMap<>();
	private final String _portalCacheName;

}
